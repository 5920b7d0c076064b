"""``python -m bench``: run every benchmark, print the machine and a table (and JSON on request).

.venv/bin/python -m bench                 # full run (≈ several minutes)
.venv/bin/python -m bench --quick         # fewer repetitions, smaller inputs where allowed
.venv/bin/python -m bench --only startup,polls --json bench/results/run.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import avatars, batch, download, history, polls, readme, rss, stall, startup, thumbnails
from bench.context import REPO, Context
from bench.machine import describe, load_average, machine_info
from bench.result import Result, comparison, table

BENCHMARKS: dict[str, Callable[[Context], list[Result]]] = {
    "startup": startup.run,
    "polls": polls.run,
    "download": download.run,
    "thumbnails": thumbnails.run,
    "stall": stall.run,
    "rss": rss.run,  # after startup: uses the bare window's RSS measured there
    "history": history.run,
    "avatars": avatars.run,
    "batch": batch.run,
}


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jogg-desktop-bench"


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    parser.add_argument("--only", default="", help="comma-separated subset of: " + ", ".join(BENCHMARKS))
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON ('-' = stdout)")
    parser.add_argument(
        "--compare", type=Path, metavar="JSON", help="also compare with an earlier --json file"
    )
    parser.add_argument("--cache-dir", type=Path, default=_default_cache(), help="generated inputs")
    parser.add_argument("--runs", type=int, help="repetitions of every measurement (default 3–11)")
    parser.add_argument(
        "--update-readme", action="store_true", help="put this table into the README's Performance section"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--tiny", action="store_true", help="tiny inputs, one run each (checks the drivers, not speed)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="progress of each run")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    if "rss" in names and "startup" not in names:
        names.insert(0, "startup")  # rss compares against the bare window measured there
    out = sys.stderr if args.json == "-" else sys.stdout
    info = machine_info()
    load_before = load_average()
    started = datetime.now(UTC)
    mode = " (quick)" if args.quick else ""
    title = f"Jogg Desktop benchmarks, {started:%Y-%m-%d %H:%M} UTC{mode}"
    print(title, file=out)
    print(f"Machine: {describe(info)}", file=out)
    print(f"Load average (1/5/15 min) before: {load_before}", file=out, flush=True)

    args.cache_dir.mkdir(parents=True, exist_ok=True)
    _compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="jogg-bench-"))
    ctx = Context(
        quick=args.quick,
        cache_dir=args.cache_dir,
        work_dir=work,
        verbose=args.verbose,
        runs_override=args.runs,
        tiny=args.tiny,
    )
    results: list[Result] = []
    t0 = time.monotonic()
    try:
        for name in names:
            print(f"running {name}…", file=out, flush=True)
            try:
                results.extend(BENCHMARKS[name](ctx))
            except Exception as exc:  # one broken benchmark must not hide the others
                if args.verbose:
                    traceback.print_exc()
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                results.append(Result(name, name, None, "", note=f"failed: {first[:200]}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load_after = load_average()
    table_text = table(results)
    load_line = (
        f"Load average (1/5/15 min) before: {load_before}, after: {load_after}; "
        f"took {time.monotonic() - t0:.0f} s"
    )
    print(file=out)
    print(table_text, file=out)
    print(file=out)
    print(load_line, file=out)
    if args.compare:
        print(file=out)
        print(comparison(results, json.loads(args.compare.read_text())), file=out)
    if args.update_readme:
        header = [f"**{title}** (commit {_commit()})", f"Machine: {describe(info)}", load_line]
        readme.update(REPO / "README.md", readme.render(header, table_text, []))
    if args.json:
        doc = {
            "started": started.isoformat(timespec="seconds"),
            "quick": args.quick,
            "machine": info,
            "load_before": load_before,
            "load_after": load_after,
            "commit": _commit(),
            "results": [r.as_dict() for r in results],
        }
        text = json.dumps(doc, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).parent.mkdir(parents=True, exist_ok=True)
            Path(args.json).write_text(text + "\n")
    return 1 if args.check and any(r.ok is False for r in results) else 0


def _compile_bytecode() -> None:
    """Byte-compile the app first, as an installed app is: with PYTHONDONTWRITEBYTECODE set (the
    test script sets it) every start would compile ~30 modules from source, ≈ 50 ms of CPU."""
    import compileall

    for name in ("jogg_desktop", "ui", "resources", "bench"):
        compileall.compile_dir(str(REPO / name), quiet=1)
    compileall.compile_file(str(REPO / "main.py"), quiet=1)


def _commit() -> str:
    head = REPO / ".git" / "HEAD"
    try:
        import subprocess

        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return head.read_text().strip() if head.exists() else ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
