"""Playable WAV files for voice samples and music, made with the stdlib ``wave`` module."""

from __future__ import annotations

import array
import math
import os
import random
import wave
from pathlib import Path

RATE = 11025


def _write(dest: Path, samples: array.array[int]) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    with wave.open(str(part), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    os.replace(part, dest)


def voice_sample(dest: Path, pitch: float, seed: str, seconds: float = 2.5) -> None:
    """Speech-like syllables: short gliding tones with harmonics and pauses."""
    rng = random.Random(seed)
    samples = array.array("h")
    while len(samples) < seconds * RATE:
        length = int(RATE * rng.uniform(0.09, 0.22))
        start = pitch * rng.uniform(0.85, 1.2)
        end = start * rng.uniform(0.8, 1.15)
        phase = 0.0
        for i in range(length):
            f = start + (end - start) * i / length
            phase += 2 * math.pi * f / RATE
            envelope = math.sin(math.pi * i / length)
            value = math.sin(phase) + 0.5 * math.sin(2 * phase) + 0.25 * math.sin(3 * phase)
            samples.append(int(7000 * envelope * value))
        if rng.random() < 0.3:
            samples.extend([0] * int(RATE * rng.uniform(0.05, 0.15)))
    _write(dest, samples)


def music_track(dest: Path, tempo: int, seconds: int, seed: str) -> None:
    """A simple chord progression with a beat, ``seconds`` long."""
    rng = random.Random(seed)
    roots = [rng.choice((220.0, 246.9, 261.6, 293.7)) * r for r in (1.0, 0.75, 0.84, 0.89)]
    beat = 60.0 / tempo
    samples = array.array("h")
    total = int(seconds * RATE)
    for n in range(total):
        t = n / RATE
        root = roots[int(t / (beat * 4)) % len(roots)]
        chord = math.sin(2 * math.pi * root * t) + 0.6 * math.sin(2 * math.pi * root * 1.26 * t)
        chord += 0.5 * math.sin(2 * math.pi * root * 1.5 * t)
        since_beat = t % beat
        kick = math.exp(-since_beat * 30) * math.sin(2 * math.pi * 60 * since_beat)
        fade = min(1.0, t * 2, (seconds - t) * 2)
        samples.append(int(fade * (3500 * chord + 9000 * kick)))
    _write(dest, samples)
