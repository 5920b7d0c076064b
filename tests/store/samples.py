"""Domain objects with every field set, for round-trip tests."""

from __future__ import annotations

from datetime import UTC, datetime

from jogg_desktop.models import (
    AspectRatio,
    JobState,
    Media,
    MediaKind,
    Ownership,
    Product,
    ProjectStatus,
    TemplateLook,
    VideoLength,
    VideoSettings,
)

PRODUCT = Product(
    id="prod-1",
    url="https://shop.example/p/1",
    name="Blue mug «ünïcode»",
    description="A mug.",
    target_audience="tea drinkers",
    media=(
        Media(MediaKind.IMAGE, "https://cdn.example/1.jpg", "front", "the front"),
        Media(MediaKind.VIDEO, "https://cdn.example/2.mp4"),
    ),
)

SETTINGS = VideoSettings(
    aspect=AspectRatio.LANDSCAPE,
    length=VideoLength.MEDIUM,
    language="german",
    avatar_id=42,
    avatar_ownership=Ownership.CUSTOM,
    voice_id="voice-9",
    music_id=7,
    script_style="Data",
    caption=False,
    look=TemplateLook(11, Ownership.CUSTOM),
    script="Buy it.",
    name="Mug video",
)

STATUS = ProjectStatus(
    project_id="proj-1",
    state=JobState.DONE,
    description="done",
    title="Mug video",
    video_url="https://cdn.example/v.mp4",
    cover_url="https://cdn.example/c.jpg",
    duration=31.5,
    created_at=datetime(2026, 11, 27, 1, 2, 3, tzinfo=UTC),
    error_message=None,
)
