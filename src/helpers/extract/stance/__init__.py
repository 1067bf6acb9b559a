"""Stances: which actor takes which position, with its evidence."""

from helpers.extract.stance.lexicon import (
    CueMatch,
    cue_regex,
    cue_table,
    load_cues,
    match_cues,
    read_tsv,
    reload_lexicon,
)
from helpers.extract.stance.rows import (
    AUTHOR,
    EXTRA_COLUMNS,
    STANCE_COLUMNS,
    author_voice,
    find_stances,
    stance_rows,
)

__all__ = [
    "STANCE_COLUMNS", "EXTRA_COLUMNS", "AUTHOR", "find_stances", "stance_rows",
    "author_voice", "CueMatch", "load_cues", "match_cues", "cue_regex",
    "cue_table", "reload_lexicon", "read_tsv",
]
