"""Batch input, the variants grid, the count and the cost; the batch store's round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from jogg_desktop.jobs.batch_model import (
    AvatarChoice,
    BatchInputError,
    BatchPlan,
    SourceRow,
    Variant,
    VariantGrid,
    parse_vary,
    rows_from_csv,
    rows_from_file,
    rows_from_links,
    rows_from_products,
)
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.batch_types import BatchState, ProductStage, VideoStage
from jogg_desktop.models import (
    AspectRatio,
    Ownership,
    Product,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.store import Store


def test_links_one_per_line_skip_blanks_and_comments() -> None:
    rows = rows_from_links("https://a.example/p/red-mug\n\n# later\n  http://b.example/x  \n")
    assert [r.url for r in rows] == ["https://a.example/p/red-mug", "http://b.example/x"]
    assert rows[0].label == "red mug"


def test_bad_links_are_named_by_line() -> None:
    with pytest.raises(BatchInputError) as info:
        rows_from_links("https://a.example/p\nshop.example/mug\nftp://x/y\n")
    assert len(info.value.problems) == 2
    assert info.value.problems[0].startswith("line 2: “shop.example/mug” is not a web link")
    with pytest.raises(BatchInputError, match="no product link"):
        rows_from_links("\n# nothing\n")


def test_csv_with_details_and_overrides() -> None:
    text = ("\ufeffURL,name,target_audience,aspect,length,avatar_id,visual_style,caption\n"
            "https://a.example/1,Red mug,tea lovers,1:1,30,81,Split,no\n"
            "https://a.example/2,,,,,,,\n")
    first, second = rows_from_csv(text)
    assert first.name == "Red mug" and first.target_audience == "tea lovers"
    settings = BatchPlan((first,), VideoSettings()).row_settings(first)
    assert settings.aspect is AspectRatio.SQUARE and settings.length is VideoLength.MEDIUM
    assert settings.avatar_id == 81 and settings.look == VisualStyleLook("Split") and not settings.caption
    assert second.overrides == ()
    assert BatchPlan((second,), VideoSettings()).row_settings(second) == VideoSettings()


def test_csv_problems_in_plain_words() -> None:
    with pytest.raises(BatchInputError, match="must be “url”"):
        rows_from_csv("link,name\nhttps://a.example/1,x\n")
    with pytest.raises(BatchInputError, match="unknown column “colour”"):
        rows_from_csv("url,colour\nhttps://a.example/1,red\n")
    with pytest.raises(BatchInputError) as info:
        rows_from_csv("url,length,aspect,language\nhttps://a.example/1,45,4:3,klingon\n,15,,\n")
    problems = info.value.problems
    assert "line 2, column length: “45” is not a length" in problems[0]
    assert any("column aspect" in p for p in problems) and any("unknown language" in p for p in problems)
    assert any(p.startswith("line 3 has no url") for p in problems)


def test_file_kind_from_name_or_header() -> None:
    assert rows_from_file("list.txt", "url,name\nhttps://a.example/1,A\n")[0].name == "A"
    assert rows_from_file("links.txt", "https://a.example/1\n")[0].url == "https://a.example/1"


def test_products_from_history_are_not_read_again() -> None:
    (row,) = rows_from_products([Product(id="p1", url="https://a.example/1", name="Mug")])
    assert row.product is not None and row.label == "Mug"


def test_grid_expands_every_combination_and_counts_the_cost() -> None:
    grid = VariantGrid(avatars=(AvatarChoice(81), AvatarChoice(7, Ownership.CUSTOM)),
                       aspects=(AspectRatio.PORTRAIT, AspectRatio.SQUARE),
                       lengths=(VideoLength.SHORT, VideoLength.LONG))
    variants = grid.expand()
    assert len(variants) == grid.count == 8 and len(set(variants)) == 8
    rows = tuple(SourceRow(url=f"https://a.example/{i}") for i in range(12))
    plan = BatchPlan(rows, VideoSettings(), grid)
    assert plan.video_count == 96 and plan.total_credits == 96  # 1 credit per started 2 minutes
    assert plan.summary() == "12 products × 8 variants = 96 videos, 96 credits"
    assert BatchPlan(rows[:1], VideoSettings()).summary() == "1 product × 1 variant = 1 video, 1 credit"
    video = plan.videos()[7]
    assert video.settings.avatar_id == 7 and video.settings.avatar_ownership is Ownership.CUSTOM
    assert video.variant.label == "1x1 60s avatar 7"


def test_vary_options() -> None:
    grid = parse_vary(["aspect=9:16,16:9", "avatar=81,custom:5", "look=style:Split,template:12", "length=15"])
    assert grid.aspects == (AspectRatio.PORTRAIT, AspectRatio.LANDSCAPE)
    assert grid.avatars == (AvatarChoice(81), AvatarChoice(5, Ownership.CUSTOM))
    assert grid.looks == (VisualStyleLook("Split"), TemplateLook(12)) and grid.count == 8
    with pytest.raises(BatchInputError) as info:
        parse_vary(["colour=red", "aspect=4:3", "avatar"])
    assert len(info.value.problems) == 3


def test_store_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "jobs.sqlite3")
    batches = BatchStore(store.db)
    try:
        rows = (*rows_from_csv("url,name,length\nhttps://a.example/1,Mug,30\n"),
                *rows_from_products([Product(id="p9", url="https://a.example/9", name="Lamp")]))
        grid = VariantGrid(voices=("v1", "v2"), looks=(TemplateLook(3, Ownership.CUSTOM),))
        batch = batches.create(BatchPlan(rows, VideoSettings(), grid), tmp_path / "out", "Spring")
        again = batches.get(batch.id)
        assert again is not None and again.grid == grid and again.state is BatchState.RUNNING
        products = batches.products(batch.id)
        assert [p.stage for p in products] == [ProductStage.PENDING, ProductStage.READY]
        assert products[0].source == rows[0] and products[1].product == rows[1].product
        videos = batches.videos(batch.id)
        assert len(videos) == 4 and all(v.stage is VideoStage.PENDING for v in videos)
        assert videos[0].variant == Variant(voice_id="v1", look=TemplateLook(3, Ownership.CUSTOM))
        assert videos[0].settings.length is VideoLength.MEDIUM and videos[0].credits == 1
        batches.cancel_pending(batch.id)
        assert {v.stage for v in batches.videos(batch.id)} == {VideoStage.CANCELLED}
        assert batches.unfinished() == [again]
    finally:
        store.close()
