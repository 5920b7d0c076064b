"""Sound made with the stdlib: voice samples and music as WAV files (``wave``), and the
soundtrack of a render (a voice-like murmur while captions show, over the chosen music)."""

from __future__ import annotations

import array
import math
import operator
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


def _syllable(rng: random.Random, pitch: float, level: float) -> array.array[int]:
    """One short gliding tone with harmonics, shaped like a spoken syllable."""
    length = int(RATE * rng.uniform(0.09, 0.22))
    start = pitch * rng.uniform(0.85, 1.2)
    end = start * rng.uniform(0.8, 1.15)
    out = array.array("h")
    phase = 0.0
    for i in range(length):
        phase += 2 * math.pi * (start + (end - start) * i / length) / RATE
        value = math.sin(phase) + 0.5 * math.sin(2 * phase) + 0.25 * math.sin(3 * phase)
        out.append(int(level * math.sin(math.pi * i / length) * value))
    return out


def voice_samples(pitch: float, seed: str, seconds: float, level: float = 7000) -> array.array[int]:
    """Speech-like murmur: a dozen syllables of this voice, strung together with pauses."""
    rng = random.Random(seed)
    syllables = [_syllable(random.Random(f"{pitch}:{n}"), pitch, level) for n in range(12)]
    samples = array.array("h")
    total = int(seconds * RATE)
    while len(samples) < total:
        samples.extend(rng.choice(syllables))
        if rng.random() < 0.3:
            samples.extend(bytes(2 * int(RATE * rng.uniform(0.05, 0.15))))
    del samples[total:]
    return samples


def music_samples(tempo: int, seconds: float, seed: str, level: float = 1.0) -> array.array[int]:
    """A four-chord loop with a kick on every beat, faded in and out (one bar per chord is
    synthesised, then repeated: cheap enough for a 60 s render)."""
    rng = random.Random(seed)
    roots = [rng.choice((220.0, 246.9, 261.6, 293.7)) * r for r in (1.0, 0.75, 0.84, 0.89)]
    beat = 60.0 / tempo
    bar = int(4 * beat * RATE)
    two_pi = 2 * math.pi
    bars = []
    for root in roots:
        one = array.array("h")
        for n in range(bar):
            t = n / RATE
            chord = math.sin(two_pi * root * t) + 0.6 * math.sin(two_pi * root * 1.26 * t)
            chord += 0.5 * math.sin(two_pi * root * 1.5 * t)
            since_beat = t % beat
            kick = math.exp(-since_beat * 30) * math.sin(two_pi * 60 * since_beat)
            one.append(int(level * (3500 * chord + 9000 * kick)))
        bars.append(one)
    total = int(seconds * RATE)
    samples = array.array("h")
    while len(samples) < total:
        samples.extend(bars[(len(samples) // bar) % len(bars)])
    del samples[total:]
    ramp = min(total // 2, RATE // 2)
    for i in range(ramp):
        samples[i] = int(samples[i] * i / ramp)
        samples[total - 1 - i] = int(samples[total - 1 - i] * i / ramp)
    return samples


def voice_sample(dest: Path, pitch: float, seed: str, seconds: float = 2.5) -> None:
    _write(dest, voice_samples(pitch, seed, seconds))


def music_track(dest: Path, tempo: int, seconds: int, seed: str) -> None:
    _write(dest, music_samples(tempo, seconds, seed))


def soundtrack(
    seconds: float,
    captions: list[tuple[float, float, str]],
    voice: tuple[float, str] | None,
    music: tuple[int, str] | None,
) -> array.array[int]:
    """The render's audio: ``voice`` (pitch, seed) murmurs during each caption, over ``music``
    (tempo, seed) at a third of its volume."""
    total = int(seconds * RATE)
    silence = array.array("h", bytes(2 * total))
    mix = music_samples(music[0], seconds, music[1], level=0.33) if music else silence
    del mix[total:]
    if voice is not None:
        pitch, seed = voice
        for start, end, text in captions:
            first = int(start * RATE)
            speech = voice_samples(pitch, f"{seed}:{text}", max(0.0, end - start - 0.25))
            stop = min(total, first + len(speech))
            # Levels keep the sum inside 16 bits (music ≤ ~5.5k, voice ≤ ~12.3k): no clipping.
            mix[first:stop] = array.array("h", map(operator.add, mix[first:stop], speech))
    return mix
