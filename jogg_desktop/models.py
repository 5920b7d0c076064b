"""The domain model, independent of any wire version of the JoggAI API.

Nothing here knows names like ``status_code``, ``avatar_type`` or ``project_id``: the wire
shapes live in the adapters under :mod:`jogg_desktop.api`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, IntEnum
from pathlib import Path

from jogg_desktop.errors import Action
from jogg_desktop.waiting import Waiting


class ApiGeneration(Enum):
    """JoggAI's API generations (docs/joggai-api.md §0, §14); each job records the one it runs on."""

    V1 = "v1"
    V2 = "v2"

    @classmethod
    def parse(cls, text: str) -> ApiGeneration:
        """``v1``/``v2`` (also ``1``/``2``, any case); ValueError otherwise."""
        wanted = text.strip().lower()
        for generation in cls:
            if wanted in (generation.value, generation.value[1:]):
                return generation
        raise ValueError(f"unknown API version {text!r}: choose v1 or v2")


class AspectRatio(Enum):
    PORTRAIT = "9:16"
    LANDSCAPE = "16:9"
    SQUARE = "1:1"

    @property
    def frame_size(self) -> tuple[int, int]:
        """Nominal output frame size (width, height) in pixels."""
        return {
            AspectRatio.PORTRAIT: (1080, 1920),
            AspectRatio.LANDSCAPE: (1920, 1080),
            AspectRatio.SQUARE: (1080, 1080),
        }[self]


class VideoLength(IntEnum):
    """Target length in seconds (a target: JoggAI overshoots by a few seconds, docs/joggai-api.md §13 #6)."""

    SHORT = 15
    MEDIUM = 30
    LONG = 60


class MediaKind(IntEnum):
    IMAGE = 1
    VIDEO = 2


class Ownership(Enum):
    """Whether a catalog item comes from JoggAI's library or the user's own account."""

    PUBLIC = "public"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Media:
    kind: MediaKind
    url: str
    name: str = ""
    description: str = ""


@dataclass(frozen=True)
class ProductDraft:
    """Product details entered by hand (no URL crawl)."""

    name: str
    description: str = ""
    target_audience: str = ""
    media: tuple[Media, ...] = ()


@dataclass(frozen=True)
class Product:
    id: str
    url: str = ""
    name: str = ""
    description: str = ""
    target_audience: str = ""
    media: tuple[Media, ...] = ()

    def same_content(self, other: Product) -> bool:
        """True when nothing the user can edit differs (so no PUT is needed)."""
        return (
            self.name,
            self.description,
            self.target_audience,
            self.media,
        ) == (other.name, other.description, other.target_audience, other.media)


@dataclass(frozen=True)
class Account:
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class Avatar:
    id: int
    ownership: Ownership
    name: str = ""
    cover_url: str = ""
    preview_url: str = ""
    aspect: AspectRatio | None = None
    style: str = ""
    gender: str = ""
    age: str = ""
    ready: bool = True


@dataclass(frozen=True)
class Voice:
    id: str
    ownership: Ownership
    name: str = ""
    sample_url: str = ""
    language: str = ""
    gender: str = ""
    age: str = ""


@dataclass(frozen=True)
class Music:
    id: int
    ownership: Ownership
    name: str = ""
    url: str = ""
    duration: float | None = None


@dataclass(frozen=True)
class VisualStyle:
    id: int
    name: str
    aspect: AspectRatio | None = None


@dataclass(frozen=True)
class Template:
    id: int
    ownership: Ownership
    name: str = ""
    cover_url: str = ""
    preview_url: str = ""
    aspect: AspectRatio | None = None


@dataclass(frozen=True)
class VisualStyleLook:
    """The video's layout comes from a named visual style."""

    name: str


@dataclass(frozen=True)
class TemplateLook:
    """The video's layout comes from a template (library or the user's own)."""

    template_id: int
    ownership: Ownership = Ownership.PUBLIC


Look = VisualStyleLook | TemplateLook


@dataclass(frozen=True)
class VideoSettings:
    aspect: AspectRatio = AspectRatio.PORTRAIT
    length: VideoLength = VideoLength.SHORT
    language: str = "english"
    avatar_id: int = 0
    avatar_ownership: Ownership = Ownership.PUBLIC
    voice_id: str | None = None
    music_id: int | None = None
    script_style: str = "Don't Worry"
    caption: bool = True
    look: Look = field(default_factory=lambda: VisualStyleLook("FullScreen"))
    script: str = ""
    name: str = ""


