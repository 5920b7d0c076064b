"""Domain objects ⇄ JSON for the store's columns: the one place that knows their stored shape.

Reading is tolerant (missing fields take their defaults, unknown fields are ignored) so rows
written by an older or newer app version still load.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from jogg_desktop.models import (
    AspectRatio,
    JobState,
    Look,
    Media,
    MediaKind,
    Ownership,
    Product,
    ProjectStatus,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)

JsonDict = dict[str, Any]


def dumps(value: JsonDict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str | None) -> JsonDict:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def product_to_json(product: Product) -> JsonDict:
    return {
        "id": product.id,
        "url": product.url,
        "name": product.name,
        "description": product.description,
        "target_audience": product.target_audience,
        "media": [
            {"kind": int(m.kind), "url": m.url, "name": m.name, "description": m.description}
            for m in product.media
        ],
    }


def product_from_json(data: JsonDict) -> Product:
    return Product(
        id=str(data.get("id", "")),
        url=str(data.get("url", "")),
        name=str(data.get("name", "")),
        description=str(data.get("description", "")),
        target_audience=str(data.get("target_audience", "")),
        media=tuple(
            Media(
                kind=MediaKind(int(m.get("kind", 1))),
                url=str(m.get("url", "")),
                name=str(m.get("name", "")),
                description=str(m.get("description", "")),
            )
            for m in data.get("media", [])
            if isinstance(m, dict)
        ),
    )


def _look_to_json(look: Look) -> JsonDict:
    if isinstance(look, TemplateLook):
        return {"kind": "template", "template_id": look.template_id, "ownership": look.ownership.value}
    return {"kind": "visual_style", "name": look.name}


def _look_from_json(data: JsonDict) -> Look:
    if data.get("kind") == "template":
        return TemplateLook(int(data["template_id"]), Ownership(data.get("ownership", "public")))
    return VisualStyleLook(str(data.get("name", "FullScreen")))


def settings_to_json(settings: VideoSettings) -> JsonDict:
    return {
        "aspect": settings.aspect.value,
        "length": int(settings.length),
        "language": settings.language,
        "avatar_id": settings.avatar_id,
        "avatar_ownership": settings.avatar_ownership.value,
        "voice_id": settings.voice_id,
        "music_id": settings.music_id,
        "script_style": settings.script_style,
        "caption": settings.caption,
        "look": _look_to_json(settings.look),
        "script": settings.script,
        "name": settings.name,
    }


def settings_from_json(data: JsonDict) -> VideoSettings:
    default = VideoSettings()
    music = data.get("music_id")
    voice = data.get("voice_id")
    return VideoSettings(
        aspect=AspectRatio(data.get("aspect", default.aspect.value)),
        length=VideoLength(int(data.get("length", default.length))),
        language=str(data.get("language", default.language)),
        avatar_id=int(data.get("avatar_id", default.avatar_id)),
        avatar_ownership=Ownership(data.get("avatar_ownership", default.avatar_ownership.value)),
        voice_id=None if voice is None else str(voice),
        music_id=None if music is None else int(music),
        script_style=str(data.get("script_style", default.script_style)),
        caption=bool(data.get("caption", default.caption)),
        look=_look_from_json(data["look"]) if isinstance(data.get("look"), dict) else default.look,
        script=str(data.get("script", "")),
        name=str(data.get("name", "")),
    )


def status_to_json(status: ProjectStatus) -> JsonDict:
    return {
        "project_id": status.project_id,
        "state": status.state.value,
        "description": status.description,
        "title": status.title,
        "video_url": status.video_url,
        "cover_url": status.cover_url,
        "duration": status.duration,
        "created_at": status.created_at.isoformat() if status.created_at else None,
        "error_message": status.error_message,
        "credits_charged": status.credits_charged,
    }


def status_from_json(data: JsonDict) -> ProjectStatus:
    created = data.get("created_at")
    duration = data.get("duration")
    charged = data.get("credits_charged")
    return ProjectStatus(
        project_id=str(data.get("project_id", "")),
        state=JobState(data.get("state", JobState.QUEUED.value)),
        description=str(data.get("description", "")),
        title=str(data.get("title", "")),
        video_url=data.get("video_url"),
        cover_url=data.get("cover_url"),
        duration=None if duration is None else float(duration),
        created_at=datetime.fromisoformat(created) if created else None,
        error_message=data.get("error_message"),
        credits_charged=float(charged) if isinstance(charged, int | float) else None,
    )
