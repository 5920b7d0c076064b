"""The repository explains itself: nothing outside docs/ points at notes that live outside it.

The API facts the code relies on are in docs/joggai-api.md (same section numbers as the notes the
code was first written against), and JoggAI's specs are in docs/joggai/. Code comments cite
``docs/joggai-api.md §N``, never the old notes' file (``OLD_NOTES``) or a path into ``../shared``.
(This file never spells that name out, so rewriting the citations elsewhere leaves it alone.)
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_NOTES = "API" + ".md"  # the API notes the code was first written against, outside the repo
# Those notes and the Qt notes live beside the repository, not in it.
OUTSIDE = re.compile(
    rf"(?<![\w-]){re.escape(OLD_NOTES)}\b|qt-stack\.md|\.\./shared\b|/work/shared\b|shared/notes"
)
DOC = ROOT / "docs" / "joggai-api.md"


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [ROOT / name for name in listed if not name.startswith("docs/") and (ROOT / name).is_file()]


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return ""


def test_no_file_outside_docs_points_outside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _tracked_files()
        if path != Path(__file__)
        for n, line in enumerate(_text(path).splitlines(), start=1)
        if OUTSIDE.search(line)
    ]
    assert not offenders, "\n".join(offenders)


def _sections() -> set[str]:
    """"6", "6.1", … and "13#18" for the numbered quirks of §13."""
    found: set[str] = set()
    current = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"#{2,3} (\d+)(?:\.(\d+))?\.? ", line):
            current = m.group(1)
            found.add(current if m.group(2) is None else f"{current}.{m.group(2)}")
        elif current == "13" and (m := re.match(r"(\d+)\. ", line)):
            found.add(f"13#{m.group(1)}")
    return found


def test_every_section_the_code_cites_exists_in_the_api_notes() -> None:
    """Every ``OLD_NOTES §N`` (today) and ``docs/joggai-api.md §N`` (after the rewrite) has a home."""
    sections = _sections()
    cited = re.compile(r"(?:\bAPI|joggai-api)\.md\s+§(\d+(?:\.\d+)?)(?:\s+#(\d+))?")
    missing = []
    for path in _tracked_files():
        if path.suffix != ".py":
            continue
        text = re.sub(r"\s*\n\s*", " ", _text(path))  # citations wrap across comment lines
        text = text.replace("# ", "")
        for m in cited.finditer(text):
            wanted = f"13#{m.group(2)}" if m.group(1) == "13" and m.group(2) else m.group(1)
            if wanted not in sections:
                missing.append(
                    f"{path.relative_to(ROOT)}: §{m.group(1)}{' #' + m.group(2) if m.group(2) else ''}"
                )
    assert not missing, "\n".join(missing)
