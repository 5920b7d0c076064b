"""One benchmark figure, and the table/JSON that the harness prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Result:
    key: str  # stable id for --json comparisons over time
    title: str
    value: float | None  # the app's figure (None: could not be measured)
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""
    ok: bool | None = None  # None: no verdict (skipped / not measurable)
    runs: list[float] = field(default_factory=list)
    baseline_runs: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        return data


def skipped(key: str, title: str, unit: str, target: str, why: str) -> Result:
    return Result(key, title, None, unit, target=target, note=f"not measured: {why}")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB/s":
        return f"{value:.0f} MB/s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "requests":
        return f"{value:.0f}"
    return f"{value:g} {unit}"


def table(results: list[Result]) -> str:
    """A Markdown table (pasted as-is into the README's Performance section)."""
    rows = [
        "| Benchmark | Jogg Desktop | Baseline (same run) | Ratio | Target | Verdict |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        base = _fmt(r.baseline, r.unit)
        if r.baseline_label:
            base = f"{r.baseline_label}: {base}"
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        verdict = {True: "ok", False: "**MISSED**", None: "—"}[r.ok]
        rows.append(f"| {r.title} | {_fmt(r.value, r.unit)} | {base} | {ratio} | {r.target} | {verdict} |")
    notes = [f"- {r.title}: {r.note}" for r in results if r.note]
    return "\n".join(rows + (["", *notes] if notes else []))


def comparison(results: list[Result], previous: dict[str, Any]) -> str:
    """Each figure next to the same figure of an earlier ``--json`` file (ratios: noise-resistant)."""
    before = {r["key"]: r for r in previous.get("results", [])}
    rows = [
        f"Compared with {previous.get('started', '?')} (commit {previous.get('commit', '?')}):",
        "",
        "| Benchmark | Then | Now | Ratio then | Ratio now |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        old = before.get(r.key)
        if old is None:
            continue
        old_ratio = "—" if old.get("ratio") is None else f"{old['ratio']:.2f}×"
        new_ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        then, now = _fmt(old.get("value"), r.unit), _fmt(r.value, r.unit)
        rows.append(f"| {r.title} | {then} | {now} | {old_ratio} | {new_ratio} |")
    return "\n".join(rows)
