"""The gazetteer: entities, their name variants, templates and ambiguity rules."""

from helpers.gazetteer.index import (
    FLAGS,
    FORMS,
    KINDS,
    Entity,
    Gazetteer,
    GazetteerError,
    Variant,
    clitic_rules,
    default_gazetteer,
    entities,
    load_gazetteer,
)
from helpers.gazetteer.variants import (
    PatternError,
    arabic_nisba_forms,
    ascii_fold,
    drift_forms,
    english_nisba_forms,
    expand_pattern,
    glued_forms,
    match_key,
)

__all__ = [
    "KINDS", "FORMS", "FLAGS", "Entity", "Variant", "Gazetteer", "GazetteerError",
    "load_gazetteer", "default_gazetteer", "entities", "clitic_rules", "PatternError",
    "expand_pattern", "arabic_nisba_forms", "english_nisba_forms", "drift_forms", "glued_forms",
    "match_key", "ascii_fold",
]
