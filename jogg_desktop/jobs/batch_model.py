"""What a batch is made of, before anything is sent: rows, a variants grid, the count and the cost.

Rows come from pasted links (one per line), a CSV (``url`` plus optional ``name``,
``description``, ``target_audience`` and per-row setting overrides) or products picked from the
History. A :class:`VariantGrid` (avatars × voices × formats × lengths × looks) expands into the
variants every row is made in; :class:`BatchPlan` says how many videos that is and what it costs.
The window and the command line both read their input through here: the same checks for both.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from jogg_desktop.models import (
    LANGUAGES,
    SCRIPT_STYLES,
    AspectRatio,
    Look,
    Ownership,
    Product,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
    credits_for,
)

MAX_ROWS = 1000
BASE_COLUMNS = ("url", "name", "description", "target_audience")
OVERRIDE_COLUMNS = (
    "aspect", "length", "language", "avatar_id", "voice_id", "music_id", "script_style",
    "caption", "visual_style", "template_id", "script", "video_name",
)


class BatchInputError(ValueError):
    """The input cannot make a batch; ``problems`` lists each one in plain words (line numbers)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


# -- one product row ------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    """One product of the batch: a page to read, or a product already known (from the History)."""

    url: str
    name: str = ""
    description: str = ""
    target_audience: str = ""
    overrides: tuple[tuple[str, str], ...] = ()
    """Per-row settings (CSV columns of :data:`OVERRIDE_COLUMNS`), checked, as text."""
    product: Product | None = None
    """Set for a product picked from the History: no page is read again."""

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        if self.product is not None and self.product.name:
            return self.product.name
        path = urlsplit(self.url).path.rstrip("/")
        return path.rsplit("/", 1)[-1].replace("-", " ").strip() or self.url


def check_url(text: str) -> str | None:
    """A problem with a product link in plain words, or None when it can be read."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "is not a web link (it must start with http:// or https://)"
    if any(c.isspace() for c in text):
        return "contains spaces"
    return None


def rows_from_links(text: str) -> list[SourceRow]:
    """One link per line; empty lines and lines starting with ``#`` are skipped; duplicates kept."""
    rows: list[SourceRow] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        problem = check_url(line)
        if problem:
            problems.append(f"line {number}: “{_short(line)}” {problem}")
        else:
            rows.append(SourceRow(url=line))
    return _checked_rows(rows, problems)


