"""Arabic labels: native shaping in matplotlib >= 3.11, reshaping only where needed.

The expected rendering is built independently of the renderer's shaper:
arabic-reshaper's contextual presentation forms, left in logical order,
draw the same glyphs the renderer must choose when it shapes by itself.
Reshaping *and* reordering (the classic recipe) must draw something else.
"""

import matplotlib

matplotlib.use("Agg")

import arabic_reshaper  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from bidi import get_display  # noqa: E402

from helpers.plots.style import arabic_label, counts_chart, renderer_shapes_arabic, use_style  # noqa: E402

LABELS = ["شينجيانغ", "الأويغور", "تركستان الشرقية", "الأمم المتحدة لحقوق الإنسان"]


def render(text: str) -> np.ndarray:
    fig = plt.figure(figsize=(5, 0.8), dpi=100)
    fig.text(0.02, 0.3, text, fontsize=20, family="DejaVu Sans")
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()
    plt.close(fig)
    return pixels


def test_matplotlib_shapes_natively():
    assert renderer_shapes_arabic("matplotlib")


@pytest.mark.parametrize("label", LABELS)
def test_label_renders_joined_right_to_left(label):
    prepared = arabic_label(label)
    assert prepared == label  # left untouched for a shaping renderer
    expected = render(arabic_reshaper.reshape(label))  # the right glyphs, in logical order
    drawn = render(prepared)
    assert (drawn != 255).any()
    assert np.array_equal(drawn, expected)
    double = render(get_display(arabic_reshaper.reshape(label)))
    assert (double != expected).mean() > 0.01  # reshaping again prints it backwards


@pytest.mark.parametrize("label", LABELS)
def test_plain_renderer_gets_visual_order(label):
    prepared = arabic_label(label, renderer="plain")
    assert prepared == get_display(arabic_reshaper.reshape(label))
    assert prepared != label


def test_unknown_renderer():
    with pytest.raises(ValueError, match="unknown renderer"):
        renderer_shapes_arabic("svg-viewer")


def test_counts_chart_keeps_labels(tmp_path):
    import pandas as pd

    use_style()
    table = pd.DataFrame({"source": ["رويترز", "الدستور"], "sentences": [42, 20], "tokens": [900, 400]})
    ax = counts_chart(table, label="source", columns=["sentences", "tokens"], title="حجم المصادر")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["الدستور", "رويترز"]
    assert ax.get_title() == "حجم المصادر"
    ax.figure.savefig(tmp_path / "c.png")
    assert (tmp_path / "c.png").stat().st_size > 1000
