"""The simulator's libraries: avatars, voices, music, visual styles and templates.

Deterministic data (same ids every run). Each item knows which generated media file stands
for its cover, preview clip or audio sample; :mod:`jogg_desktop.sim.assets` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

PORTRAIT, LANDSCAPE, SQUARE = 0, 1, 2
ASPECTS = (PORTRAIT, LANDSCAPE, SQUARE)

_FIRST_NAMES = (
    "Amanda", "Marcus", "Priya", "Kenji", "Sofia", "Daniel", "Aisha", "Lucas", "Mei", "Omar",
    "Elena", "James", "Fatima", "Noah", "Yuki", "Carlos", "Grace", "Ahmed", "Lena", "Victor",
    "Chloe", "Ravi", "Isabel", "Tom", "Nadia", "Hiro", "Maya", "Samuel", "Zara", "Leo",
    "Ingrid", "Kwame", "Rosa", "Ethan", "Leila", "Mateo",
)
SCENES = ("lifestyle", "outdoors", "business", "studio", "health_fitness", "education", "news")
ETHNICITIES = (
    "european", "african", "south_asian", "east_asian", "middle_eastern", "south_american",
    "north_american",
)
_FEMALE = frozenset(
    {"Amanda", "Priya", "Sofia", "Aisha", "Mei", "Elena", "Fatima", "Yuki", "Grace", "Lena",
     "Chloe", "Isabel", "Nadia", "Maya", "Zara", "Ingrid", "Rosa", "Leila"}
)
_AGES = ("young_adult", "adult", "senior")
_STYLES = ("professional", "social")


@dataclass(frozen=True)
class Avatar:
    avatar_id: int
    name: str
    aspect_ratio: int
    style: str
    gender: str
    age: str
    scene: str
    ethnicity: str
    custom: bool = False
    status: int = 1  # custom avatars: 0 processing, 1 success, 2 failed (docs/joggai-api.md §6.7)
    fail_msg: str = ""

    @property
    def media_stem(self) -> str:
        return f"avatars/{self.avatar_id}"


def _public_avatars() -> list[Avatar]:
    ids = (81, 127, 204, 412, 1025, 1695, 1756, 1768)
    out: list[Avatar] = []
    for i, first in enumerate(_FIRST_NAMES):
        scene = SCENES[i % len(SCENES)]
        out.append(
            Avatar(
                avatar_id=ids[i] if i < len(ids) else 2000 + i * 7,
                name=f"{first} {scene.replace('_', ' ')}",
                aspect_ratio=ASPECTS[i % 3],
                style=_STYLES[(i // 2) % 2],
                gender="female" if first in _FEMALE else "male",
                age=_AGES[(i // 3) % 3],
                scene=scene,
                ethnicity=ETHNICITIES[(i * 3) % len(ETHNICITIES)],
            )
        )
    return out


def _custom_avatars() -> list[Avatar]:
    rows = (
        (100266, "My studio look", PORTRAIT, 1, ""),
        (100267, "Me outdoors", LANDSCAPE, 1, ""),
        (100268, "Square intro", SQUARE, 1, ""),
        (100269, "New clone (processing)", PORTRAIT, 0, ""),
        (100270, "Blurry upload", PORTRAIT, 2, "The training video is too dark. Please upload again."),
    )
    return [
        Avatar(aid, name, aspect, "social", "female", "adult", "studio", "european", True, status, fail)
        for aid, name, aspect, status, fail in rows
    ]


AVATARS: tuple[Avatar, ...] = tuple(_public_avatars())
CUSTOM_AVATARS: tuple[Avatar, ...] = tuple(_custom_avatars())


@dataclass(frozen=True)
class Voice:
    voice_id: str
    name: str
    language: str
    gender: str
    age: str
    pitch: float
    """Base frequency of the generated sample (Hz)."""
    custom: bool = False

    @property
    def media_stem(self) -> str:
        return f"voices/{self.voice_id}"


_VOICE_ROWS = (
    ("en-US-ChristopherNeural", "Christopher", "english", "male", "middle_aged"),
    ("en-US-JennyNeural", "Jenny", "english", "female", "young"),
    ("en-GB-RyanNeural", "Ryan", "english", "male", "young"),
    ("en-GB-SoniaNeural", "Sonia", "english", "female", "middle_aged"),
    ("en-AU-NatashaNeural", "Natasha", "english", "female", "old"),
    ("en-US-GuyNeural", "Guy", "english", "male", "old"),
    ("MFZUKuGQUsGJPQjTS4wC", "Emily", "english", "female", "young"),
    ("fr-FR-DeniseNeural", "Denise", "french", "female", "middle_aged"),
    ("fr-FR-HenriNeural", "Henri", "french", "male", "old"),
    ("de-DE-KatjaNeural", "Katja", "german", "female", "young"),
    ("de-DE-ConradNeural", "Conrad", "german", "male", "middle_aged"),
    ("es-ES-ElviraNeural", "Elvira", "spanish", "female", "middle_aged"),
    ("es-MX-JorgeNeural", "Jorge", "spanish", "male", "young"),
    ("it-IT-IsabellaNeural", "Isabella", "italian", "female", "young"),
    ("pt-BR-FranciscaNeural", "Francisca", "portuguese", "female", "middle_aged"),
    ("ja-JP-NanamiNeural", "Nanami", "japanese", "female", "young"),
    ("ja-JP-KeitaNeural", "Keita", "japanese", "male", "middle_aged"),
    ("ko-KR-SunHiNeural", "Sun-Hi", "korean", "female", "young"),
    ("zh-CN-XiaoxiaoNeural", "Xiaoxiao", "chinese", "female", "young"),
    ("hi-IN-MadhurNeural", "Madhur", "hindi", "male", "middle_aged"),
    ("ar-SA-ZariyahNeural", "Zariyah", "arabic", "female", "middle_aged"),
    ("nl-NL-MaartenNeural", "Maarten", "dutch", "male", "old"),
    ("pl-PL-ZofiaNeural", "Zofia", "polish", "female", "old"),
    ("tr-TR-AhmetNeural", "Ahmet", "turkish", "male", "young"),
)

VOICES: tuple[Voice, ...] = tuple(
    Voice(vid, name, lang, gender, age, (120.0 if gender == "male" else 210.0) + i * 3)
    for i, (vid, name, lang, gender, age) in enumerate(_VOICE_ROWS)
)
CUSTOM_VOICES: tuple[Voice, ...] = (
    Voice("50557140-6e26-4f1b-9a4e-2c0d7a1f3b11", "My voice", "english", "female", "middle_aged",
          190.0, True),
    Voice("7c1e2f94-0b3d-4c55-8a8e-61f0b2d9e4a7", "My voice (French)", "french", "female", "middle_aged",
          195.0, True),
)


@dataclass(frozen=True)
class Music:
    music_id: int
    name: str
    duration: int
    tempo: int
    """Beats per minute of the generated track."""
    custom: bool = False

    @property
    def media_stem(self) -> str:
        return f"music/{self.music_id}"


MUSICS: tuple[Music, ...] = tuple(
    Music(mid, name, duration, tempo)
    for mid, name, duration, tempo in (
        (13, "Sunny Morning", 20, 100),
        (62, "Upbeat Pop", 18, 124),
        (71, "Calm Piano", 24, 72),
        (88, "Corporate Drive", 20, 110),
        (94, "Lo-fi Chill", 22, 84),
        (105, "Epic Reveal", 16, 90),
        (117, "Summer Ukulele", 18, 118),
        (123, "Tech Pulse", 20, 128),
        (131, "Gentle Acoustic", 24, 80),
        (146, "Bright Future", 20, 104),
        (152, "Night Drive", 22, 96),
        (160, "Happy Clap", 16, 132),
    )
)
CUSTOM_MUSICS: tuple[Music, ...] = (
    Music(900001, "My brand jingle", 12, 120, True),
    Music(900002, "Store ambience", 16, 90, True),
)


@dataclass(frozen=True)
class VisualStyle:
    style_id: int
    name: str
    aspect_ratio: int


# Real names (docs/joggai-api.md §6.8). Every style exists for each aspect ratio, with its own id.
STYLE_NAMES = (
    "FullScreen",
    "Floating Avatar",
    "Up&Down Avatar",
    "Avatar Bubble",
    "Rotary Switch",
    "Floating Avatar Voiceover",
    "Inclined Floating Avatar",
    "No Gaussian blur",
    "Simple Product Switch",
    "Simple split screen template",
)
VISUAL_STYLES: tuple[VisualStyle, ...] = tuple(
    VisualStyle(2400 + aspect * 100 + i, name, aspect)
    for aspect in ASPECTS
    for i, name in enumerate(STYLE_NAMES)
    if not (aspect == SQUARE and name in ("Up&Down Avatar", "Inclined Floating Avatar"))
)


@dataclass(frozen=True)
class Template:
    template_id: int
    name: str
    aspect_ratio: int
    custom: bool = False

    @property
    def media_stem(self) -> str:
        return f"templates/{self.template_id}"


_TEMPLATE_NAMES = (
    "Flash Sale Countdown", "New Arrival Spotlight", "Unboxing Moments", "Before & After",
    "Three Reasons Why", "Customer Love", "Holiday Gift Guide", "Minimal Product Tour",
    "Bold Feature Cards", "Lifestyle Montage", "Price Drop Alert", "Studio Showcase",
)
TEMPLATES: tuple[Template, ...] = tuple(
    Template(136 + i * 11, name, ASPECTS[i % 3]) for i, name in enumerate(_TEMPLATE_NAMES)
)
CUSTOM_TEMPLATES: tuple[Template, ...] = (
    Template(5001, "My shop intro", PORTRAIT, True),
    Template(5002, "My weekly deal", LANDSCAPE, True),
    Template(5003, "My square promo", SQUARE, True),
)


def avatar(avatar_id: int, custom: bool) -> Avatar | None:
    pool = CUSTOM_AVATARS if custom else AVATARS
    return next((a for a in pool if a.avatar_id == avatar_id), None)


def voice(voice_id: str) -> Voice | None:
    return next((v for v in (*VOICES, *CUSTOM_VOICES) if v.voice_id == voice_id), None)


def music(music_id: int) -> Music | None:
    return next((m for m in (*MUSICS, *CUSTOM_MUSICS) if m.music_id == music_id), None)


def template(template_id: int, custom: bool) -> Template | None:
    pool = CUSTOM_TEMPLATES if custom else TEMPLATES
    return next((t for t in pool if t.template_id == template_id), None)


def visual_style_names() -> frozenset[str]:
    return frozenset(s.name for s in VISUAL_STYLES)
