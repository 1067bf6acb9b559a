"""Charts: the house style and every plot of the notebooks."""

from helpers.plots.style import (
    renderer_shapes_arabic, arabic_label, short_label, wrap_label, shown_note, use_style, counts_chart,
)
from helpers.plots.compare import (
    plot_naming, plot_keyness, naming_share_chart, keyness_grid,
)
from helpers.plots.timeline import (
    event_spans, timeline_chart, reported_chart,
)
from helpers.plots.stance import (
    STANCE_COLOURS, stance_matrix_chart, stance_counts_chart, stance_count_chart,
)
from helpers.plots.timeline_density import (
    plausible_events, event_density, top_events, anchoring_by_outlet, density_chart, attention_chart,
)

__all__ = [
    "renderer_shapes_arabic", "arabic_label", "short_label", "wrap_label", "shown_note", "use_style",
    "counts_chart", "plot_naming",
    "plot_keyness", "naming_share_chart", "keyness_grid", "event_spans", "timeline_chart",
    "reported_chart", "STANCE_COLOURS", "stance_matrix_chart", "stance_counts_chart",
    "stance_count_chart", "plausible_events", "event_density", "top_events",
    "anchoring_by_outlet", "density_chart", "attention_chart",
]
