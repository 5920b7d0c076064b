"""Product extraction on saved pages in the layouts real shops use (tests/sim/pages/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jogg_desktop.sim import SimServer
from jogg_desktop.sim.extract import extract_product
from tests.sim.helpers import api

PAGES = Path(__file__).parent / "pages"
BASE = "https://shop.example/products/item"

# page → (name, description starts with, image URLs, video URLs); "{base}" = where the page was.
EXPECTED: dict[str, tuple[str, str, list[str], list[str]]] = {
    "shopify_jsonld.html": (
        "Trailblazer Backpack 28L",
        "Built for commutes that turn into weekend hikes.",
        [
            "https://northwind-goods.example/cdn/shop/files/trailblazer-front.jpg?v=1712&width=1920",
            "https://northwind-goods.example/cdn/shop/files/trailblazer-side.jpg?v=1712&width=1920",
            "https://northwind-goods.example/cdn/shop/files/trailblazer-open.jpg?v=1712&width=1920",
        ],
        ["{scheme}://northwind-goods.example/cdn/shop/videos/c/vp/3f1e/trailblazer.HD-720p-1.6Mbps.mp4"],
    ),
    "amazon_like.html": (
        "Brewmaster Pro 12-Cup Programmable Coffee Maker with Thermal Carafe, Stainless Steel",
        "The Brewmaster Pro brews up to 12 cups",
        [
            "https://m.media-amazon.example/images/I/61mZkQ9b7YL._AC_SL1500_.jpg",
            "https://m.media-amazon.example/images/I/81xQp8m2ZPL._AC_SL1500_.jpg",
            "https://m.media-amazon.example/images/I/71h7Yk3nQyL._AC_SL1500_.jpg",
        ],
        [],
    ),
    "opengraph_only.html": (
        "Glow Vitamin C Serum 30 ml",
        "A lightweight vitamin C serum",
        [
            "https://images.lumina-skin.example/products/glow-serum/hero.png",
            "https://images.lumina-skin.example/products/glow-serum/texture.png",
        ],
        ["https://videos.lumina-skin.example/glow-serum-routine.mp4"],
    ),
    "plain_html.html": (
        "Handmade Oak Cutting Board",
        "Every board is cut from a single piece of European oak",
        ["{dir}/images/board-large.jpg", "{dir}/images/board-detail.jpg"],
        [],
    ),
    "woocommerce_graph.html": (
        "Keramik-Teekanne „Nebel“",
        "Handgedrehte Teekanne aus Steinzeug",
        ["{origin}/wp-content/uploads/2026/03/teekanne-nebel.jpg"],
        [],
    ),
}


def _fill(urls: list[str], page_url: str) -> list[str]:
    scheme, rest = page_url.split("://", 1)
    origin = f"{scheme}://{rest.split('/', 1)[0]}"
    folder = page_url.rsplit("/", 1)[0]
    return [u.format(scheme=scheme, origin=origin, dir=folder) for u in urls]


def test_every_saved_page_has_expectations() -> None:
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_extract_saved_page(page: str) -> None:
    name, description, images, videos = EXPECTED[page]
    found = extract_product((PAGES / page).read_text(encoding="utf-8"), BASE)
    assert found.name == name
    assert found.description.startswith(description)
    assert "  " not in found.description and "&quot;" not in found.description
    assert found.images == _fill(images, BASE)
    assert found.videos == _fill(videos, BASE)


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_crawl_saved_page_through_the_simulator(sim: SimServer, sim_key: str, page: str) -> None:
    name, description, images, videos = EXPECTED[page]
    url = sim.add_page(page, (PAGES / page).read_text(encoding="utf-8"))
    with api(sim.base_url, sim_key) as client:
        body: dict[str, Any] = client.post("/product", json={"url": url}).json()
    assert body["code"] == 0, body
    data = body["data"]
    assert data["name"] == name and data["url"] == url
    assert data["description"].startswith(description)
    assert [m["url"] for m in data["media"] if m["type"] == 1] == _fill(images, url)
    assert [m["url"] for m in data["media"] if m["type"] == 2] == _fill(videos, url)
    request = sim.requests_to("GET", f"/pages/{page}")[0]
    assert "x-api-key" not in request.headers  # the crawler never forwards the key


def test_page_without_a_product_is_a_crawl_failure(sim: SimServer, sim_key: str) -> None:
    url = sim.add_page("empty.html", "<html><head></head><body><div id='app'></div></body></html>")
    with api(sim.base_url, sim_key) as client:
        body = client.post("/product", json={"url": url}).json()
    assert (body["code"], body["msg"], body["data"]) == (40000, "Failed to extract product information", None)


def test_broken_json_ld_falls_back_to_the_page() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "Product", "name": </script>'
        "<title>Fallback Lamp | Shop</title></head><body><h1>Fallback Lamp</h1>"
        '<img src="/img/lamp.webp" width="600"><img src="/img/icon-cart.png" width="600">'
        "<p>A lamp that is found even when the structured data is broken halfway.</p></body></html>"
    )
    found = extract_product(page, "http://s.example/p/1")
    assert found.name == "Fallback Lamp"
    assert found.images == ["http://s.example/img/lamp.webp"]
    assert found.description.startswith("A lamp")
