"""Timeline charts: spans, lanes, publication markers and label placement."""

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.extract.temporal.rows import extract_events  # noqa: E402
from helpers.plots.timeline import event_spans, reported_chart, timeline_chart  # noqa: E402

D = dt.date


def _events():
    return pd.DataFrame([
        ("a", "19 أكتوبر 2017", "2017-10-19", "day", "", False),
        ("a", "أغسطس/ آب", "2018-08", "month", "", True),
        ("a", "يوم الثلاثاء", "2018-11-13", "day", "", True),
        ("b", "مطلع سبتمبر الجاري", "2022-09", "month", "START", True),
        ("b", "هذا الأسبوع", "2022-W37", "week", "", True),
        ("b", "اليوم الثلاثاء", "2022-09-13", "day", "", True),
        ("c", "الحرب العالمية الثانية", "1939/1945", "year", "", False),
        ("c", "أمس", "", "day", "", False),
    ], columns=["doc_id", "surface", "value", "precision", "modifier", "anchored"])


def _documents():
    return pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Reuters", "Al-Dostor", ""],
                         "genre": ["news", "news", "academic abstract"],
                         "published": ["2018-11-14", "2022-09-13", None]})


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.mark.parametrize("value,modifier,first,last,focus_first,focus_last", [
    ("2022-09", "START", D(2022, 9, 1), D(2022, 9, 30), D(2022, 9, 1), D(2022, 9, 10)),
    ("2022-09", "MID", D(2022, 9, 1), D(2022, 9, 30), D(2022, 9, 11), D(2022, 9, 20)),
    ("2022-09", "END", D(2022, 9, 1), D(2022, 9, 30), D(2022, 9, 21), D(2022, 9, 30)),
    ("2019", "MID", D(2019, 1, 1), D(2019, 12, 31), D(2019, 5, 2), D(2019, 8, 31)),
    ("2022-W37", "", D(2022, 9, 12), D(2022, 9, 18), D(2022, 9, 12), D(2022, 9, 18)),
    ("2018-11-13", "", D(2018, 11, 13), D(2018, 11, 13), D(2018, 11, 13), D(2018, 11, 13)),
])
def test_event_spans(value, modifier, first, last, focus_first, focus_last):
    row = event_spans(pd.DataFrame({"value": [value], "modifier": [modifier]})).iloc[0]
    assert (row["first"], row["last"], row["focus_first"], row["focus_last"]) == \
        (first, last, focus_first, focus_last)


def test_event_spans_drops_unresolved():
    assert event_spans(_events())["surface"].tolist() == [s for s in _events()["surface"] if s != "أمس"]


def test_timeline_chart_draws_lanes_points_bars_and_publication():
    ax = timeline_chart(_events(), documents=_documents())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Reuters · a", "Al-Dostor · b", "academic abstract · c"]
    points = [ln for ln in ax.lines if ln.get_marker() == "o"]
    assert len(points) == 3  # the three day-precision events
    diamonds = [ln for ln in ax.lines if ln.get_marker() == "D"]
    assert sorted(ln.get_xdata()[0] for ln in diamonds) == [D(2018, 11, 14), D(2022, 9, 13)]
    texts = {t.get_text() for t in ax.texts}
    assert {"أغسطس/ آب", "مطلع سبتمبر الجاري", "الحرب العالمية الثانية"} <= texts
    assert "أمس" not in texts
    # two months, a week, an era + the darker first third of "مطلع سبتمبر" = 5 bars
    assert len(ax.patches) == 5


def test_timeline_chart_window_and_overlaps():
    ax = timeline_chart(_events(), documents=_documents(), since="2022-08-01")
    assert {t.get_text() for t in ax.texts} == {"مطلع سبتمبر الجاري", "هذا الأسبوع", "اليوم الثلاثاء"}
    low, high = ax.get_xlim()
    assert matplotlib.dates.num2date(low).date() < D(2022, 8, 1) < D(2022, 9, 30) < \
        matplotlib.dates.num2date(high).date()
    # the week overlaps the month: it sits on its own sub-row, lower in the lane
    month = [p for p in ax.patches if p.get_width() >= 29][0]
    week = [p for p in ax.patches if 6 <= p.get_width() <= 8][0]
    assert week.get_y() < month.get_y()


def test_reported_chart_places_labels_at_or_below_their_points():
    ax = reported_chart(_events(), documents=_documents())
    notes = ax.texts
    assert sorted(t.get_text() for t in notes) == sorted(
        ["19 أكتوبر 2017", "أغسطس/ آب", "يوم الثلاثاء", "مطلع سبتمبر الجاري", "هذا الأسبوع", "اليوم الثلاثاء"])
    by_x: dict = {}
    for t in notes:
        point_y = matplotlib.dates.date2num(t.xy[1])
        label_y = matplotlib.dates.date2num(t.xyann[1])
        assert label_y <= point_y + 1e-9
        by_x.setdefault(t.xy[0], []).append(label_y)
    for ys in by_x.values():
        ys = sorted(ys)
        assert all(b - a > 0 for a, b in zip(ys, ys[1:]))


def test_charts_on_seed_events(seeds):
    events = pd.concat([extract_events(d.raw, doc_id=d.doc_id, published=d.published) for d in seeds])
    docs = seeds.table()
    ax = timeline_chart(events, documents=docs)
    assert len(ax.get_yticklabels()) == len(docs)
    ax2 = reported_chart(events, documents=docs)
    assert len(ax2.texts) == len(events)
