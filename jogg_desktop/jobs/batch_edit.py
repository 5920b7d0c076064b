"""What of a batch's product can still be changed, and why not when it cannot.

A product's videos are all made from the same details, so they can be changed only while none
of its videos has been requested from JoggAI:

- read (crawled), nothing requested: everything — name, description, audience, pictures and
  videos with their descriptions; saved to JoggAI (update product) and to the batch row;
- not read yet (or its page could not be read): the CSV's fields (name, description, target
  audience), applied to JoggAI's product once the page is read;
- a video of it requested (or made, or the batch cancelled before it): shown, not changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from jogg_desktop.jobs.batch_types import BatchProduct, BatchVideo, ProductStage, VideoStage


class EditScope(Enum):
    PRODUCT = "product"
    DETAILS = "details"
    VIEW = "view"


class ViewOnly(Enum):
    """Why a product can only be looked at."""

    NONE = "none"
    REQUESTED = "requested"  # JoggAI is making (or has made) a video of it from these details
    CANCELLED = "cancelled"  # the batch was cancelled before its videos were requested
    ELSEWHERE = "elsewhere"  # open in another editor


@dataclass(frozen=True)
class ProductEdit:
    scope: EditScope
    why: ViewOnly = ViewOnly.NONE

    @property
    def editable(self) -> bool:
        return self.scope is not EditScope.VIEW


def edit_scope(product: BatchProduct, videos: Sequence[BatchVideo]) -> ProductEdit:
    """What can be changed of ``product`` (``videos``: its batch's videos; others are ignored)."""
    own = [v for v in videos if v.product_row == product.id]
    if any(v.job_id is not None or v.stage is VideoStage.JOB for v in own):
        return ProductEdit(EditScope.VIEW, ViewOnly.REQUESTED)
    if product.stage is ProductStage.CANCELLED or (own and all(v.stage is VideoStage.CANCELLED for v in own)):
        return ProductEdit(EditScope.VIEW, ViewOnly.CANCELLED)
    if product.stage is ProductStage.READY and product.product is not None:
        return ProductEdit(EditScope.PRODUCT)
    return ProductEdit(EditScope.DETAILS)
