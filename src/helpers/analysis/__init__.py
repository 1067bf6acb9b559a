"""Analysis of the pipeline's tables: comparisons, keyness, KWIC, outlets, summaries."""

from helpers.analysis.attention import (
    FREQUENCIES,
    attention_summary,
    attention_table,
)
from helpers.analysis.compare import (
    DEFAULT_NAMING_ENTITIES,
    iter_docs,
    naming_pivot,
    naming_table,
    preferred_names,
    strip_proclitics,
)
from helpers.analysis.inputs import (
    AnalysisInput,
    open_analysis,
)
from helpers.analysis.keyness import (
    STEM_OPTIONS,
    stopwords,
    term_counts,
)
from helpers.analysis.kwic import (
    KWIC_COLUMNS,
    kwic_style,
    kwic_table,
    query_pattern,
)
from helpers.analysis.outlet_stances import (
    stance_counts,
    stance_drilldown,
)
from helpers.analysis.outlets import (
    SCOPES,
    analyze,
    comparison_groups,
    load_any,
    naming_shares,
    outlet_overview,
    relevance_overview,
    scope_tables,
    seeds_folder,
    source_names,
    voices_by_outlet,
)
from helpers.analysis.overview import (
    Overview,
    collocates,
    corpus_overview,
    topic_names,
)
from helpers.analysis.stance_aggregate import (
    AGGREGATE_COLUMNS,
    LABELS,
    aggregate_stances,
    cross_source_conflicts,
    document_summary,
    evidence,
    single_source_actors,
    source_matrix,
)
from helpers.analysis.summaries import (
    corpus_summary,
    naming_summary,
    stance_summary,
    timeline_summary,
    voices_summary,
)

__all__ = [
    "DEFAULT_NAMING_ENTITIES", "iter_docs", "strip_proclitics", "naming_table", "naming_pivot",
    "preferred_names", "term_counts", "kwic_style", "kwic_table", "STEM_OPTIONS", "stopwords", "KWIC_COLUMNS",
    "query_pattern", "SCOPES", "load_any", "analyze", "source_names", "comparison_groups",
    "scope_tables", "relevance_overview", "outlet_overview", "naming_shares", "voices_by_outlet",
    "seeds_folder", "stance_counts", "stance_drilldown", "corpus_summary", "naming_summary",
    "voices_summary", "timeline_summary", "stance_summary", "LABELS", "AGGREGATE_COLUMNS",
    "aggregate_stances", "document_summary", "source_matrix", "single_source_actors",
    "cross_source_conflicts", "evidence", "Overview", "corpus_overview", "topic_names", "collocates",
    "FREQUENCIES", "attention_table", "attention_summary", "AnalysisInput", "open_analysis",
]
