"""Relevance: topic profiles and how topical each document and sentence is."""

from helpers.relevance.topics import (
    DEFAULT_TOPIC, TopicProfile, TopicError, load_profile, available_profiles,
)
from helpers.relevance.relevance import (
    LEVELS, SCOPES, could_be_relevant, topic_hits, sentence_scores, document_relevance,
    in_scope, NOT_RELEVANT,
)

__all__ = [
    "DEFAULT_TOPIC", "TopicProfile", "TopicError", "load_profile", "available_profiles",
    "LEVELS", "SCOPES", "could_be_relevant", "topic_hits", "sentence_scores",
    "document_relevance", "in_scope", "NOT_RELEVANT",
]
