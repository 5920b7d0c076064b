"""JoggAI's catalogs for the video settings, merged and cached for one API client.

Avatars, voices (per language), music and templates come as JoggAI's library plus the user's
own items; the user's own list is optional (its failure is reported beside the library, never
fatal). Visual styles are asked for per format: every style exists once per aspect ratio with its
own id (docs/joggai-api.md, visual styles), so a list for all formats repeats each name up to
three times. A style is chosen by name, so the list for one format is also de-duplicated by name.

Results are cached for the life of the service; a new API key means a new service.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import JoggError
from jogg_desktop.models import AspectRatio, Avatar, Music, Template, VisualStyle, Voice

T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """A catalog: the library and the user's own items; ``own_error`` when the latter failed."""

    items: tuple[T, ...]
    own_error: JoggError | None = None


async def own_and_library(
    library: Callable[[], Awaitable[list[T]]], own: Callable[[], Awaitable[list[T]]]
) -> Listing[T]:
    """Both lists at once. Takes callables: the coroutines are created inside the running task,
    so a task cancelled before it starts leaves no never-awaited coroutine behind."""
    public, custom = await asyncio.gather(library(), own(), return_exceptions=True)
    if isinstance(public, BaseException):
        raise public
    if isinstance(custom, JoggError):
        return Listing(tuple(public), custom)
    if isinstance(custom, BaseException):
        raise custom
    return Listing(tuple(public) + tuple(custom))


def unique_styles(styles: list[VisualStyle], aspect: AspectRatio) -> tuple[VisualStyle, ...]:
    """Each style name once, for ``aspect`` (a style whose format is unknown fits any)."""
    seen: set[str] = set()
    out: list[VisualStyle] = []
    for style in styles:
        if style.aspect not in (None, aspect) or style.name in seen:
            continue
        seen.add(style.name)
        out.append(style)
    return tuple(out)


class CatalogService:
    """Cached catalogs of one client (``api``)."""

    def __init__(self, api: JoggApi) -> None:
        self.api = api
        self._avatars: Listing[Avatar] | None = None
        self._voices: dict[str, Listing[Voice]] = {}
        self._musics: Listing[Music] | None = None
        self._templates: Listing[Template] | None = None
        self._styles: dict[AspectRatio, tuple[VisualStyle, ...]] = {}

    # -- what is already here (no request) ------------------------------------------------------
    def cached_avatars(self) -> Listing[Avatar] | None:
        return self._avatars

    def cached_voices(self, language: str) -> Listing[Voice] | None:
        return self._voices.get(language)

    def cached_musics(self) -> Listing[Music] | None:
        return self._musics

    def cached_templates(self) -> Listing[Template] | None:
        return self._templates

    def cached_styles(self, aspect: AspectRatio) -> tuple[VisualStyle, ...] | None:
        return self._styles.get(aspect)

    # -- loading ----------------------------------------------------------------------------------
    async def avatars(self) -> Listing[Avatar]:
        if self._avatars is None:
            self._avatars = await own_and_library(self.api.list_avatars, self.api.list_custom_avatars)
        return self._avatars

    async def voices(self, language: str) -> Listing[Voice]:
        cached = self._voices.get(language)
        if cached is None:
            cached = await own_and_library(
                lambda: self.api.list_voices(language=language),
                lambda: self.api.list_custom_voices(language=language),
            )
            self._voices[language] = cached
        return cached

    async def musics(self) -> Listing[Music]:
        if self._musics is None:
            self._musics = await own_and_library(self.api.list_musics, self.api.list_custom_musics)
        return self._musics

    async def templates(self) -> Listing[Template]:
        if self._templates is None:
            self._templates = await own_and_library(self.api.list_templates, self.api.list_custom_templates)
        return self._templates

    async def visual_styles(self, aspect: AspectRatio) -> tuple[VisualStyle, ...]:
        cached = self._styles.get(aspect)
        if cached is None:
            cached = unique_styles(await self.api.list_visual_styles(aspect), aspect)
            self._styles[aspect] = cached
        return cached
