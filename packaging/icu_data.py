"""Slim Qt's ICU data library (libicudata.so.NN, 31 MB) to what Qt uses: ~8 MB (Linux bundle only).

Qt Core links ICU for collation (QCollator, file dialogs' natural sort), case mapping and
normalization. It has its own locale names, number/date formats, text boundaries and UTF codecs,
so the ICU data for locale display names (lang/, region/, curr/, unit/), break iterators
and their dictionaries (brkitr/), transliteration, spelled-out numbers (rbnf/), character names
and the legacy code-page converters (*.cnv) are never read. They are removed from the common data
package (ICU's "CmnD" format: a header, a table of contents, 16-byte aligned items), which is
linked back into a library exporting the same symbol (``icudtNN_dat``) with binutils' as/ld.

    python packaging/icu_data.py LIBICUDATA            (rewrites it in place; prints the sizes)
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item paths inside the package (after "icudtNNl/") that nothing in Qt reads. zone/ stays: Qt
# names time zones through ICU (QTimeZone::displayName, long date formats).
UNUSED = re.compile(r"^(brkitr|lang|region|curr|unit|translit|rbnf)/|^[^/]+\.cnv$|^unames\.icu$")
ALIGN = 16


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % ALIGN)


def parse(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common data package (little-endian)."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return package[:header_size], items


def build(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package bytes for these items (names sorted, as ICU's binary search needs)."""
    items = sorted(items)
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    body = b""
    data_offsets = []
    start = len(_pad(struct.pack("<I", 0) + bytes(8 * len(items)) + names))
    for _, data in items:
        data_offsets.append(start + len(body))
        body += _pad(data)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + _pad(table + names) + body


def slim(package: bytes) -> bytes:
    header, items = parse(package)
    kept = [(name, data) for name, data in items if not UNUSED.search(name.split("/", 1)[1])]
    return build(header, kept)


def _symbol(library: Path) -> tuple[str, bytes]:
    """The exported data symbol (icudtNN_dat) and its bytes, located with objdump."""
    table = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+) g\s+DO \S+\s+([0-9a-f]+)\s+(icudt\d+_dat)$", table, re.M)
    if not match:
        raise ValueError(f"{library} exports no icudtNN_dat")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        parts = line.split()
        if len(parts) >= 7 and parts[1].startswith("."):
            size_, vma, offset = int(parts[2], 16), int(parts[3], 16), int(parts[5], 16)
            if vma <= address < vma + size_:
                with library.open("rb") as handle:
                    handle.seek(address - vma + offset)
                    return name, handle.read(size)
    raise ValueError(f"no section of {library} holds {name}")


def slim_library(library: Path) -> tuple[int, int]:
    """Rewrite LIBRARY with the slimmed data; returns (bytes before, bytes after)."""
    name, package = _symbol(library)
    soname = library.name
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        (work / "data.dat").write_bytes(slim(package))
        (work / "data.s").write_text(
            f'.section .rodata\n.balign {ALIGN}\n.globl {name}\n.type {name}, @object\n'
            f'{name}:\n.incbin "{work / "data.dat"}"\n.size {name}, . - {name}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(work / soname), str(work / "data.o")],
                       check=True)
        library.write_bytes((work / soname).read_bytes())
    return before, library.stat().st_size


if __name__ == "__main__":
    old, new = slim_library(Path(sys.argv[1]))
    print(f"{sys.argv[1]}: {old / 2**20:.1f} MB -> {new / 2**20:.1f} MB")
