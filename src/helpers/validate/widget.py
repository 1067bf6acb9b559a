"""Judging a sample in JupyterLab: one row at a time, a button per verdict (ipywidgets).

:class:`JudgeWidget` shows a sample row (its evidence right to left with the
row's span marked, the document's title and outlet, the row's label and
actor), a button per verdict of the table's vocabulary, a dropdown (or a
field) for the right label, a field for the right actor and a note.  Each
click appends one judgement to the JSONL file at once (flushed to disk), so a
kernel restart loses nothing; a new widget on the same file resumes after
the rows that coder has judged.  Every piece of document text is
HTML-escaped (:func:`helpers.validate.evidence.evidence_html`).
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from helpers.validate.evidence import evidence_html
from helpers.validate.judgements import append_judgement, judged_keys, make_judgement
from helpers.validate.sample_file import read_sample
from helpers.validate.vocabulary import table_spec, verdicts

__all__ = ["JudgeWidget", "row_html"]


def row_html(row, position: str = "") -> str:
    """A sample row as HTML: where it is from, what the table says, the evidence marked (all escaped).

    Args:
        row: a sample row (mapping).
        position: e.g. "row 3 of 60" (shown first).

    Returns:
        An HTML fragment.
    """
    spec = table_spec(str(row.get("table") or "stances"))
    said = [f"{name}: <b>{html.escape(str(row.get(column, '')))}</b>"
            for name, column in (("label", "label"), ("actor", spec.actor)) if column and str(row.get(column, ""))]
    head = " · ".join(html.escape(str(v)) for v in (position, row.get("outlet", ""), row.get("title", "")) if str(v))
    recall = str(row.get("sample")) == "recall"
    what = (f"Did the table miss a {spec.item} in this sentence?" if recall
            else f"The {spec.table} table says: " + (", ".join(said) or "(no label)"))
    return (f'<div style="color:#555">{head}</div><div>{what}</div>'
            + evidence_html(row.get("evidence_sentence", ""), row.get("mark_start"), row.get("mark_end")))


class JudgeWidget:
    """One sample judged row by row; each click appends a judgement to ``path``.

    Args:
        sample: a sample (DataFrame, or the path of its CSV/XLSX file).
        path: the judgements file (JSONL; created on the first click).
        coder: the coder's name, written with each judgement.
        clock: a function giving the time of a judgement (default: the clock, UTC).

    Attributes:
        buttons: ``{verdict: ipywidgets.Button}``.
        label, actor, note: the fields (``label`` is a Dropdown when the table has fixed labels).
        view: the ``ipywidgets.VBox`` shown in the notebook.
        current: the index of the row shown (None when every row is judged).
    """

    def __init__(self, sample, path: str | Path, coder: str, *, clock=None) -> None:
        import ipywidgets as widgets

        self.sample = read_sample(sample) if not isinstance(sample, pd.DataFrame) else sample.reset_index(drop=True)
        self.path, self.coder, self.clock = Path(path), coder, clock
        self.table = str(self.sample["table"].iloc[0]) if len(self.sample) else "stances"
        spec = table_spec(self.table)
        self.done = judged_keys(self.path, coder)
        self.page = widgets.HTML()
        self.message = widgets.HTML()
        if spec.choices:
            self.label = widgets.Dropdown(options=["", *spec.choices], value="", description="right label")
        else:
            self.label = widgets.Text(description="right label")
        self.actor = widgets.Text(description="right actor")
        self.note = widgets.Text(description="note")
        self.buttons = {}
        for recall in (False, True):
            for verdict in verdicts(self.table, recall=recall):
                if verdict not in self.buttons:
                    button = widgets.Button(description=verdict.replace("_", " "))
                    button.on_click(lambda _, v=verdict: self.judge(v))
                    self.buttons[verdict] = button
        self.bar = widgets.HBox([])
        self.view = widgets.VBox([self.page, self.label, self.actor, self.note, self.bar, self.message])
        self.current = self._next_open(0)
        self.show()

    def _next_open(self, start: int) -> int | None:
        for index in range(start, len(self.sample)):
            if self.sample["key"].iloc[index] not in self.done:
                return index
        return None

    def show(self) -> None:
        """Show the current row (or that every row is judged).

        Returns:
            None; the widgets show the row.
        """
        if not len(self.sample):
            self.page.value = "<p>The sample is empty: the table has no rows to judge.</p>"
            self.bar.children = []
            return
        if self.current is None:
            self.page.value = (f"<p>Every row of this sample is judged by {html.escape(self.coder)} "
                               f"({len(self.done)} judgements in {html.escape(self.path.name)}).</p>")
            self.bar.children = []
            return
        row = self.sample.iloc[self.current].to_dict()
        self.page.value = row_html(row, f"row {self.current + 1} of {len(self.sample)}")
        recall = str(row.get("sample")) == "recall"
        self.bar.children = [self.buttons[v] for v in verdicts(self.table, recall=recall)]
        self.label.value, self.actor.value, self.note.value = "", "", ""

    def judge(self, verdict: str) -> dict | None:
        """Record a verdict on the current row and move to the next row not yet judged.

        Args:
            verdict: one of the table's verdicts; ``wrong_label``-like verdicts
                need the right label chosen first, ``wrong_actor``-like ones the right actor.

        Returns:
            The judgement written, or None (nothing to judge, or a field missing: a message says which).
        """
        if self.current is None:
            return None
        row = self.sample.iloc[self.current].to_dict()
        action = verdicts(self.table, recall=str(row.get("sample")) == "recall").get(verdict)
        label, actor = str(self.label.value or "").strip(), self.actor.value.strip()
        if action == "relabel" and not label or action == "reactor" and not actor:
            field = "label" if action == "relabel" else "actor"
            self.message.value = f"<b>Give the right {field} first, then click “{html.escape(verdict)}”.</b>"
            return None
        judgement = make_judgement(row, verdict, coder=self.coder,
                                   correct_label=label if action in ("relabel", "missed") else "",
                                   correct_actor=actor if action in ("reactor", "missed") else "",
                                   note=self.note.value.strip(), time=self.clock() if self.clock else None)
        append_judgement(self.path, judgement)
        self.done.add(judgement["key"])
        self.message.value = f"saved: {html.escape(verdict)} ({len(self.done)} judged)"
        self.current = self._next_open(self.current + 1)
        self.show()
        return judgement

    def describe(self) -> str:
        """One line for the notebook's text output (deterministic: no ids, no paths).

        Returns:
            e.g. "JudgeWidget: stances sample, row 3 of 12 shown, 2 judged by reader".
        """
        if not len(self.sample):
            shown = "empty"
        else:
            shown = ("every row judged" if self.current is None
                     else f"row {self.current + 1} of {len(self.sample)} shown")
        return f"JudgeWidget: {self.table} sample, {shown}, {len(self.done)} judged by {self.coder}"

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.view._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = self.describe()
        return bundle
