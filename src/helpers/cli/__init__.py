"""The command line: ``helpers analyze`` and ``helpers report``."""

from helpers.cli.cli import (
    main, build_parser, analyze, usage_problem,
)
from helpers.cli.report import (
    ANALYSIS_NOTEBOOKS, notebooks_folder, analysis_notebook, run_notebook, build_report,
    add_command,
)

__all__ = [
    "main", "build_parser", "analyze", "usage_problem", "ANALYSIS_NOTEBOOKS",
    "notebooks_folder", "analysis_notebook", "run_notebook", "build_report", "add_command",
]
