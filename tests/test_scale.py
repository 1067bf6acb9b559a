"""Streaming, parallel and Dask analysis: same tables whatever the engine or jobs."""

import json
import sys
import time

import pandas as pd
import pytest

import helpers.engine.batches as batches
import helpers.engine.scale as scale
from conftest import ROOT, SEEDS
from helpers.cli.main import main
from helpers.engine.pipeline import TABLES
from helpers.io.formats import Record
from helpers.io.table_reader import read_table

sys.path.insert(0, str(ROOT / "bench"))
from generate import documents, write_folder, write_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def mixed_jsonl(tmp_path_factory):
    """The three seeds (with their catalog metadata) and 20 generated documents."""
    path = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    catalog = pd.read_csv(SEEDS / "catalog.csv", dtype=str, keep_default_na=False)
    seeds = [{"id": row.doc_id, "text": (SEEDS / row.file).read_text(encoding="utf-8"),
              "title": row.title, "outlet": row.outlet, "published": row.published,
              "genre": row.genre} for row in catalog.itertuples()]
    write_jsonl(path, seeds + list(documents(count=20, seed=7)))
    return path


def read_tables(folder, fmt):
    if fmt == "csv":
        return {name: (folder / f"{name}.csv").read_bytes() for name in TABLES}
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}