def rows_from_csv(text: str) -> list[SourceRow]:
    """A CSV with a header: ``url`` (required), optional product fields and setting overrides."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    if "url" not in header:
        raise BatchInputError(["the first line must name the columns, and one of them must be “url”"])
    unknown = [h for h in header if h and h not in BASE_COLUMNS + OVERRIDE_COLUMNS]
    if unknown:
        allowed = ", ".join(BASE_COLUMNS + OVERRIDE_COLUMNS)
        raise BatchInputError([f"unknown column “{h}” (the columns can be: {allowed})" for h in unknown])
    reader.fieldnames = header
    rows: list[SourceRow] = []
    problems: list[str] = []
    for number, record in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in record.items() if k}
        if not any(values.values()):
            continue
        url = values.get("url", "")
        problem = check_url(url) if url else "has no url"
        if problem:
            where = f"line {number}: “{_short(url)}”" if url else f"line {number}"
            problems.append(f"{where} {problem}")
            continue
        overrides = {k: values[k] for k in header if k in OVERRIDE_COLUMNS and values.get(k)}
        for column, value in overrides.items():
            try:
                apply_override(VideoSettings(), column, value)
            except ValueError as exc:
                problems.append(f"line {number}, column {column}: {exc}")
        rows.append(SourceRow(
            url=url, name=values.get("name", ""), description=values.get("description", ""),
            target_audience=values.get("target_audience", ""), overrides=tuple(sorted(overrides.items())),
        ))
    return _checked_rows(rows, problems)


def rows_from_products(products: Iterable[Product]) -> list[SourceRow]:
    """Products picked from the History: used as they were, no page read again."""
    rows = [SourceRow(url=p.url, name=p.name, product=p) for p in products]
    return _checked_rows(rows, [])


def rows_from_file(name: str, text: str) -> list[SourceRow]:
    """A ``.csv`` (header with ``url``) or a plain list of links."""
    first = next((ln.strip().lower() for ln in text.splitlines() if ln.strip()), "")
    if name.lower().endswith(".csv") or first.startswith("url,") or first == "url":
        return rows_from_csv(text)
    return rows_from_links(text)


def _checked_rows(rows: list[SourceRow], problems: list[str]) -> list[SourceRow]:
    if problems:
        raise BatchInputError(problems)
    if not rows:
        raise BatchInputError(["there is no product link in it"])
    if len(rows) > MAX_ROWS:
        raise BatchInputError([f"it has {len(rows)} products; a batch can have at most {MAX_ROWS}"])
    return rows


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- setting values as text (CSV cells, command-line values) --------------------------------


def parse_aspect(text: str) -> AspectRatio:
    try:
        return AspectRatio(text.strip())
    except ValueError:
        raise ValueError(f"“{text}” is not a format: choose 9:16, 16:9 or 1:1") from None


def parse_length(text: str) -> VideoLength:
    try:
        return VideoLength(int(text.strip().removesuffix("s").strip()))
    except ValueError:
        raise ValueError(f"“{text}” is not a length: choose 15, 30 or 60 (seconds)") from None


def parse_language(text: str) -> str:
    wanted = text.strip().lower()
    for wire, label in LANGUAGES:
        if wanted in (wire, label.lower()):
            return wire
    raise ValueError(f"unknown language “{text}” (e.g. english, french, german)")


def parse_script_style(text: str) -> str:
    for style, _ in SCRIPT_STYLES:
        if text.strip().lower() == style.lower():
            return style
    raise ValueError(f"unknown script style “{text}”")


def parse_int(text: str, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise ValueError(f"“{text}” is not a {what} (a whole number)")
    return value


def parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "yes", "true", "on", "y"):
        return True
    if value in ("0", "no", "false", "off", "n"):
        return False
    raise ValueError(f"“{text}” is not yes or no")


def parse_look(text: str) -> Look:
    """``style:NAME`` (or a bare name), ``template:ID`` or ``custom-template:ID``."""
    kind, sep, value = text.strip().partition(":")
    if not sep:
        kind, value = "style", kind
    kind = kind.strip().lower()
    if kind in ("style", "visual-style", "visual_style") and value.strip():
        return VisualStyleLook(value.strip())
    if kind in ("template", "custom-template"):
        ownership = Ownership.CUSTOM if kind.startswith("custom") else Ownership.PUBLIC
        return TemplateLook(parse_int(value, "template id"), ownership)
    raise ValueError(f"“{text}” is not a look: write style:NAME or template:ID")


def apply_override(settings: VideoSettings, column: str, value: str) -> VideoSettings:
    """``settings`` with one CSV override applied; ValueError in plain words when it is wrong."""
    changes: dict[str, Any]
    if column == "aspect":
        changes = {"aspect": parse_aspect(value)}
    elif column == "length":
        changes = {"length": parse_length(value)}
    elif column == "language":
        changes = {"language": parse_language(value)}
    elif column == "avatar_id":
        changes = {"avatar_id": parse_int(value, "avatar id")}
    elif column == "voice_id":
        changes = {"voice_id": value.strip()}
    elif column == "music_id":
        changes = {"music_id": parse_int(value, "music id")}
    elif column == "script_style":
        changes = {"script_style": parse_script_style(value)}
    elif column == "caption":
        changes = {"caption": parse_bool(value)}
    elif column == "visual_style":
        changes = {"look": VisualStyleLook(value.strip())}
    elif column == "template_id":
        changes = {"look": TemplateLook(parse_int(value, "template id"))}
    elif column == "script":
        changes = {"script": value}
    elif column == "video_name":
        changes = {"name": value}
    else:
        raise ValueError(f"unknown setting “{column}”")
    return replace(settings, **changes)


# -- variants ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AvatarChoice:
    avatar_id: int
    ownership: Ownership = Ownership.PUBLIC
    name: str = ""


@dataclass(frozen=True)
class Variant:
    """One cell of the grid: what differs from the batch's settings (None = as set)."""

    avatar: AvatarChoice | None = None
    voice_id: str | None = None
    aspect: AspectRatio | None = None
    length: VideoLength | None = None
    look: Look | None = None

    def apply(self, settings: VideoSettings) -> VideoSettings:
        changes: dict[str, Any] = {}
        if self.avatar is not None:
            changes.update(avatar_id=self.avatar.avatar_id, avatar_ownership=self.avatar.ownership)
        if self.voice_id is not None:
            changes["voice_id"] = self.voice_id
        if self.aspect is not None:
            changes["aspect"] = self.aspect
        if self.length is not None:
            changes["length"] = self.length
        if self.look is not None:
            changes["look"] = self.look
        return replace(settings, **changes)

    @property
    def label(self) -> str:
        """Short words for file names and the table, e.g. ``9x16 30s avatar 81``; "" for none."""
        parts: list[str] = []
        if self.aspect is not None:
            parts.append(self.aspect.value.replace(":", "x"))
        if self.length is not None:
            parts.append(f"{int(self.length)}s")
        if self.avatar is not None:
            parts.append(self.avatar.name or f"avatar {self.avatar.avatar_id}")
        if self.voice_id is not None:
            parts.append(f"voice {self.voice_id}")
        if isinstance(self.look, VisualStyleLook):
            parts.append(self.look.name)
        elif isinstance(self.look, TemplateLook):
            parts.append(f"template {self.look.template_id}")
        return " ".join(parts)


