"""Which API generation a render runs on, and the checks its settings must pass there.

A v2 user keeps the seed's template mode: v2 product videos take no template (docs/joggai-api.md §8.3), so
a template look runs on v1 with the same key, the product re-created there from its (edited)
details. Everything else runs on the client's own generation. Script styles differ per
generation (16 in v1, 6 in v2): a style the chosen generation does not know is refused with a
message naming the ones it does, before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.models import Product, ProductDraft, TemplateLook, VideoSettings

Report = Callable[[str], None]


def generation_for(api: JoggApi, settings: VideoSettings) -> ApiGeneration:
    """The generation that will make a video with ``settings``."""
    if isinstance(settings.look, TemplateLook) and not api.capabilities.templates:
        return ApiGeneration.V1
    return api.generation


def check_settings(api: JoggApi, settings: VideoSettings) -> None:
    """Refuse settings the generation cannot take (raises InvalidRequestError, nothing sent)."""
    target = api.for_generation(generation_for(api, settings))
    styles = target.capabilities.script_styles
    if settings.script_style not in styles:
        raise InvalidRequestError(
            f"The script style “{settings.script_style}” is not offered by JoggAI's API "
            f"{target.generation.value}. Choose one of: {', '.join(styles)}."
        )
    if isinstance(settings.look, TemplateLook) and not target.capabilities.templates:
        raise InvalidRequestError("Templates are not available here. Choose a visual style instead.")


async def place_render(
    api: JoggApi, product: Product, settings: VideoSettings, report: Report = lambda line: None
) -> tuple[JoggApi, Product]:
    """The client and product to request the render with (see the module's docstring)."""
    check_settings(api, settings)
    generation = generation_for(api, settings)
    if generation is api.generation:
        return api, product
    target = api.for_generation(generation)
    report(f"Copying the product to JoggAI's API {generation.value} (templates are made there)…")
    draft = ProductDraft(name=product.name, description=product.description,
                         target_audience=product.target_audience, media=product.media)
    copied = await target.create_product_manual(draft)
    return target, replace(copied, url=copied.url or product.url)
