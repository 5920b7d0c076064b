"""The app's languages: ``tr()`` outside a QObject, and installing translations at start-up.

Widgets translate with their own ``self.tr``; code outside a QObject uses :func:`tr` below
(pyside6-lupdate files its strings under the empty context, and so does this function).
Our translations are ``resources/translations/jogg-desktop_<lang>.qm``, compiled from the
``.ts`` files by ``scripts/i18n.py compile`` (set-up and installer builds run it). Qt's own
dialogs get the matching ``qtbase_<lang>.qm`` from PySide6, so a window never mixes languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from datetime import datetime

LANGUAGE_SETTING = "ui/language"
"""The language chosen in Preferences: "" follows the system, else a code from LANGUAGES."""

# Each language in its own name, as a seller looks for it in a list.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
    "zh_CN": "简体中文",
}
CATALOG = "jogg-desktop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (``%n`` forms with ``n``); for code that is not a QObject."""
    return QCoreApplication.translate("", text, disambiguation, n)


def translations_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def choose_locale(language: str = "") -> QLocale:
    """The locale for ``language`` (e.g. a code from LANGUAGES), or the system's for ""."""
    return QLocale(language) if language else QLocale.system()


def install_translations(app: QCoreApplication, language: str = "", folder: Path | None = None) -> str:
    """Install our translation and Qt's for ``language`` ("" = the system's); returns the code used.

    Where we have no translation for the language, everything is English, Qt's dialogs too (our
    English file only holds the ``%n`` plural forms), and dates and numbers keep the system's
    regional format. The chosen locale becomes ``QLocale()``'s default, so sizes, dates and
    durations follow the same language.
    """
    folder = folder or translations_dir()
    locale = choose_locale(language)
    ours = QTranslator()
    code = _code_of(ours.filePath()) if ours.load(locale, CATALOG, "_", str(folder)) else "en"
    if code == "en":
        if locale.language() != QLocale.Language.English:
            locale = QLocale(QLocale.Language.English, locale.territory())
        ours = QTranslator()
        if not ours.load(f"{CATALOG}_en", str(folder)):
            QLocale.setDefault(locale)
            return "en"
    QLocale.setDefault(locale)
    ours.setParent(app)
    app.installTranslator(ours)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", _qt_translations_dir()):
            app.installTranslator(qt)
    return code


def _code_of(qm_path: str) -> str:
    """``…/jogg-desktop_pt_BR.qm`` → ``pt_BR``."""
    return Path(qm_path).stem.removeprefix(CATALOG + "_")


def format_size(count: int) -> str:
    """A byte count for people, in the app's language ("12.3 MB", "12,3 Mo")."""
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeSIFormat)



def credits_text(count: int) -> str:
    """"1 credit", "3 credits" — in the app's language, with its plural forms."""
    return tr("%n credit(s)", "", count)


def seconds_text(count: int) -> str:
    """"15 seconds" — a video length, in the app's language."""
    return tr("%n second(s)", "", count)


def format_datetime(moment: datetime) -> str:
    """A date and time in the app's locale, short form, in local time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
