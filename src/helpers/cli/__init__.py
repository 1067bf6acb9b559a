"""The command line: ``helpers analyze``, ``helpers report`` and ``helpers validate``."""

from helpers.cli.main import (
    add_run_options,
    build_parser,
    main,
    run_analysis,
    run_columns,
    usage_problem,
)
from helpers.cli.report import (
    ANALYSIS_NOTEBOOKS,
    ReportError,
    add_report_command,
    build_report,
    notebooks_folder,
)

__all__ = [
    "main", "build_parser", "add_run_options", "run_columns", "run_analysis", "usage_problem", "ANALYSIS_NOTEBOOKS",
    "ReportError", "notebooks_folder", "build_report", "add_report_command",
]
