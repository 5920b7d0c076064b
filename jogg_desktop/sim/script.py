"""The narration the simulated "AI" writes: a few sentences from the product, in a style."""

from __future__ import annotations

import re

_HOOKS = {
    "Don't Worry": "Don't worry: {name} has you covered.",
    "Discovery": "Look what I just found: {name}!",
    "Data": "Here are the facts about {name}.",
    "Storytime": "Let me tell you how {name} changed my week.",
    "Light marketing": "Say hello to {name}.",
    "Top 3 reasons": "Three reasons to love {name}.",
    "Soft Selling": "Meet {name}, made to make your day easier.",
    "Humor & Meme": "Me before {name}: chaos. Me after: calm.",
    "Feature Explainer": "How does {name} work? Let me show you.",
    "Soft Storytelling with Twist": "It started as an ordinary day, until {name} arrived.",
    "Expert Advice": "As an expert, here's why I recommend {name}.",
    "Unboxing & Review": "Let's unbox {name} together.",
    "Challenge": "Can {name} pass the everyday test?",
    "Problem/Solution": "Tired of the usual hassle? {name} fixes it.",
    "Comparison": "{name} versus the rest: here's the difference.",
    "Creative/Innovative": "Something new: {name} rethinks the everyday.",
    "Emotional Appeal": "Some things just feel right, like {name}.",
    "Immersive Storytelling": "Picture this: you, your morning, and {name}.",
}


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return [p.strip() for p in parts if len(p.strip()) > 3]


def write_script(name: str, description: str, style: str, length: int, override: str = "") -> list[str]:
    """Caption lines, about one per three seconds of video."""
    if override.strip():
        lines = _sentences(override) or [override.strip()]
    else:
        short = name.split(",")[0].strip() or "this product"
        hook = _HOOKS.get(style, "Meet {name}.").format(name=short)
        body = _sentences(description)
        lines = [hook, *body, f"Get your {short} today!"]
    wanted = max(3, length // 3)
    if len(lines) > wanted:
        lines = [*lines[: wanted - 1], lines[-1]]
    return [line if len(line) <= 120 else line[:117].rstrip() + "…" for line in lines]


def timed_captions(lines: list[str], seconds: float) -> list[tuple[float, float, str]]:
    """Spread the lines over the video, longer lines staying longer."""
    weights = [max(len(line), 20) for line in lines]
    total = float(sum(weights))
    out: list[tuple[float, float, str]] = []
    at = 0.0
    for line, weight in zip(lines, weights, strict=True):
        end = at + seconds * weight / total
        out.append((round(at, 3), round(end, 3), line))
        at = end
    return out
