"""The figures of :func:`helpers.validate.score_judgements` in words: a plain-text table and one Markdown sentence.

:func:`format_scores` is what ``helpers validate score`` prints;
:func:`precision_sentence` is the sentence a notebook section or the report
shows under its table ("Measured on this corpus: …"), with the number of
judgements beside every figure and a warning when a figure rests on fewer
than 20.
"""

from __future__ import annotations

from helpers.io.markdown_text import escape_markdown
from helpers.validate.stats import SMALL

__all__ = ["format_scores", "precision_sentence", "interval_text"]


def interval_text(figure: dict, *, percent: bool = False) -> str:
    """``0.82 (0.70–0.90)`` or ``82 % (70–90 %)``; ``–`` without judgements.

    Args:
        figure: ``{"p", "lo", "hi", …}`` (``r`` for recall).
        percent: as percentages.

    Returns:
        The figure with its 95 % interval.
    """
    p = figure.get("p", figure.get("r"))
    if p is None:
        return "–"
    if percent:
        return f"{p * 100:.0f} % (95 % CI {figure['lo'] * 100:.0f}–{figure['hi'] * 100:.0f} %)"
    return f"{p:.2f} ({figure['lo']:.2f}–{figure['hi']:.2f})"


def _line(name: str, figure: dict) -> str:
    flag = f"  fewer than {SMALL} judgements" if figure["small"] and figure["n"] else ""
    return f"  {name[:28]:<28} {interval_text(figure):>18} {figure['n']:>6}{flag}"


def format_scores(scores: dict) -> str:
    """The scores as a readable plain-text table.

    Args:
        scores: from :func:`helpers.validate.score_judgements`.

    Returns:
        Lines: precision overall, per label, per outlet (with n), the share
        of each error, recall and agreement.
    """
    overall, item = scores["overall"], scores["item"]
    head = (f"Precision of the {scores['table']} table: {overall['n']} {item} rows judged "
            f"({len(scores['coders'])} coder{'s' * (len(scores['coders']) != 1)}; {scores['skipped']} skipped; "
            f"{scores['stale']} stale judgement{'s' * (scores['stale'] != 1)} not used)")
    lines = [head, f"  {'':<28} {'p (95 % CI)':>18} {'n':>6}", _line("overall", overall)]
    if overall.get("p_weighted") is not None:
        lines.append(f"  {'weighted by label':<28} {overall['p_weighted']:>18.2f}")
    for title, part in (("by label", "by_label"), ("by outlet", "by_outlet")):
        lines.append(title)
        lines += [_line(name, figure) for name, figure in scores[part].items()] or ["  (none judged)"]
    lines.append(f"errors (share of the {overall['n']} judged rows)")
    for verdict, figure in scores["errors"].items():
        if figure["share"] is not None:
            lines.append(f"  {verdict:<28} {figure['share']:>18.2f} {figure['n']:>6}")
    recall = scores["recall"]
    if recall["n"]:
        flag = f"; fewer than {SMALL} judgements" if recall["small"] else ""
        lines.append(f"recall {interval_text(recall)}: {recall['missed']} of {recall['n']} judged sentences "
                     f"without a row held a missed {item}; {recall['sentences_without_rows']} topical sentences "
                     f"have no row{flag}")
    else:
        lines.append("recall: no recall sample judged (helpers validate sample … --recall)")
    agreed = scores["agreement"]
    if agreed["n"]:
        kappa = "–" if agreed["kappa"] is None else f"{agreed['kappa']:.2f}"
        alpha = "–" if agreed["alpha"] is None else f"{agreed['alpha']:.2f}"
        flag = f"; fewer than {SMALL} shared rows" if agreed["small"] else ""
        lines.append(f"agreement: {len(agreed['coders'])} coders on {agreed['n']} shared rows: Cohen's kappa {kappa}, "
                     f"Krippendorff's alpha {alpha}, all agreed on {agreed['observed']:.2f}{flag}")
    else:
        lines.append("agreement: no row judged by two coders")
    return "\n".join(lines)


def precision_sentence(scores: dict, *, top: int = 4) -> str:
    """One Markdown sentence: the measured precision on this corpus, per label, with n.

    Args:
        scores: from :func:`helpers.validate.score_judgements`.
        top: labels named at most (the most judged first).

    Returns:
        e.g. "Measured on this corpus: 82 % of 60 judged stance rows are right
        (95 % CI 70–90 %); critical 85 % (n = 40), declined 50 % (n = 4,
        fewer than 20 judgements)." (no judgements: a sentence saying so).
        The labels come from the documents (a quote's actor, a figure's
        source) and are escaped for Markdown.
    """
    overall, item = scores["overall"], scores["item"]
    if not overall["n"]:
        return f"No {item} row of this corpus has been judged yet, so its precision here is not known."
    text = (f"Measured on this corpus: {overall['p'] * 100:.0f} % of {overall['n']} judged {item} rows are right "
            f"({interval_text(overall, percent=True).split('(', 1)[1]}")
    if overall["small"]:
        text += f" — fewer than {SMALL} judgements, so a rough figure"
    parts = []
    for label, figure in list(scores["by_label"].items())[:top]:
        note = f", fewer than {SMALL} judgements" if figure["small"] else ""
        parts.append(f"{escape_markdown(label)} {figure['p'] * 100:.0f} % (n = {figure['n']}{note})")
    if parts:
        text += "; " + ", ".join(parts)
    return text + "."
