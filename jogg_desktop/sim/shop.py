"""The built-in demo shop (``/shop/...``): product pages in the layouts real shops use.

Each product page is written in a different layout — Shopify-like JSON-LD, Amazon-like ids,
OpenGraph-only, plain HTML — so the demo exercises the same extraction paths as real shops.
Images and the product video are generated media under ``/media/shop/<slug>/``.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class ShopProduct:
    slug: str
    name: str
    description: str
    bullets: tuple[str, ...]
    price: str
    motif: str
    """What the generated pictures show: bottle, headphones, sneaker, lamp, mug."""
    hue: int
    image_sizes: tuple[tuple[int, int], ...]
    layout: str
    """shopify | amazon | opengraph | plain"""
    has_video: bool = False

    def image_paths(self) -> list[str]:
        return [f"shop/{self.slug}/{i}.jpg" for i in range(1, len(self.image_sizes) + 1)]

    @property
    def video_path(self) -> str:
        return f"shop/{self.slug}/video.mp4"


PRODUCTS: tuple[ShopProduct, ...] = (
    ShopProduct(
        slug="aurora-insulated-bottle",
        name="Aurora Insulated Water Bottle 750 ml",
        description=(
            "Keep drinks ice-cold for 24 hours or hot for 12. The Aurora bottle has double-wall "
            "vacuum insulation, a leak-proof lid and a powder-coated grip that never sweats. "
            "Dishwasher safe and free of BPA."
        ),
        bullets=("Cold 24 h, hot 12 h", "Leak-proof lid", "Fits car cup holders"),
        price="29.00",
        motif="bottle",
        hue=190,
        image_sizes=((1200, 1200), (1000, 1250), (1600, 900)),
        layout="shopify",
        has_video=True,
    ),
    ShopProduct(
        slug="nimbus-wireless-headphones",
        name="Nimbus ANC Wireless Headphones, 40 h Battery, Bluetooth 5.3",
        description=(
            "Active noise cancelling blocks out the commute. Forty hours of battery life, fast "
            "charging (10 minutes = 5 hours) and soft memory-foam ear cushions for all-day comfort."
        ),
        bullets=(
            "Hybrid active noise cancelling with transparency mode",
            "40-hour battery, USB-C fast charge",
            "Memory-foam cushions, folds flat for travel",
        ),
        price="89.99",
        motif="headphones",
        hue=265,
        image_sizes=((1500, 1500), (800, 800), (1200, 900), (900, 1200)),
        layout="amazon",
    ),
    ShopProduct(
        slug="terra-trail-sneakers",
        name="Terra Trail Running Sneakers",
        description=(
            "Grippy, light and made for mud. Terra trail sneakers have a recycled mesh upper, a "
            "rock plate and a 5 mm lug outsole that holds on wet stone."
        ),
        bullets=("Recycled mesh upper", "Rock plate", "5 mm lugs"),
        price="119.00",
        motif="sneaker",
        hue=20,
        image_sizes=((1400, 1050), (1080, 1080)),
        layout="opengraph",
    ),
    ShopProduct(
        slug="lumen-desk-lamp",
        name="Lumen LED Desk Lamp",
        description=(
            "A warm-to-daylight LED desk lamp with five brightness levels, a USB charging port in "
            "the base and an arm that folds to any angle. Easy on the eyes for late work."
        ),
        bullets=("Five brightness levels", "USB charging port", "Flicker-free light"),
        price="45.50",
        motif="lamp",
        hue=45,
        image_sizes=((1000, 1000), (1280, 720), (720, 1280)),
        layout="plain",
        has_video=True,
    ),
    ShopProduct(
        slug="willow-ceramic-mug",
        name="Willow Hand-Glazed Ceramic Mug",
        description=(
            "Every Willow mug is glazed by hand, so no two are alike. Holds 350 ml, keeps its "
            "heat and is safe in the microwave and dishwasher."
        ),
        bullets=("350 ml", "Hand-glazed stoneware", "Microwave safe"),
        price="18.00",
        motif="mug",
        hue=140,
        image_sizes=((900, 900), (1200, 800)),
        layout="shopify",
    ),
)


def product(slug: str) -> ShopProduct | None:
    return next((p for p in PRODUCTS if p.slug == slug), None)


def page_path(p: ShopProduct) -> str:
    return f"/shop/products/{p.slug}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_page(p: ShopProduct, origin: str) -> str:
    images = [f"{origin}/media/{path}" for path in p.image_paths()]
    video = f"{origin}/media/{p.video_path}" if p.has_video else ""
    return {
        "shopify": _shopify,
        "amazon": _amazon,
        "opengraph": _opengraph,
        "plain": _plain,
    }[p.layout](p, images, video, origin)


def _head(title: str, extra: str = "") -> str:
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{_e(title)}</title>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<link rel=\"icon\" href=\"/shop/favicon.ico\">"
        f"{extra}</head>\n"
    )


def _shopify(p: ShopProduct, images: list[str], video: str, origin: str) -> str:
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": p.name,
        "description": p.description,
        "image": images,
        "brand": {"@type": "Brand", "name": "Demo Shop"},
        "offers": {"@type": "Offer", "price": p.price, "priceCurrency": "USD",
                   "availability": "https://schema.org/InStock", "url": f"{origin}{page_path(p)}"},
    }
    if video:
        ld["video"] = {"@type": "VideoObject", "name": p.name, "contentUrl": video,
                       "thumbnailUrl": images[0], "uploadDate": "2026-01-15"}
    gallery = "".join(
        f'<li class="product__media-item"><img src="{_e(u)}" alt="{_e(p.name)}" loading="lazy"></li>'
        for u in images
    )
    video_tag = f'<video controls src="{_e(video)}"></video>' if video else ""
    return (
        _head(f"{p.name} – Demo Shop", f'<script type="application/ld+json">{json.dumps(ld)}</script>')
        + '<body><header><img src="/shop/logo.png" alt="Demo Shop logo" width="40" height="40">'
        + '<a href="/shop/">Demo Shop</a></header><main class="product">'
        + f'<ul class="product__media-list">{gallery}</ul>{video_tag}'
        + f'<div class="product__info"><h1 class="product__title">{_e(p.name)}</h1>'
        + f'<p class="price">${_e(p.price)}</p>'
        + f'<div class="product__description rte"><p>{_e(p.description)}</p></div>'
        + '<button type="submit" name="add">Add to cart</button></div></main></body></html>\n'
    )


def _amazon(p: ShopProduct, images: list[str], video: str, origin: str) -> str:
    sizes = {images[0]: [1500, 1500], images[0] + "?w=500": [500, 500]}
    bullets = "".join(f'<li><span class="a-list-item">{_e(b)}</span></li>' for b in p.bullets)
    thumbs = "".join(
        f'<li class="item imageThumbnail"><img src="{_e(u)}?w=64" width="64" height="64" '
        f'data-old-hires="{_e(u)}" alt=""></li>'
        for u in images[1:]
    )
    return (
        _head(f"Amazon.example: {p.name}")
        + '<body><div id="dp-container"><div id="imageBlock"><div id="altImages"><ul>'
        + thumbs
        + "</ul></div>"
        + f'<img id="landingImage" src="{_e(images[0])}?w=500" '
        + f"data-a-dynamic-image='{_e(json.dumps(sizes))}' alt=\"{_e(p.name)}\"></div>"
        + f'<div id="centerCol"><h1 id="title"><span id="productTitle">  {_e(p.name)}  </span></h1>'
        + f'<span class="a-price"><span class="a-offscreen">${_e(p.price)}</span></span>'
        + f'<div id="feature-bullets"><ul class="a-unordered-list">{bullets}</ul></div>'
        + f'<div id="productDescription"><p>{_e(p.description)}</p></div>'
        + '</div><img src="/shop/pixel.gif" width="1" height="1" alt=""></div></body></html>\n'
    )


def _opengraph(p: ShopProduct, images: list[str], video: str, origin: str) -> str:
    metas = (
        f'<meta property="og:type" content="product">'
        f'<meta property="og:title" content="{_e(p.name)}">'
        f'<meta property="og:description" content="{_e(p.description)}">'
        f'<meta property="og:url" content="{_e(origin + page_path(p))}">'
        + "".join(f'<meta property="og:image" content="{_e(u)}">' for u in images)
        + (f'<meta property="og:video" content="{_e(video)}">' if video else "")
        + f'<meta property="product:price:amount" content="{_e(p.price)}">'
    )
    return (
        _head(f"{p.name} | Demo Shop", metas)
        + '<body><div id="app" data-page="product"><noscript>Enable JavaScript to shop.</noscript>'
        + "</div></body></html>\n"
    )


def _plain(p: ShopProduct, images: list[str], video: str, origin: str) -> str:
    pics = "".join(f'<img src="{_e(u)}" alt="{_e(p.name)}" width="480">' for u in images)
    bullets = "".join(f"<li>{_e(b)}</li>" for b in p.bullets)
    source = f'<source src="{_e(video)}" type="video/mp4">'
    video_tag = f'<video controls width="480">{source}</video>' if video else ""
    return (
        _head(f"{p.name} - Demo Shop")
        + f'<body><a href="/shop/">Back to the shop</a><h1>{_e(p.name)}</h1>{pics}'
        + f"<p>{_e(p.description)}</p><ul>{bullets}</ul>{video_tag}<p>Price: ${_e(p.price)}</p>"
        + "</body></html>\n"
    )


def render_index(origin: str) -> str:
    items = "".join(
        f'<li><a href="{_e(page_path(p))}">{_e(p.name)}</a> — ${_e(p.price)}</li>' for p in PRODUCTS
    )
    return _head("Demo Shop") + f"<body><h1>Demo Shop</h1><ul>{items}</ul></body></html>\n"
