"""Text: normalisation with its offset map, the shared document view, cleaning, sentences, numbers, lexicon tables."""

from helpers.text.clean import (
    REMOVED_REASONS,
    REPORT_COLUMNS,
    Cleaned,
    report_frame,
    report_rows,
)
from helpers.text.normalise import (
    ALL_STEPS,
    Normalised,
    explain,
    lowercase_latin,
    normalise_alef,
    normalise_digits,
    normalise_hamza,
    normalise_punctuation,
    normalise_spaces,
    normalise_teh,
    normalise_text,
    normalise_yeh,
    remove_bidi_controls,
    remove_diacritics,
    remove_invisible,
    remove_tatweel,
)
from helpers.text.numbers import (
    NumberPhrase,
    format_value,
    number_phrases,
    parse_number,
)
from helpers.text.segment import (
    Paragraph,
    Sentence,
    Token,
    detect_language,
    document_language,
    paragraphs,
    profile,
    sentences,
    tokens,
)
from helpers.text.view import (
    MATCH_STEPS,
    DocumentView,
    match_view,
)

__all__ = [
    "ALL_STEPS", "Normalised", "normalise_text", "normalise_alef", "normalise_yeh",
    "normalise_teh", "normalise_hamza", "remove_diacritics", "remove_tatweel",
    "normalise_digits", "normalise_spaces", "remove_invisible", "remove_bidi_controls",
    "normalise_punctuation", "lowercase_latin", "explain", "DocumentView", "MATCH_STEPS",
    "match_view", "Cleaned", "report_frame",
    "report_rows", "REPORT_COLUMNS", "REMOVED_REASONS", "Paragraph", "Sentence", "Token",
    "paragraphs", "sentences", "tokens", "profile", "detect_language", "document_language",
    "NumberPhrase", "number_phrases", "parse_number", "format_value",
]
