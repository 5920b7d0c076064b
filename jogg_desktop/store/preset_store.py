"""Named presets of video settings (the settings used last are remembered by the UI, in QSettings)."""

from __future__ import annotations

from jogg_desktop.models import VideoSettings
from jogg_desktop.store import codec
from jogg_desktop.store.database import Database
from jogg_desktop.store.job_store import now


class PresetStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def names(self) -> list[str]:
        return [r[0] for r in self._db.query("SELECT name FROM presets ORDER BY name COLLATE NOCASE")]

    def get(self, name: str) -> VideoSettings | None:
        rows = self._db.query("SELECT settings_json FROM presets WHERE name = ?", (name,))
        return codec.settings_from_json(codec.loads(rows[0][0])) if rows else None

    def save(self, name: str, settings: VideoSettings) -> None:
        """Create or overwrite the preset ``name``."""
        name = _clean(name)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO presets (name, settings_json, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET settings_json = excluded.settings_json,"
                " updated_at = excluded.updated_at",
                (name, codec.dumps(codec.settings_to_json(settings)), now().isoformat()),
            )

    def rename(self, old: str, new: str) -> None:
        """Raises KeyError when ``old`` is missing, ValueError when ``new`` is taken."""
        new = _clean(new)
        with self._db.transaction() as conn:
            if conn.execute("SELECT 1 FROM presets WHERE name = ?", (old,)).fetchone() is None:
                raise KeyError(old)
            if new != old and conn.execute("SELECT 1 FROM presets WHERE name = ?", (new,)).fetchone():
                raise ValueError(f"a preset named {new!r} already exists")
            conn.execute("UPDATE presets SET name = ? WHERE name = ?", (new, old))

    def delete(self, name: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM presets WHERE name = ?", (name,))


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a preset needs a name")
    return name
