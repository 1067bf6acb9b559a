"""Stances: which actor takes which position, with its evidence."""

from helpers.extract.stance.stance import (
    STANCE_COLUMNS, EXTRA_COLUMNS, AUTHOR, find_stances, stance_rows, corpus_stances,
    author_voice,
)
from helpers.extract.stance.stance_lexicon import (
    CueMatch, load_cues, match_cues, cue_regex, cue_table, reload_lexicon, read_tsv,
)

__all__ = [
    "STANCE_COLUMNS", "EXTRA_COLUMNS", "AUTHOR", "find_stances", "stance_rows",
    "corpus_stances", "author_voice", "CueMatch", "load_cues", "match_cues", "cue_regex",
    "cue_table", "reload_lexicon", "read_tsv",
]