@dataclass(frozen=True)
class VariantGrid:
    """Several choices per axis; an empty axis keeps the batch's (or the row's) setting."""

    avatars: tuple[AvatarChoice, ...] = ()
    voices: tuple[str, ...] = ()
    aspects: tuple[AspectRatio, ...] = ()
    lengths: tuple[VideoLength, ...] = ()
    looks: tuple[Look, ...] = ()

    def expand(self) -> list[Variant]:
        """Every combination, in a stable order (one plain variant when the grid is empty)."""
        axes: tuple[Sequence[Any], ...] = (
            self.aspects or (None,), self.lengths or (None,), self.avatars or (None,),
            self.voices or (None,), self.looks or (None,),
        )
        return [
            Variant(aspect=aspect, length=length, avatar=avatar, voice_id=voice, look=look)
            for aspect, length, avatar, voice, look in itertools.product(*axes)
        ]

    @property
    def count(self) -> int:
        return len(self.expand())


def parse_vary(options: Iterable[str]) -> VariantGrid:
    """Command-line ``--vary KIND=V1,V2`` options → a grid (KIND: avatar, voice, aspect, length, look)."""
    grid = VariantGrid()
    problems: list[str] = []
    for option in options:
        kind, sep, values = option.partition("=")
        kind = kind.strip().lower()
        items = [v.strip() for v in values.split(",") if v.strip()]
        if not sep or not items:
            problems.append(f"“{option}”: write KIND=VALUE,VALUE (e.g. aspect=9:16,1:1)")
            continue
        try:
            grid = _with_axis(grid, kind, items)
        except ValueError as exc:
            problems.append(f"“{option}”: {exc}")
    if problems:
        raise BatchInputError(problems)
    return grid


def _with_axis(grid: VariantGrid, kind: str, items: list[str]) -> VariantGrid:
    if kind in ("avatar", "avatars"):
        return replace(grid, avatars=tuple(_avatar_choice(v) for v in items))
    if kind in ("voice", "voices"):
        return replace(grid, voices=tuple(items))
    if kind in ("aspect", "aspects", "format", "formats"):
        return replace(grid, aspects=tuple(parse_aspect(v) for v in items))
    if kind in ("length", "lengths"):
        return replace(grid, lengths=tuple(parse_length(v) for v in items))
    if kind in ("look", "looks"):
        return replace(grid, looks=tuple(parse_look(v) for v in items))
    raise ValueError("KIND must be avatar, voice, aspect, length or look")


def _avatar_choice(text: str) -> AvatarChoice:
    custom = text.lower().startswith("custom:")
    number = parse_int(text.split(":", 1)[1] if custom else text, "avatar id")
    return AvatarChoice(number, Ownership.CUSTOM if custom else Ownership.PUBLIC)


# -- the plan: rows × variants, the count and the cost -------------------------------------


@dataclass(frozen=True)
class PlannedVideo:
    row: int
    """Index into :attr:`BatchPlan.rows`."""
    variant: Variant
    settings: VideoSettings
    credits: int


@dataclass(frozen=True)
class BatchPlan:
    rows: tuple[SourceRow, ...]
    settings: VideoSettings
    grid: VariantGrid = field(default_factory=VariantGrid)

    def row_settings(self, row: SourceRow) -> VideoSettings:
        settings = self.settings
        for column, value in row.overrides:
            settings = apply_override(settings, column, value)
        return settings

    def videos(self) -> list[PlannedVideo]:
        variants = self.grid.expand()
        out: list[PlannedVideo] = []
        for index, row in enumerate(self.rows):
            base = self.row_settings(row)
            for variant in variants:
                settings = variant.apply(base)
                out.append(PlannedVideo(index, variant, settings, credits_for(int(settings.length))))
        return out

    @property
    def video_count(self) -> int:
        return len(self.rows) * self.grid.count

    @property
    def total_credits(self) -> int:
        return sum(v.credits for v in self.videos())

    def summary(self) -> str:
        """E.g. “12 products × 3 variants = 36 videos, 36 credits”."""
        products, variants = len(self.rows), self.grid.count
        return (f"{_count(products, 'product')} × {_count(variants, 'variant')} = "
                f"{_count(self.video_count, 'video')}, {_count(self.total_credits, 'credit')}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def overrides_dict(row: SourceRow) -> Mapping[str, str]:
    return dict(row.overrides)
