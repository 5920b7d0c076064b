"""Keep the README's "Performance" section showing the latest table (``--update-readme``).

Only the text between the two markers is replaced (the file is re-read right before writing;
the rest of the README belongs to others). Without the markers, the section is appended.
"""

from __future__ import annotations

from pathlib import Path

BEGIN = "<!-- bench:latest:begin -->"
END = "<!-- bench:latest:end -->"


def render(header: list[str], table_text: str, footer: list[str]) -> str:
    lines = [BEGIN, "", *[f"{line}  " for line in header], "", table_text, ""]
    if footer:
        lines += [*footer, ""]
    return "\n".join([*lines, END])


def update(readme: Path, block: str) -> None:
    text = readme.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        end = text.index(END) + len(END)
        text = text[:start] + block + text[end:]
    else:
        text = text.rstrip("\n") + "\n\n## Performance\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")
