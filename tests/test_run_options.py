"""One options object for a run (issue 24): the CLI builds it, the engines take it or keywords."""

from __future__ import annotations

import dataclasses

import pytest

from helpers.cli.main import build_parser
from helpers.cli.runs import run_options_of
from helpers.engine.options import RunOptions, run_options
from helpers.io.tables import TABLES


@pytest.mark.parametrize("overrides, field, expected", [
    ({}, "scope", "topical"),
    ({}, "tables", TABLES),
    ({}, "fmt", "csv"),
    ({}, "batch_docs", 50),
    ({"jobs": 2}, "jobs", 2),
    ({"scope": "all", "topic": "rohingya"}, "topic", "rohingya"),
])
def test_run_options_defaults_and_overrides(overrides, field, expected):
    assert getattr(run_options(**overrides), field) == expected


def test_run_options_are_frozen_and_checked():
    options = run_options(jobs=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.jobs = 3
    with pytest.raises(TypeError, match="batch_size"):
        run_options(batch_size=3)
    assert run_options(options, scope="all") == RunOptions(jobs=1, scope="all")


@pytest.mark.parametrize("argv, expected", [
    (["analyze", "c", "--out", "o"], RunOptions(tables=list(TABLES))),
    (["analyze", "c", "--out", "o", "--jobs", "2", "--batch-size", "7", "--no-progress",
      "--scope", "all", "--tables", "mentions"],
     RunOptions(tables=["mentions"], jobs=2, batch_docs=7, progress=False, scope="all")),
    (["analyze", "c", "--out", "o", "--engine", "dask", "--format", "parquet"],
     RunOptions(tables=list(TABLES), engine="dask", fmt="parquet")),
])
def test_command_line_builds_the_options_once(argv, expected):
    built = run_options_of(build_parser().parse_args(argv))
    assert dataclasses.replace(built, columns=None) == expected
