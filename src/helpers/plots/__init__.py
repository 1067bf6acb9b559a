"""Charts: the house style and every plot of the notebooks."""

from helpers.plots.compare import (
    keyness_grid,
    naming_share_chart,
    plot_keyness,
    plot_naming,
)
from helpers.plots.stance import (
    STANCE_COLOURS,
    stance_count_chart,
    stance_counts_chart,
    stance_matrix_chart,
)
from helpers.plots.style import (
    arabic_label,
    counts_chart,
    renderer_shapes_arabic,
    short_label,
    shown_note,
    use_style,
    wrap_label,
)
from helpers.plots.timeline import (
    event_spans,
    reported_chart,
    timeline_chart,
)
from helpers.plots.timeline_density import (
    anchoring_by_outlet,
    attention_chart,
    density_chart,
    event_density,
    plausible_events,
    top_events,
)

__all__ = [
    "renderer_shapes_arabic", "arabic_label", "short_label", "wrap_label", "shown_note", "use_style",
    "counts_chart", "plot_naming",
    "plot_keyness", "naming_share_chart", "keyness_grid", "event_spans", "timeline_chart",
    "reported_chart", "STANCE_COLOURS", "stance_matrix_chart", "stance_counts_chart",
    "stance_count_chart", "plausible_events", "event_density", "top_events",
    "anchoring_by_outlet", "density_chart", "attention_chart",
]
