"""The command line: ``helpers analyze``, ``helpers report`` and ``helpers validate``.

The public names load on first use (:func:`helpers.io.lazy.lazy_names`), so that the ``helpers``
command (``helpers.cli.main:main``) reaches :func:`~helpers.cli.main.main` before importing the
rest of the command line (see :mod:`helpers.cli.early`).
"""

from helpers.cli.main import build_parser, main  # (light: it imports the rest when it runs)
from helpers.io.lazy import lazy_names

#: public name → the module that defines it (``main`` and ``build_parser`` are bound above: the
#: submodule ``helpers.cli.main`` would otherwise shadow the function of the same name).
_PUBLIC = {
    **dict.fromkeys(("add_run_options", "run_analysis", "run_columns", "usage_problem"), "helpers.cli.runs"),
    **dict.fromkeys(("ANALYSIS_NOTEBOOKS", "ReportError", "add_report_command", "build_report",
                     "notebooks_folder"), "helpers.cli.report"),
}

__all__ = [
    "main", "build_parser", "add_run_options", "run_columns", "run_analysis", "usage_problem", "ANALYSIS_NOTEBOOKS",
    "ReportError", "notebooks_folder", "build_report", "add_report_command",
]

__getattr__, __dir__ = lazy_names(__name__, _PUBLIC)
