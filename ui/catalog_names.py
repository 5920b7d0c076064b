"""Names from the core's fixed catalogs (script languages, script styles, avatar and voice
filters) in the app's language.

The core keeps English labels (it has no Qt); the words are marked here so pyside6-lupdate puts
them in the ``.ts`` files, and the widgets show them through :func:`catalog_text`. A test checks
that every label of :mod:`jogg_desktop.models` is marked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Catalog"

LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Catalog", "English"),
    QT_TRANSLATE_NOOP("Catalog", "Filipino"),
    QT_TRANSLATE_NOOP("Catalog", "French"),
    QT_TRANSLATE_NOOP("Catalog", "German"),
    QT_TRANSLATE_NOOP("Catalog", "Hindi"),
    QT_TRANSLATE_NOOP("Catalog", "Indonesian"),
    QT_TRANSLATE_NOOP("Catalog", "Italian"),
    QT_TRANSLATE_NOOP("Catalog", "Japanese"),
    QT_TRANSLATE_NOOP("Catalog", "Korean"),
    QT_TRANSLATE_NOOP("Catalog", "Malay"),
    QT_TRANSLATE_NOOP("Catalog", "Portuguese"),
    QT_TRANSLATE_NOOP("Catalog", "Russian"),
    QT_TRANSLATE_NOOP("Catalog", "Spanish"),
    QT_TRANSLATE_NOOP("Catalog", "Thai"),
    QT_TRANSLATE_NOOP("Catalog", "Vietnamese"),
    QT_TRANSLATE_NOOP("Catalog", "Arabic"),
    QT_TRANSLATE_NOOP("Catalog", "Greek"),
    QT_TRANSLATE_NOOP("Catalog", "Turkish"),
    QT_TRANSLATE_NOOP("Catalog", "Slovenian"),
    QT_TRANSLATE_NOOP("Catalog", "Croatian"),
    QT_TRANSLATE_NOOP("Catalog", "Romanian"),
    QT_TRANSLATE_NOOP("Catalog", "Simplified Chinese"),
    QT_TRANSLATE_NOOP("Catalog", "Bengali"),
    QT_TRANSLATE_NOOP("Catalog", "Urdu"),
    QT_TRANSLATE_NOOP("Catalog", "Hungarian"),
    QT_TRANSLATE_NOOP("Catalog", "Traditional Chinese"),
    QT_TRANSLATE_NOOP("Catalog", "Polish"),
    QT_TRANSLATE_NOOP("Catalog", "Cantonese"),
    QT_TRANSLATE_NOOP("Catalog", "Danish"),
    QT_TRANSLATE_NOOP("Catalog", "Malayalam"),
    QT_TRANSLATE_NOOP("Catalog", "Tamil"),
    QT_TRANSLATE_NOOP("Catalog", "Telugu"),
    QT_TRANSLATE_NOOP("Catalog", "Czech"),
    QT_TRANSLATE_NOOP("Catalog", "Hebrew"),
    QT_TRANSLATE_NOOP("Catalog", "Zulu"),
    QT_TRANSLATE_NOOP("Catalog", "Swedish"),
    QT_TRANSLATE_NOOP("Catalog", "Lithuanian"),
    QT_TRANSLATE_NOOP("Catalog", "Dutch"),
    QT_TRANSLATE_NOOP("Catalog", "Flemish"),
    QT_TRANSLATE_NOOP("Catalog", "Norwegian"),
    QT_TRANSLATE_NOOP("Catalog", "Finnish"),
    QT_TRANSLATE_NOOP("Catalog", "Bulgarian"),
    QT_TRANSLATE_NOOP("Catalog", "Latvian"),
    QT_TRANSLATE_NOOP("Catalog", "Ukrainian"),
    QT_TRANSLATE_NOOP("Catalog", "Mongolian"),
    QT_TRANSLATE_NOOP("Catalog", "Persian"),
    QT_TRANSLATE_NOOP("Catalog", "Odia"),
    QT_TRANSLATE_NOOP("Catalog", "Assamese"),
    QT_TRANSLATE_NOOP("Catalog", "Kannada"),
    QT_TRANSLATE_NOOP("Catalog", "Tagalog"),
    QT_TRANSLATE_NOOP("Catalog", "Amharic"),
    QT_TRANSLATE_NOOP("Catalog", "Serbian"),
    QT_TRANSLATE_NOOP("Catalog", "Slovak"),
    QT_TRANSLATE_NOOP("Catalog", "Swahili"),
)

SCRIPT_STYLE_TEXTS = (
    QT_TRANSLATE_NOOP("Catalog", "Don't Worry"),
    QT_TRANSLATE_NOOP("Catalog", "Casual and reassuring: names a worry and shows how the product solves it."),
    QT_TRANSLATE_NOOP("Catalog", "Discovery"),
    QT_TRANSLATE_NOOP("Catalog", "An exciting new find, shared like a tip with a friend."),
    QT_TRANSLATE_NOOP("Catalog", "Data"),
    QT_TRANSLATE_NOOP("Catalog", "Facts, numbers and specifications up front."),
    QT_TRANSLATE_NOOP("Catalog", "Top 3 reasons"),
    QT_TRANSLATE_NOOP("Catalog", "Three clear reasons to buy, one after another."),
    QT_TRANSLATE_NOOP("Catalog", "Soft Selling"),
    QT_TRANSLATE_NOOP("Catalog", "Gentle and friendly, no hard push."),
    QT_TRANSLATE_NOOP("Catalog", "Humor & Meme"),
    QT_TRANSLATE_NOOP("Catalog", "Light-hearted and funny, in the style of social media memes."),
    QT_TRANSLATE_NOOP("Catalog", "Feature Explainer"),
    QT_TRANSLATE_NOOP("Catalog", "Walks through the main features and what each one does."),
    QT_TRANSLATE_NOOP("Catalog", "Soft Storytelling with Twist"),
    QT_TRANSLATE_NOOP("Catalog", "A short story that ends with a surprise."),
    QT_TRANSLATE_NOOP("Catalog", "Expert Advice"),
    QT_TRANSLATE_NOOP("Catalog", "Sounds like a knowledgeable expert recommending the product."),
    QT_TRANSLATE_NOOP("Catalog", "Unboxing & Review"),
    QT_TRANSLATE_NOOP("Catalog", "Like opening the box and giving an honest first review."),
    QT_TRANSLATE_NOOP("Catalog", "Challenge"),
    QT_TRANSLATE_NOOP("Catalog", "Sets a challenge and shows the product rising to it."),
    QT_TRANSLATE_NOOP("Catalog", "Problem/Solution"),
    QT_TRANSLATE_NOOP("Catalog", "States a common problem, then presents the product as the fix."),
    QT_TRANSLATE_NOOP("Catalog", "Comparison"),
    QT_TRANSLATE_NOOP("Catalog", "Shows how the product compares with the usual alternatives."),
    QT_TRANSLATE_NOOP("Catalog", "Creative/Innovative"),
    QT_TRANSLATE_NOOP("Catalog", "Highlights what is new and inventive about the product."),
    QT_TRANSLATE_NOOP("Catalog", "Emotional Appeal"),
    QT_TRANSLATE_NOOP("Catalog", "Speaks to feelings: comfort, joy, confidence."),
    QT_TRANSLATE_NOOP("Catalog", "Immersive Storytelling"),
    QT_TRANSLATE_NOOP("Catalog", "Puts the viewer inside a scene where the product shines."),
    QT_TRANSLATE_NOOP("Catalog", "Storytime"),
    QT_TRANSLATE_NOOP("Catalog", "A short, story-driven narration around the product."),
    QT_TRANSLATE_NOOP("Catalog", "Light marketing"),
    QT_TRANSLATE_NOOP("Catalog", "Soft, friendly promotion without a hard sell."),
)

FILTER_WORDS = (
    QT_TRANSLATE_NOOP("Catalog", "Female"),
    QT_TRANSLATE_NOOP("Catalog", "Male"),
    QT_TRANSLATE_NOOP("Catalog", "Young adult"),
    QT_TRANSLATE_NOOP("Catalog", "Adult"),
    QT_TRANSLATE_NOOP("Catalog", "Senior"),
    QT_TRANSLATE_NOOP("Catalog", "Professional"),
    QT_TRANSLATE_NOOP("Catalog", "Social"),
    QT_TRANSLATE_NOOP("Catalog", "Young"),
    QT_TRANSLATE_NOOP("Catalog", "Middle aged"),
    QT_TRANSLATE_NOOP("Catalog", "Old"),
)

MARKED = frozenset(LANGUAGE_NAMES + SCRIPT_STYLE_TEXTS + FILTER_WORDS)


def catalog_text(english: str) -> str:
    """``english`` (a label of the core's catalogs) in the app's language."""
    return QCoreApplication.translate(CONTEXT, english)


def filter_word(value: str) -> str:
    """A filter value of the API (``young_adult``) as a word for people ("Young adult")."""
    return catalog_text(value.replace("_", " ").capitalize())
