"""The translations are complete and consistent with the sources.

- The ``.ts`` files hold exactly the strings the sources translate (pyside6-lupdate run afresh).
- Every message of every language is translated (``python scripts/i18n.py untranslated`` lists
  what is missing), with the same placeholders, accelerators and markup as the English, and the
  language's number of ``%n`` plural forms, each with ``%n``.
- A translation identical to the English is a slip, unless it is on the short list below.
- The ``.ts`` files compile with pyside6-lrelease and the app then speaks the language.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts import i18n as pipeline

LANGUAGES = pipeline.LANGUAGES
ALL = pipeline.ALL  # plus English, whose file holds the plural forms only
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "pt_BR": 2, "ja": 1, "zh_CN": 1, "en": 2}

# Sources a translation may repeat as they are: names, and words these languages share.
SAME_EVERYWHERE = {"Jogg Desktop", "&Jogg", "DEMO", "TikTok, Reels, Shorts", "%1… %n s"}
# Names of languages that several languages write as English does.
LANGUAGE_NAMES = {"Filipino", "Hindi", "Urdu", "Malayalam", "Tamil", "Telugu", "Zulu", "Kannada", "Tagalog",
                  "Bengali", "Odia", "Swahili"}
SAME_IN = {
    "de": {"Video", "Status", "Format", "Avatar", "Avatar {id}", "Pause", "&Name", "Humor & Meme",
           "Information", "Problem", "Look", "Looks"},
    "es": {"Avatar", "Avatar {id}", "General", "Feeds, marketplaces", "%1 — DEMO", "DEMO — %1"},
    "fr": {"Date", "Avatar", "Avatar {id}", "Avatars", "avatars", "Format", "Pause", "Notifications",
           "Image", "Message", "&Description", "Portrait 9:16", "Senior", "Information", "Script",
           "portrait", "Formats"},
    "pt_BR": {"Status", "Avatar", "Avatar {id}", "Feeds, marketplaces", "Ctrl+Enter", "%1 — DEMO",
              "DEMO — %1"},
    "ja": {"JoggAI API", "Ctrl+Enter"},
    "zh_CN": set(),
}
for _language in ("de", "es", "fr", "pt_BR"):
    SAME_IN[_language] |= LANGUAGE_NAMES

PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+(?::[^}]*)?\}|<[^>]+>")
ACCELERATOR = re.compile(r"&(?=[^\s&;])")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def messages(language: str) -> list[pipeline.Message]:
    return pipeline.read_messages(pipeline.ts_file(language))


def keys(found: list[pipeline.Message]) -> set[tuple[str, str, str, bool]]:
    return {(m.context, m.source, m.comment, m.numerus) for m in found}


def test_the_ts_files_hold_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    fresh = [tmp_path / pipeline.ts_file(lang).name for lang in ALL]
    for lang, copy in zip(ALL, fresh, strict=True):
        shutil.copy(pipeline.ts_file(lang), copy)
    pipeline.update(fresh)
    for lang, copy in zip(ALL, fresh, strict=True):
        committed, current = keys(messages(lang)), keys(pipeline.read_messages(copy))
        new = sorted(f"[{c}] {s!r}" for c, s, _, _ in current - committed)
        gone = sorted(f"[{c}] {s!r}" for c, s, _, _ in committed - current)
        assert not new and not gone, (
            f"{lang}: the .ts file is out of date: run `python scripts/i18n.py update`, then translate "
            f"what `python scripts/i18n.py untranslated` lists.\nnew: {new}\ngone: {gone}")


@pytest.mark.parametrize("language", ALL)
def test_every_message_is_translated(language: str) -> None:
    missing = [f"[{m.context}] {m.source!r}" for m in messages(language) if not m.finished]
    assert not missing, f"{language}: {len(missing)} untranslated: {missing[:20]}"


@pytest.mark.parametrize("language", ALL)
def test_placeholders_and_plural_forms_match_the_english(language: str) -> None:
    problems = []
    for m in messages(language):
        if m.numerus and len(m.translations) != PLURAL_FORMS[language]:
            problems.append(f"{m.source!r}: {len(m.translations)} plural forms")
        for text in m.translations:
            if placeholders(text) != placeholders(m.source):
                problems.append(f"{m.source!r} → {text!r}: placeholders {placeholders(text)}")
            if m.numerus and "%n" not in text:
                problems.append(f"{m.source!r} → {text!r}: no %n")
            if bool(ACCELERATOR.search(m.source)) != bool(ACCELERATOR.search(text)):
                problems.append(f"{m.source!r} → {text!r}: the & shortcut")
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_the_english_by_slip(language: str) -> None:
    allowed = SAME_EVERYWHERE | SAME_IN[language]
    slips = [
        m.source for m in messages(language)
        if m.source not in allowed and any(t == m.source for t in m.translations)
        and re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", m.source))
    ]
    assert not slips, f"{language}: left in English: {slips}"


def test_the_checks_catch_slips() -> None:
    """The checks above can fail: a wrong placeholder and an English leftover are found."""
    assert placeholders("Saved as {name}") != placeholders("Gespeichert als {nom}")
    assert placeholders("“%1” could not be uploaded. %2") != placeholders("„%1“ fehlgeschlagen.")
    assert ACCELERATOR.search("&API key") and not ACCELERATOR.search("API-Schlüssel")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_compile_and_load(language: str, tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    [qm] = pipeline.compile_all(tmp_path, (language,))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        english = "Quit"
        assert QCoreApplication.translate("Notifier", english) != english
        n = QCoreApplication.translate("Notifier", "Jogg Desktop — making %n video(s)", None, 3)
        assert "3" in n and "%n" not in n and "(s)" not in n
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_label_of_the_core_catalogs_is_marked_for_translation() -> None:
    """Script languages, script styles and filter words come from the Qt-free core in English."""
    from jogg_desktop import models
    from ui.catalog_names import MARKED

    labels = {label for _, label in models.LANGUAGES}
    labels |= {text for pair in models.SCRIPT_STYLE_NOTES.items() for text in pair}
    filters = (models.AVATAR_GENDERS + models.AVATAR_AGES + models.AVATAR_STYLES + models.VOICE_GENDERS
               + models.VOICE_AGES)
    labels |= {value.replace("_", " ").capitalize() for value in filters}
    assert labels - MARKED == set(), "add them to ui/catalog_names.py"


def test_the_catalog_shows_in_the_app_language(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.catalog_names import catalog_text, filter_word

    [qm] = pipeline.compile_all(tmp_path, ("de",))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert catalog_text("German") == "Deutsch"
        assert filter_word("young_adult") == "Junge Erwachsene"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_plurals_read_as_english(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.i18n import credits_text

    [qm] = pipeline.compile_all(tmp_path, ("en",))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert (credits_text(1), credits_text(2)) == ("1 credit", "2 credits")
    finally:
        QCoreApplication.removeTranslator(translator)
