"""Text: normalisation with its offset map, the shared document view, cleaning, sentences, numbers, lexicon tables."""

from helpers.text.normalise import (
    ALL_STEPS, Normalised, normalise_text, normalise_alef, normalise_yeh, normalise_teh,
    normalise_hamza, remove_diacritics, remove_tatweel, normalise_digits, normalise_spaces,
    remove_invisible, remove_bidi_controls, normalise_punctuation, lowercase_latin, explain,
)
from helpers.text.view import (
    DocumentView, MATCH_STEPS, match_view,
)
from helpers.text.clean import (
    Cleaned, report_frame, report_rows, REPORT_COLUMNS, REMOVED_REASONS,
)
from helpers.text.segment import (
    Paragraph, Sentence, Token, paragraphs, sentences, tokens, profile, detect_language,
    document_language,
)
from helpers.text.numbers import (
    NumberPhrase, number_phrases, parse_number, format_value,
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