def credits_for(length_seconds: float) -> int:
    """Credits a render costs: 1 per started 2 minutes of output (docs/joggai-api.md §12)."""
    return max(1, math.ceil(length_seconds / 120))


def preview_credits_for(length_seconds: float, styles: int = 1) -> float:
    """Credits ``styles`` previews cost: 0.5 per started 2 minutes each (docs/joggai-api.md §12)."""
    return 0.5 * credits_for(length_seconds) * styles


class JobState(Enum):
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"
    DELETED = "deleted"

    @property
    def terminal(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.DELETED)


@dataclass(frozen=True)
class ProjectStatus:
    """One reading of a render's status, normalised (docs/joggai-api.md §10.1)."""

    project_id: str
    state: JobState
    description: str = ""
    title: str = ""
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    error_message: str | None = None
    credits_charged: float | None = None
    """What JoggAI says this render cost, where the API tells (v2); None when unknown."""


RenderStatus = ProjectStatus
"""The domain's word: a *render* (v1 calls it a project)."""


@dataclass(frozen=True)
class UploadTicket:
    """Where to PUT an asset's bytes, and the URL the asset will have afterwards."""

    upload_url: str
    asset_url: str
    content_type: str = "application/octet-stream"
    """The Content-Type the PUT must carry (v2 signs it; v1 expects octet-stream)."""


# The 54 script languages (docs/joggai-api.md §6.6): (wire value, English label).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("english", "English"), ("filipino", "Filipino"), ("french", "French"),
    ("german", "German"), ("hindi", "Hindi"), ("indonesian", "Indonesian"),
    ("italian", "Italian"), ("japanese", "Japanese"), ("korean", "Korean"),
    ("malay", "Malay"), ("portuguese", "Portuguese"), ("russian", "Russian"),
    ("spanish", "Spanish"), ("thai", "Thai"), ("vietnamese", "Vietnamese"),
    ("arabic", "Arabic"), ("greek", "Greek"), ("turkish", "Turkish"),
    ("slovenian", "Slovenian"), ("croatian", "Croatian"), ("romanian", "Romanian"),
    ("chinese", "Simplified Chinese"), ("bengali", "Bengali"), ("urdu", "Urdu"),
    ("hungarian", "Hungarian"), ("traditional-chinese", "Traditional Chinese"),
    ("polish", "Polish"), ("cantonese", "Cantonese"), ("danish", "Danish"),
    ("malayalam", "Malayalam"), ("tamil", "Tamil"), ("telugu", "Telugu"),
    ("czech", "Czech"), ("hebrew", "Hebrew"), ("zulu", "Zulu"), ("swedish", "Swedish"),
    ("lithuanian", "Lithuanian"), ("dutch", "Dutch"), ("flemish", "Flemish"),
    ("norwegian", "Norwegian"), ("finnish", "Finnish"), ("bulgarian", "Bulgarian"),
    ("latvian", "Latvian"), ("ukrainian", "Ukrainian"), ("mongolian", "Mongolian"),
    ("persian", "Persian"), ("odia", "Odia"), ("assamese", "Assamese"),
    ("kannada", "Kannada"), ("tagalog", "Tagalog"), ("amharic", "Amharic"),
    ("serbian", "Serbian"), ("slovak", "Slovak"), ("swahili", "Swahili"),
)

# The 16 v1 script styles (docs/joggai-api.md §6.5), each with a one-line description for the UI.
SCRIPT_STYLES: tuple[tuple[str, str], ...] = (
    ("Don't Worry", "Casual and reassuring: names a worry and shows how the product solves it."),
    ("Discovery", "An exciting new find, shared like a tip with a friend."),
    ("Data", "Facts, numbers and specifications up front."),
    ("Top 3 reasons", "Three clear reasons to buy, one after another."),
    ("Soft Selling", "Gentle and friendly, no hard push."),
    ("Humor & Meme", "Light-hearted and funny, in the style of social media memes."),
    ("Feature Explainer", "Walks through the main features and what each one does."),
    ("Soft Storytelling with Twist", "A short story that ends with a surprise."),
    ("Expert Advice", "Sounds like a knowledgeable expert recommending the product."),
    ("Unboxing & Review", "Like opening the box and giving an honest first review."),
    ("Challenge", "Sets a challenge and shows the product rising to it."),
    ("Problem/Solution", "States a common problem, then presents the product as the fix."),
    ("Comparison", "Shows how the product compares with the usual alternatives."),
    ("Creative/Innovative", "Highlights what is new and inventive about the product."),
    ("Emotional Appeal", "Speaks to feelings: comfort, joy, confidence."),
    ("Immersive Storytelling", "Puts the viewer inside a scene where the product shines."),
)

