"""Every chart of the notebooks and the report, rendered at 3, 9 and 30 outlets with long names.

    python bench/charts.py                     # bench/out/charts/NN_outlets_CHART.png
    python bench/charts.py --outlets 9 --out /tmp/charts

A corpus is generated (tests/corpus_maker.py, text written for the tests) and
its documents are given to N outlets with long names — English and Arabic,
some of 60 characters and more — then analysed in memory (scope all) and
every chart is drawn as the notebooks draw it.  The PNGs are for a person to
look at (issue 22: labels shortened or wrapped, no overlap, sizes that grow
with the data); nothing is asserted.  The seconds each chart took are printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

#: Long outlet names: English, Arabic and mixed, some much longer than a label can be.
NAMES = [
    "The International Herald of Central Asian and Eurasian Affairs (Arabic edition)",
    "صحيفة الشرق الأوسط الدولية للأخبار والتحليلات السياسية",
    "Agence de presse du Maghreb arabe — service international",
    "Gulf Business & Policy Weekly",
    "جريدة الصباح الجديد اليومية الصادرة في تونس العاصمة",
    "World Desk",
    "Radio Free Asia Uyghur Service (Arabic translations by volunteers)",
    "موقع الجزيرة نت",
    "Nile Courier",
]


def outlet_names(count: int) -> list[str]:
    """``count`` distinct outlet names, the long ones first, numbered when the list repeats."""
    return [NAMES[i % len(NAMES)] + (f" {i // len(NAMES) + 1}" if i >= len(NAMES) else "") for i in range(count)]


def make_corpus(folder: Path, outlets: int) -> Path:
    """A generated corpus whose documents are spread over ``outlets`` long-named outlets."""
    from corpus_maker import write_corpus

    folder = write_corpus(folder, count=max(45, 5 * outlets), seed=outlets)
    names = outlet_names(outlets)
    catalog = folder / "catalog.csv"
    with open(catalog, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for i, row in enumerate(rows):
        row["outlet"] = names[i % outlets]
    with open(catalog, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def charts(corpus: Path):
    """``{name: function drawing the chart}`` for one corpus, computed as notebooks 02–04 compute them."""
    from helpers import keyness
    from helpers.analysis import (
        aggregate_stances,
        analyze,
        comparison_groups,
        document_summary,
        load_any,
        naming_shares,
        naming_table,
        source_matrix,
        source_names,
        stance_counts,
    )
    from helpers.analysis.attention import attention_table
    from helpers.plots import (
        attention_chart,
        density_chart,
        event_density,
        keyness_grid,
        naming_share_chart,
        plausible_events,
        plot_keyness,
        plot_naming,
        reported_chart,
        stance_count_chart,
        stance_counts_chart,
        stance_matrix_chart,
        timeline_chart,
        top_events,
    )

    docs = load_any(corpus)
    found = analyze(docs, scope="all")
    documents, mentions = found["documents"], found["mentions"]
    names = source_names(documents)
    naming = naming_table(mentions)
    groups, _ = comparison_groups(documents)
    key = keyness(docs.documents, method="log_odds", stem="light", min_count=2, top=6, groups=groups)
    kept = plausible_events(found["events"], documents)
    density, _ = event_density(kept)
    attention, freq, _ = attention_table(documents)
    agg = aggregate_stances(found["stances"], mentions=mentions)
    per_outlet = naming.assign(doc_id=naming["doc_id"].map(names))
    first = documents.groupby(documents["doc_id"].map(names))["doc_id"].first()
    lanes = found["events"][found["events"]["doc_id"].isin(set(first))]
    return {
        "naming_share_chart": lambda: naming_share_chart(naming_shares(naming, documents)),
        "keyness_grid": lambda: keyness_grid(key),
        "density_chart": lambda: density_chart(density, labels=top_events(kept, density=density),
                                               title="الأحداث المؤرخة حسب المصدر"),
        "attention_chart": lambda: attention_chart(attention, freq=freq, title="الوثائق المنشورة حسب المصدر"),
        "stance_count_chart": lambda: stance_count_chart(stance_counts(agg, documents),
                                                         title="المواقف من الموضوع حسب المصدر (عدد الوثائق)"),
        "plot_naming": lambda: plot_naming(per_outlet, by="spelling"),
        "plot_keyness": lambda: plot_keyness(key, top=6),
        "stance_matrix_chart": lambda: stance_matrix_chart(source_matrix(agg, sources=names),
                                                           title="المواقف حسب المصدر"),
        "stance_counts_chart": lambda: stance_counts_chart(
            document_summary(agg.assign(doc_id=agg["doc_id"].map(names))), title="الفاعلون حسب الموقف"),
        "timeline_chart": lambda: timeline_chart(lanes, documents=documents[documents["doc_id"].isin(set(first))]
                                                 .assign(outlet=lambda d: d["doc_id"].map(names)),
                                                 title="الأحداث المؤرخة"),
        "reported_chart": lambda: reported_chart(found["events"], documents=documents, title="متى نُشر كل حدث"),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, nargs="+", default=[3, 9, 30])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "charts")
    parser.add_argument("--only", nargs="+", default=None, help="chart names to draw")
    args = parser.parse_args(argv)
    import tempfile

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.plots import use_style

    use_style()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.outlets:
            drawn = charts(make_corpus(Path(tmp) / f"c{count}", count))
            for name, draw in drawn.items():
                if args.only and name not in args.only:
                    continue
                start = time.perf_counter()
                figure = draw()
                figure = getattr(figure, "figure", figure)
                path = args.out / f"{count:02d}_outlets_{name}.png"
                figure.savefig(path, bbox_inches="tight")
                plt.close("all")
                width, height = figure.get_size_inches()
                print(f"{path.name}: {width:.1f} x {height:.1f} in, {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
