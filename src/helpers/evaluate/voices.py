"""Voices: who a document gives a voice to, as (document, actor) facts, and their score.

A voice is an actor the text quotes or paraphrases as speaking (said, told,
according to, accused, denied, called for, expressed concern, declined to
comment).  The pipeline's voices (:func:`predicted_voices`) are

1. the actors of the quotes table (``actor`` not empty), and
2. the holders of stance rows (``stances.actor``) that the text names, i.e.
   every critical, defends or declined row except the document's own voice
   (``label_source == "author"``) and the rows of an act that says nothing
   (``category`` in :data:`SILENT_CATEGORIES`: a sanction or a ban is a
   position, not a voice), with the other rows of its holder in that sentence
   ("banned imports … over forced labour").

A voices gold (:func:`read_voice_gold`) is a TSV with the columns ``doc_id``,
``actor`` and ``evidence`` (one row per voice; ``#`` lines are comments), as
``tests/gold/dev_voices.tsv``.  Actors are compared with :func:`voice_key`:
the alias table of :mod:`helpers.evaluate.actors`, then the
normalisation of :func:`helpers.text.normalise.normalise_text` (so that a name
outside the gazetteer, أديداس / اديداس, matches however its hamza is written).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.evaluate.actors import actor_key
from helpers.evaluate.scoring import prf, read_gold
from helpers.extract.stance.holders import AUTHOR
from helpers.text.normalise import normalise_text

__all__ = ["VOICE_COLUMNS", "SILENT_CATEGORIES", "voice_key", "read_voice_gold", "predicted_voices",
           "score_voices"]

VOICE_COLUMNS = ["doc_id", "actor", "evidence"]
#: Stance cue categories of acts that give no voice (sanctions, bans, blacklists).
SILENT_CATEGORIES = frozenset({"sanctions"})
#: Stance labels that give their holder a voice (a neutral row is a negated or idle cue: "did not condemn").
VOICED = frozenset({"critical", "defends", "declined"})


def voice_key(name) -> str:
    """The comparable form of an actor name (aliases, then case and Arabic spelling folded).

    Args:
        name: an actor name (str, or None/NaN for the document's own voice).

    Returns:
        The key: ``"Human rights organizations"`` → ``"rights groups"``,
        ``"أديداس"`` → ``"اديداس"``.
    """
    return normalise_text(actor_key(name))


def read_voice_gold(path: str | Path) -> pd.DataFrame:
    """Read a voices gold TSV (doc_id, actor, evidence).

    Args:
        path: the file.

    Returns:
        DataFrame with :data:`VOICE_COLUMNS` (as text).

    Raises:
        ValueError: the file lacks one of the columns (one line naming the file).
    """
    gold = read_gold(path)
    missing = [c for c in ("doc_id", "actor") if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: a voices gold needs the columns doc_id, actor (missing: {', '.join(missing)})")
    if "evidence" not in gold.columns:
        gold["evidence"] = ""
    return gold[VOICE_COLUMNS]


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def predicted_voices(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The (document, actor) voices of the pipeline's tables (see the module docstring).

    Args:
        tables: the pipeline's tables; ``quotes`` and ``stances`` are read when present.

    Returns:
        DataFrame with doc_id, actor, evidence (the first quote or stance
        evidence of the pair, in text order), ``source`` (quote | stance) and
        the raw ``start``/``end`` of that row, one row per pair, sorted.
    """
    rows = []
    quotes = tables.get("quotes")
    for row in ([] if quotes is None else quotes.to_dict("records")):
        actor = _text(row.get("actor"))
        if actor:
            rows.append((row["doc_id"], actor, _text(row.get("content")), "quote", int(row["start"]),
                         int(row["end"])))
    stances = tables.get("stances")
    records = [] if stances is None else stances.to_dict("records")
    acts = {(r["doc_id"], r.get("start"), r.get("actor")) for r in records if r.get("category") in SILENT_CATEGORIES}
    for row in records:
        actor = _text(row.get("actor"))
        if not actor or actor == AUTHOR or row.get("label_source") == "author" \
                or (row["doc_id"], row.get("start"), actor) in acts or row.get("stance") not in VOICED:
            continue  # an act that says nothing silences its holder's other rows of the sentence too
        rows.append((row["doc_id"], actor, _text(row.get("evidence")), "stance", int(row["start"]),
                     int(row["end"])))
    frame = pd.DataFrame(rows, columns=["doc_id", "actor", "evidence", "source", "start", "end"])
    frame["key"] = [voice_key(a) for a in frame["actor"]]
    frame = frame.sort_values(["doc_id", "start"], kind="stable").drop_duplicates(["doc_id", "key"])
    return frame.drop(columns="key").sort_values(["doc_id", "actor"], ignore_index=True)


def score_voices(predicted: pd.DataFrame, gold: pd.DataFrame, *,
                 documents=None) -> tuple[dict, list[dict]]:
    """(document, actor) voices: precision, recall, F1 and the errors.

    Args:
        predicted: :func:`predicted_voices` output (doc_id, actor, evidence).
        gold: :func:`read_voice_gold` output.
        documents: the documents the gold covers (None: every document of
            ``predicted`` and ``gold``); predictions elsewhere are ignored.

    Returns:
        ``(prf dict, error rows)``; an error row is ``{error: miss | false hit,
        doc_id, actor, evidence}``, sorted by document and actor.
    """
    keep = None if documents is None else set(documents)
    pred = {(d, voice_key(a)): (a, e) for d, a, e in
            zip(predicted["doc_id"], predicted["actor"], predicted["evidence"])
            if keep is None or d in keep}
    want = {(d, voice_key(a)): (a, e) for d, a, e in zip(gold["doc_id"], gold["actor"], gold["evidence"])}
    errors = [{"error": "miss", "doc_id": d, "actor": want[(d, k)][0], "evidence": want[(d, k)][1]}
              for d, k in sorted(set(want) - set(pred))]
    errors += [{"error": "false hit", "doc_id": d, "actor": pred[(d, k)][0], "evidence": pred[(d, k)][1]}
               for d, k in sorted(set(pred) - set(want))]
    errors.sort(key=lambda r: (r["doc_id"], r["actor"], r["error"]))
    hits = len(set(pred) & set(want))
    return prf(hits, len(pred) - hits, len(want) - hits), errors