# Every script style either generation knows (docs/joggai-api.md §6.5), with its one-line description; which
# of them a generation accepts is its adapter's ``capabilities.script_styles``.
SCRIPT_STYLE_NOTES: dict[str, str] = {
    **dict(SCRIPT_STYLES),
    "Storytime": "A short, story-driven narration around the product.",
    "Light marketing": "Soft, friendly promotion without a hard sell.",
}

AVATAR_GENDERS = ("female", "male")
AVATAR_AGES = ("young_adult", "adult", "senior")
AVATAR_STYLES = ("professional", "social")
VOICE_GENDERS = ("female", "male")
VOICE_AGES = ("young", "middle_aged", "old")


# -- video jobs (the store persists them, jogg_desktop.jobs runs them) -----------------------


class JobStage(Enum):
    CREATED = "created"  # saved locally, render not yet requested
    REQUESTING = "requesting"  # render request in flight: it may reach the server
    UNCONFIRMED = "unconfirmed"  # request may have reached the server, no project id: check first
    RENDERING = "rendering"  # project id known, polling
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"  # render failed / deleted / gave up: see error
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self in (JobStage.REQUESTING, JobStage.RENDERING, JobStage.DOWNLOADING)


@dataclass(frozen=True)
class Job:
    id: int
    product: Product
    settings: VideoSettings
    stage: JobStage
    created_at: datetime
    updated_at: datetime
    project_id: str | None = None
    status: ProjectStatus | None = None
    credits: int = 0
    video_path: Path | None = None
    downloaded_bytes: int = 0
    total_bytes: int | None = None
    error_message: str | None = None
    error_details: str | None = None
    save_dir: Path | None = None  # where the finished video goes
    error_action: Action | None = None  # what to offer the user next (with error_message)
    generation: ApiGeneration = ApiGeneration.V1  # the API it is rendered, polled, downloaded on
    render_name: str | None = None  # the name its render request carried (looked up when lost)
    waiting: Waiting | None = None
    """Not stored: the job is sitting out a failed check or a rate limit until ``waiting.until``."""


# -- previews (jogg_desktop.jobs.previews runs them; the store keeps them beside the jobs) ----


@dataclass(frozen=True)
class PreviewStart:
    """What JoggAI answered for one style of a preview request (docs/joggai-api.md §8.4, §9.5)."""

    style: str
    preview_id: str | None
    """None: this style did not start (``error_message`` says why); the others go on."""
    error_message: str | None = None


@dataclass(frozen=True)
class PreviewReading:
    """One preview as JoggAI's list of previews shows it (v2, docs/joggai-api.md §8.7)."""

    status: ProjectStatus
    """``status.project_id`` is the preview's id; ``status.title`` the name its request carried."""
    style: str = ""
    """The visual style where the list names it (else empty)."""


@dataclass(frozen=True)
class PreviewJob:
    """One preview in one visual style: a paid job of its own (stored before the request).

    A *set* is the previews asked for together (one request on v2, one per style on v1); each
    style has its own row, stage and error. Stages are the video jobs' (:class:`JobStage`).
    """

    id: int
    set_id: int
    product: Product
    settings: VideoSettings
    """The settings of the set, with this preview's style as the look."""
    style: str
    stage: JobStage
    created_at: datetime
    updated_at: datetime
    generation: ApiGeneration = ApiGeneration.V2
    preview_id: str | None = None
    """JoggAI's id (v2 ``preview_id``, v1 ``project_id``); what ``render-preview`` takes."""
    status: ProjectStatus | None = None
    """The latest reading (``video_url``, ``cover_url``, ``duration`` once done)."""
    credits: float = 0.0
    save_dir: Path | None = None
    """Where its file goes; None: not downloaded (``previews --no-download``)."""
    video_path: Path | None = None
    """The local file once DONE (None with no download: use ``status.video_url``)."""
    error_message: str | None = None
    error_details: str | None = None
    error_action: Action | None = None
    request_name: str | None = None
    """The name its request carried (v2: a lost answer is looked up by it)."""
    render_job_id: int | None = None
    """The full video's :class:`Job` once "render this preview in full" was asked."""

    @property
    def video_url(self) -> str | None:
        return self.status.video_url if self.status else None
