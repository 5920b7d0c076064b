"""Read a product page the way a crawler would: JSON-LD ``Product``, OpenGraph, then the page.

Pure functions over HTML text (stdlib ``html.parser``): name, description, images and videos,
with relative URLs made absolute. Shop layouts covered by tests/sim/pages: Shopify-like
(JSON-LD), Amazon-like (ids like ``productTitle``, ``landingImage`` with ``data-a-dynamic-image``),
OpenGraph-only, and plain HTML.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from jogg_desktop.media_kinds import is_video_url

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")
MAX_IMAGES = 10
MAX_DESCRIPTION = 2000
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "input", "link", "param", "track", "wbr"})
_HIRES_ATTRIBUTES = ("data-old-hires", "data-zoom-image", "data-a-dynamic-image", "data-large_image")
_SKIP_IMAGE_HINTS = ("logo", "icon", "sprite", "pixel", "spacer", "badge", "avatar", "favicon")


@dataclass
class ExtractedProduct:
    name: str = ""
    description: str = ""
    images: list[str] = field(default_factory=list)
    videos: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return bool(self.name)


def _clean(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _same_file(url: str) -> str:
    """Shops repeat one picture with another scheme or size query: compare host + path."""
    parts = urlsplit(url)
    return (parts.netloc + parts.path).lower()


def _add(target: list[str], url: str, base: str) -> None:
    url = html.unescape(url.strip())
    if not url or url.startswith("data:"):
        return
    full = urljoin(base, url)
    if full.startswith("//"):
        full = "https:" + full
    if not full.startswith(("http://", "https://")):
        return
    if _same_file(full) not in {_same_file(u) for u in target}:
        target.append(full)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.json_ld: list[str] = []
        self.title = ""
        self.h1 = ""
        self.by_id: dict[str, str] = {}
        self.img: list[dict[str, str]] = []
        self.videos: list[str] = []
        self.paragraphs: list[str] = []
        self.bullets: list[str] = []
        self._stack: list[tuple[str, str]] = []  # (tag, id or role marker)
        self._buffers: list[tuple[str, list[str]]] = []
        self._in_video = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, []).append(a.get("content", ""))
            return
        if tag == "img":
            self.img.append(a)
            return
        if tag == "video":
            self._in_video = True
            if a.get("src"):
                self.videos.append(a["src"])
        if tag == "source" and self._in_video and a.get("src"):
            self.videos.append(a["src"])
        if tag in _VOID:
            return
        if tag in ("script", "title", "h1", "p", "li", "span", "div", "td") or a.get("id"):
            marker = a.get("id", "")
            if tag == "script":
                marker = "ld" if "ld+json" in a.get("type", "").lower() else "skip"
            self._buffers.append((f"{tag}#{marker}", []))
            self._stack.append((tag, marker))

    def handle_endtag(self, tag: str) -> None:
        if tag == "video":
            self._in_video = False
        if not self._stack or self._stack[-1][0] != tag:
            # tolerate sloppy HTML: unwind to the matching tag if any
            names = [t for t, _ in self._stack]
            if tag not in names:
                return
            while self._stack and self._stack[-1][0] != tag:
                self._pop()
        if self._stack:
            self._pop()

    def _pop(self) -> None:
        tag, marker = self._stack.pop()
        _, parts = self._buffers.pop()
        text = "".join(parts)
        if self._buffers and tag not in ("script",):
            self._buffers[-1][1].append(text)
        if tag == "script":
            if marker == "ld":
                self.json_ld.append(text)
            return
        clean = _clean(text)
        if marker and marker not in self.by_id:
            self.by_id[marker] = clean
        if tag == "title" and not self.title:
            self.title = clean
        elif tag == "h1" and not self.h1:
            self.h1 = clean
        elif tag == "p" and len(clean) > 40:
            self.paragraphs.append(clean)
        elif tag == "li" and 10 < len(clean) < 300:
            self.bullets.append(clean)

    def handle_data(self, data: str) -> None:
        if self._buffers:
            self._buffers[-1][1].append(data)


def _walk_ld(node: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD document (handles @graph and lists)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_walk_ld(item))
    elif isinstance(node, dict):
        found.append(node)
        for key in ("@graph", "mainEntity", "itemListElement", "item"):
            if key in node:
                found.extend(_walk_ld(node[key]))
    return found


def _is_product(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.split("/")[-1] in ("Product", "ProductGroup") for k in kinds)


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        for key in ("contentUrl", "url", "embedUrl", "@id"):
            if isinstance(value.get(key), str):
                return [value[key]]
        return []
    if isinstance(value, list):
        return [u for item in value for u in _urls(item)]
    return []


def _from_json_ld(blocks: list[str], base: str, out: ExtractedProduct) -> None:
    for block in blocks:
        try:
            doc = json.loads(block.strip().rstrip(";"))
        except ValueError:
            continue
        for node in _walk_ld(doc):
            if not _is_product(node):
                continue
            if not out.name and isinstance(node.get("name"), str):
                out.name = _clean(node["name"])
            if not out.description and isinstance(node.get("description"), str):
                out.description = _clean(node["description"])
            for url in _urls(node.get("image")):
                _add(out.images, url, base)
            for url in _urls(node.get("video")):
                _add(out.videos, url, base)
            for variant in node.get("hasVariant", []) if isinstance(node.get("hasVariant"), list) else []:
                if isinstance(variant, dict):
                    for url in _urls(variant.get("image")):
                        _add(out.images, url, base)


def _from_open_graph(meta: dict[str, list[str]], base: str, out: ExtractedProduct) -> None:
    def first(*keys: str) -> str:
        for key in keys:
            for value in meta.get(key, []):
                if value.strip():
                    return _clean(value)
        return ""

    if not out.name:
        out.name = first("og:title", "twitter:title")
    if not out.description:
        out.description = first("og:description", "twitter:description")
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image"):
        for value in meta.get(key, []):
            _add(out.images, value, base)
    for key in ("og:video", "og:video:url", "og:video:secure_url", "twitter:player:stream"):
        for value in meta.get(key, []):
            _add(out.videos, value, base)


def _image_candidates(tag: dict[str, str]) -> list[str]:
    dynamic = tag.get("data-a-dynamic-image", "")
    if dynamic:
        try:
            sizes = json.loads(dynamic)
        except ValueError:
            sizes = {}
        if isinstance(sizes, dict) and sizes:
            # Amazon lists every size of the same picture: take the largest.
            best = max(sizes.items(), key=lambda kv: (kv[1][0] * kv[1][1]) if isinstance(kv[1], list) else 0)
            return [best[0]]
    for key in ("data-old-hires", "data-zoom-image", "data-large_image", "data-large", "data-src", "src"):
        if tag.get(key):
            return [tag[key]]
    srcset = tag.get("srcset", "")
    if srcset:
        return [srcset.split(",")[-1].strip().split(" ")[0]]
    return []


def _looks_decorative(url: str, tag: dict[str, str]) -> bool:
    low = url.lower().split("?")[0]
    if any(hint in low for hint in _SKIP_IMAGE_HINTS):
        return True
    if not low.endswith(IMAGE_EXTENSIONS) and "/images/" not in low and "image" not in low:
        return True
    if any(tag.get(k) for k in _HIRES_ATTRIBUTES):
        return False  # a thumbnail standing for a large picture
    try:
        width = int(tag.get("width", "0") or 0)
        height = int(tag.get("height", "0") or 0)
    except ValueError:
        return False
    return 0 < width < 100 or 0 < height < 100


def _is_main_image(tag: dict[str, str]) -> bool:
    return tag.get("id") == "landingImage" or "data-a-dynamic-image" in tag


def _from_page(page: _PageParser, base: str, out: ExtractedProduct) -> None:
    if not out.name:
        out.name = page.by_id.get("productTitle") or page.by_id.get("title") or page.h1 or page.title
        out.name = re.split(r"\s+[|–-]\s+", out.name)[0] if out.name == page.title else out.name
    if not out.description:
        for key in ("productDescription", "feature-bullets", "description", "product-description"):
            if page.by_id.get(key):
                out.description = page.by_id[key]
                break
    if not out.description:
        out.description = next((_clean(v) for v in page.meta.get("description", []) if v.strip()), "")
    if not out.description and page.paragraphs:
        out.description = " ".join(page.paragraphs[:3])
    if not out.description and page.bullets:
        out.description = " ".join(page.bullets[:5])
    # The main picture first (Amazon's landingImage comes after its thumbnails in the HTML).
    main_first = sorted(page.img, key=lambda t: not _is_main_image(t))
    for tag in main_first:
        for url in _image_candidates(tag):
            if not _looks_decorative(url, tag):
                _add(out.images, url, base)
    for url in page.videos:
        _add(out.videos, url, base)


def extract_product(text: str, base_url: str) -> ExtractedProduct:
    page = _PageParser()
    page.feed(text)
    page.close()
    out = ExtractedProduct()
    _from_json_ld(page.json_ld, base_url, out)
    _from_open_graph(page.meta, base_url, out)
    _from_page(page, base_url, out)
    out.description = out.description[:MAX_DESCRIPTION]
    out.images = [u for u in out.images if not is_video_url(u)]
    out.images = out.images[:MAX_IMAGES]
    return out
