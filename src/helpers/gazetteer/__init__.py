"""The gazetteer: entities, their name variants, templates and ambiguity rules."""

from helpers.gazetteer.gazetteer import (
    KINDS, FORMS, FLAGS, Entity, Variant, Gazetteer, GazetteerError, load_gazetteer,
    default_gazetteer, entities, clitic_rules,
)
from helpers.gazetteer.variants import (
    PatternError, expand_pattern, arabic_nisba_forms, english_nisba_forms, drift_forms,
    glued_forms, match_key, ascii_fold,
)

__all__ = [
    "KINDS", "FORMS", "FLAGS", "Entity", "Variant", "Gazetteer", "GazetteerError",
    "load_gazetteer", "default_gazetteer", "entities", "clitic_rules", "PatternError",
    "expand_pattern", "arabic_nisba_forms", "english_nisba_forms", "drift_forms", "glued_forms",
    "match_key", "ascii_fold",
]
