"""The translation pipeline: sources → .ts (pyside6-lupdate) → .qm (pyside6-lrelease).

    python scripts/i18n.py update                 # re-read every tr() from ui/ into the .ts files
    python scripts/i18n.py compile [--out DIR]    # .ts → .qm (set-up and installer builds run it)
    python scripts/i18n.py untranslated [LANG…]   # what still needs a translator (exit 1 if any)
    python scripts/i18n.py fill FILE.json         # put translations from FILE into the .ts files

``fill`` reads ``{"de": {"English source": "Deutsch", "%n video(s)": ["%n Video", "%n Videos"]}}``;
a key ``"Context|English source"`` applies to that context only. The ``.ts`` files are the
reference (in git); ``.qm`` files are build outputs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
CATALOG = "jogg-desktop"
LANGUAGES = ("de", "es", "fr", "ja", "pt_BR", "zh_CN")
ENGLISH = "en"  # the English plural forms of %n messages only ("1 credit", "2 credits")
ALL = (*LANGUAGES, ENGLISH)
SOURCE_DIRS = ("ui",)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    files = [p for d in SOURCE_DIRS for p in sorted((root / d).rglob("*.py")) if "__pycache__" not in p.parts]
    return files


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def update(ts_files: list[Path], root: Path = ROOT) -> None:
    """Bring ``ts_files`` in line with the sources: new strings added, vanished ones dropped.

    The English file (``…_en.ts``) gets only the messages with ``%n`` plural forms.
    """
    sources = [str(p.relative_to(root)) for p in source_files(root)]
    english = [ts for ts in ts_files if ts.stem.endswith(f"_{ENGLISH}")]
    others = [ts for ts in ts_files if ts not in english]
    for group, extra in ((others, []), (english, ["-pluralonly"])):
        if not group:
            continue
        for ts in group:
            ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
             "-source-language", "en", *extra, "-ts", *[str(ts) for ts in group]],
            cwd=root, check=True, stdout=subprocess.DEVNULL)


def compile_all(out: Path = TS_DIR, languages: tuple[str, ...] = ALL) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        qm = out / f"{CATALOG}_{language}.qm"
        command = [tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)]
        subprocess.run(command, check=True)
        built.append(qm)
    return built


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if numerus else (
                translation.text or "",)
            kind = translation.get("type")
            messages.append(Message(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "", numerus=numerus, translations=forms,
                finished=kind not in ("unfinished", "vanished", "obsolete") and all(forms)))
    return messages


def untranslated(language: str) -> list[Message]:
    return [m for m in read_messages(ts_file(language)) if not m.finished]


def fill(ts: Path, table: dict[str, str | list[str]]) -> int:
    """Write translations from ``table`` into ``ts``; returns how many messages were filled."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = list(translation.iter("numerusform"))
                values = value if isinstance(value, list) else [value]
                for index, form in enumerate(forms):
                    form.text = values[min(index, len(values) - 1)]
            else:
                translation.text = value if isinstance(value, str) else value[-1]
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    comp = sub.add_parser("compile")
    comp.add_argument("--out", type=Path, default=TS_DIR)
    unt = sub.add_parser("untranslated")
    unt.add_argument("languages", nargs="*", default=list(ALL))
    fil = sub.add_parser("fill")
    fil.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        update([ts_file(lang) for lang in ALL])
        return 0
    if args.command == "compile":
        for qm in compile_all(args.out):
            print(qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm)
        return 0
    if args.command == "untranslated":
        missing = 0
        for language in args.languages:
            todo = untranslated(language)
            missing += len(todo)
            print(f"{language}: {len(todo)} untranslated")
            for message in todo:
                print(f"  [{message.context}] {message.source!r}" + (" (%n)" if message.numerus else ""))
        return 1 if missing else 0
    tables = json.loads(args.file.read_text("utf-8"))
    for language, table in tables.items():
        print(f"{language}: {fill(ts_file(language), table)} filled")
    update([ts_file(lang) for lang in tables])  # back to lupdate's own layout
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
