"""Relevance: topic profiles and how topical each document and sentence is."""

from helpers.relevance.classify import (
    LEVELS,
    NOT_RELEVANT,
    SCOPES,
    could_be_relevant,
    document_relevance,
    in_scope,
    sentence_scores,
    topic_hits,
)
from helpers.relevance.topics import (
    DEFAULT_TOPIC,
    TopicError,
    TopicProfile,
    available_profiles,
    load_profile,
)

__all__ = [
    "DEFAULT_TOPIC", "TopicProfile", "TopicError", "load_profile", "available_profiles",
    "LEVELS", "SCOPES", "could_be_relevant", "topic_hits", "sentence_scores",
    "document_relevance", "in_scope", "NOT_RELEVANT",
]