def test_batches_respect_limits_and_skip_duplicate_ids(tmp_path):
    path = tmp_path / "dup.jsonl"
    rows = [{"id": "a", "text": "x" * 400}, {"id": "b", "text": "y" * 400},
            {"id": "a", "text": "نسخة ثانية"}, {"id": "c", "text": "z" * 100},
            {"id": "d", "text": "w"}, {"id": "e", "text": "v"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    batches = list(scale.iter_batches(path, batch_docs=3, batch_chars=700))
    shape = [[i.doc_id if isinstance(i, Record) else str(i) for i in b] for b in batches]
    # b closes the first batch (800 characters), d the second (3 items, errors count too)
    assert shape == [["a", "b"], ["dup.jsonl line 3: duplicate doc_id 'a'; skipped", "c", "d"],
                     ["e"]]


def test_stream_keeps_input_order_and_bounds_batches_in_flight(mixed_jsonl):
    pulled = []

    def source():
        for batch in scale.iter_batches(mixed_jsonl, batch_docs=3):
            pulled.append(batch)
            yield batch

    ahead, ids = [], []
    for n, result in enumerate(scale.analyze_stream(source(), jobs=2, tables=("documents",)), 1):
        ids += result.doc_ids
        ahead.append(len(pulled) - n)
    expected = [r.doc_id for b in pulled for r in b if isinstance(r, Record)]
    assert ids == expected and len(ids) == 23
    assert max(ahead) <= 2 * 2  # never more than 2 × jobs batches read ahead


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_jobs_1_and_2_write_identical_tables(mixed_jsonl, tmp_path, fmt):
    one = scale.run(mixed_jsonl, tmp_path / "one", fmt=fmt, jobs=1, batch_docs=4, progress=False)
    two = scale.run(mixed_jsonl, tmp_path / "two", fmt=fmt, jobs=2, batch_docs=4, progress=False)
    assert one.errors == two.errors == [] and one.documents == two.documents == 23
    first, second = read_tables(tmp_path / "one", fmt), read_tables(tmp_path / "two", fmt)
    for name in TABLES:
        if fmt == "csv":
            assert first[name] == second[name], name
        else:
            pd.testing.assert_frame_equal(first[name], second[name], obj=name)
    if fmt == "parquet":
        docs = first["documents"]
        assert list(docs.doc_id[:3]) == sorted(docs.doc_id[:3]) and docs.doc_id.is_unique
        assert len(docs) == 23 and len(first["sentences"]) > 23 * 2


def test_dask_local_cluster_equals_single_process(mixed_jsonl, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    single = scale.run(mixed_jsonl, tmp_path / "single", fmt="parquet", jobs=1, progress=False)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            report = scale.analyze_dask(mixed_jsonl, tmp_path / "dask", client=client,
                                        part_bytes=15_000, batch_docs=5)
        code = main(["analyze", str(mixed_jsonl), "--out", str(tmp_path / "cli"),
                     "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert report.errors == single.errors == [] and report.documents == single.documents
    assert code == 0
    parts = sorted(p.name for p in (tmp_path / "dask" / "mentions").iterdir())
    assert len(parts) > 2 and parts[0] == "part-00000.parquet"
    for name in TABLES:
        expected = pd.read_parquet(tmp_path / "single" / f"{name}.parquet")
        for engine in ("dask", "cli"):
            got = pd.read_parquet(tmp_path / engine / name)
            pd.testing.assert_frame_equal(got, expected, obj=f"{engine} {name}")


def test_a_failing_document_is_reported_and_skipped(mixed_jsonl, tmp_path, monkeypatch, capsys):
    real = batches.analyze_rows_lazily

    def fragile(doc, **options):
        if doc.doc_id == "syn-00000003":
            raise RecursionError("deep")
        return real(doc, **options)

    monkeypatch.setattr(batches, "analyze_rows_lazily", fragile)
    report = scale.run(mixed_jsonl, tmp_path / "out", jobs=1, progress=False)
    assert report.errors == ["mixed.jsonl line 7: analysis failed (RecursionError: deep)"]
    assert capsys.readouterr().err == (
        "error: mixed.jsonl line 7: analysis failed (RecursionError: deep)\n"
        "done: 22 documents written, 1 failed (1 analysis failed), 6 left out by relevance (3 none, 3 passing: "
        f"only their documents row is written; a wider --scope analyses them); tables in {tmp_path / 'out'}\n")
    ids = read_table(tmp_path / "out" / "documents.csv").doc_id
    assert len(ids) == 22 and "syn-00000003" not in set(ids) and report.exit_code == 1


def test_five_thousand_small_documents(tmp_path):
    write_folder(tmp_path / "corpus", documents(count=5000, seed=3, paragraphs=(1, 1)))
    began = time.perf_counter()
    report = scale.run(tmp_path / "corpus", tmp_path / "out", jobs=2, progress=False, scope="all")
    seconds = time.perf_counter() - began
    print(f"5000 documents, {report.chars / 1e6:.1f} M chars in {seconds:.1f} s")
    assert report.errors == [] and report.documents == 5000
    docs = read_table(tmp_path / "out" / "documents.csv", typed=False)
    assert list(docs.doc_id) == [f"syn-{i:08d}" for i in range(5000)]
    sentences = read_table(tmp_path / "out" / "sentences.csv", typed=False)
    counts = sentences.doc_id.value_counts()
    expected = docs.set_index("doc_id").n_sentences.astype(int)
    assert counts.reindex(expected.index, fill_value=0).equals(expected)
    assert (expected > 0).mean() > 0.9


def test_rows_and_frames_give_the_same_written_tables(seeds):
    """The batch path (row dicts → conform_rows) writes what the DataFrame path would."""
    from helpers.engine.pipeline import analyze_document, analyze_rows
    from helpers.io.writers import conform, conform_rows

    for doc in seeds:
        rows = analyze_rows(doc)
        frames = analyze_document(doc)
        for name in TABLES:
            assert len(rows[name]) == len(frames[name]), name
            pd.testing.assert_frame_equal(conform_rows(name, rows[name]), conform(name, frames[name]),
                                          obj=f"{doc.doc_id} {name}")
    assert sum(len(analyze_rows(doc)["stances"]) for doc in seeds) > 20


def test_asking_for_some_tables_runs_only_their_stages(seeds):
    from helpers.engine.pipeline import analyze_rows

    for doc in seeds:
        full = analyze_rows(doc)
        timings: dict = {}
        part = analyze_rows(doc, tables=("documents", "mentions", "events"), timings=timings)
        assert set(part) == {"documents", "mentions", "events"}
        assert all(part[name] == full[name] for name in part)
        assert "mentions" in timings and "temporal" in timings
        assert not {"quotes", "stance", "claims"} & set(timings)
    with pytest.raises(ValueError, match="unknown table"):
        analyze_rows(seeds.documents[0], tables=("mentions", "voices"))


@pytest.fixture(scope="module")
def seed_rows(seeds):
    """Every table of the three seeds as rows, plus a row of awkward values."""
    from helpers.engine.pipeline import analyze_rows

    rows = {name: [] for name in TABLES}
    for doc in seeds:
        for name, found in analyze_rows(doc).items():
            rows[name].extend(found)
    assert len(rows["stances"]) > 20 and len(rows["claims"]) >= 6
    odd = {"doc_id": "x", "start": None, "end": 7.0, "low": float("nan"), "high": 1e16,
           "negated": "yes", "speaker": 'a "quoted", name\nover two lines', "strength": 0.5,
           "title": None}
    return {name: (table, table[:1] + [odd], []) for name, table in rows.items()}


def test_csv_straight_from_rows_is_what_pandas_writes(seed_rows):
    """csv_rows (the CSV fast path) gives the bytes of conform_rows + DataFrame.to_csv."""
    from helpers.io.writers import conform_rows, csv_rows, encode

    for name, tables in seed_rows.items():
        for table in tables:
            assert csv_rows(name, table) == encode(name, conform_rows(name, table), "csv"), name


def test_arrow_straight_from_rows_is_what_pandas_gives(seed_rows):
    """arrow_rows (the Parquet fast path) equals conform_rows + Table.from_pandas, metadata too."""
    from helpers.io.writers import arrow_rows, conform_rows, encode

    for name, tables in seed_rows.items():
        for table in tables:
            fast, slow = arrow_rows(name, table), encode(name, conform_rows(name, table), "parquet")
            assert fast.equals(slow, check_metadata=True), name
            pd.testing.assert_frame_equal(fast.to_pandas(), slow.to_pandas())
