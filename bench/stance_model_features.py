"""A learned second opinion on the stance rules: features of a candidate and a linear scorer.

A *candidate* is something the rules already found in a document, with the
sentence it stands on (its provenance):

``row``    a stance row of :func:`helpers.extract.stance.rows.stance_rows`
           (actor, label, cue, how the holder was found) and its evidence sentence;
``quote``  a voiced actor (a quotes row) that holds no stance row of the
           document, with the sentence its quote starts in.

:func:`candidate_features` turns one into sparse binary features: character
n-grams (3 to 5, inside words) and words of the sentence normalised by
:func:`helpers.text.normalise.normalise_text`, and the rules' own signals
(the rule's label, the holder source, the cue category, negation, whether the
actor owns the policy, a question mark).  :class:`StanceModel` holds one
weight per (feature, class) for the classes ``critical``, ``defends``,
``declined`` and ``none``, read from a weight file written by
``bench/stance_model.py --write`` (a multinomial logistic regression trained on
the development stance probes; the file's header says how);
:meth:`StanceModel.probabilities` is a dot product and a softmax, nothing more.
Nothing here reads a probe file or needs a training library.

Not wired into the pipeline, and so kept in ``bench/`` beside its trainer rather than
in the package: leave-one-file-out, the model did not improve on the rules on
every left-out file (bench/STANCE_MODEL.md), so no weight file is committed and
no stage calls this module; :data:`WEIGHTS` is where ``--write`` puts one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers.extract.stance.lexicon import match_cues
from helpers.text.normalise import normalise_text

__all__ = ["CLASSES", "NONE", "WEIGHTS", "BIAS", "candidate_features", "StanceModel", "load_model"]

#: The classes the model scores, in the order of its weight columns.
CLASSES = ("critical", "defends", "declined", "none")
#: The class of a candidate that should give no stance row.
NONE = "none"
#: The weight file written by ``bench/stance_model.py``.
WEIGHTS = Path(__file__).resolve().parent / "stance_model_weights.tsv"
#: The feature every candidate has (the intercept).
BIAS = "(bias)"
_WORD = re.compile(r"\w+")
_QUESTION = re.compile(r"[?\u061f]")
_NGRAMS = (3, 4, 5)


def _text_features(text: str) -> set[str]:
    """Character n-grams (inside words, padded with a space), words and cue labels of a sentence."""
    norm = normalise_text(text)
    found = {f"r:cue={cue.label}" for cue in match_cues(norm)}
    words = _WORD.findall(norm.lower())
    found.update(f"w:{w}" for w in words)
    found.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    for word in words:
        padded = f" {word} "
        for n in _NGRAMS:
            found.update(f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1))
    return found


def candidate_features(text: str, *, unit: str, rule: str = "", source: str = "", category: str = "",
                       negated: bool = False, owner: bool = False, mode: str = "",
                       verb: str = "") -> list[str]:
    """The sorted feature names of one candidate.

    Args:
        text: the candidate's evidence sentence (raw; normalised here).
        unit: ``row`` (a rule's stance row) or ``quote`` (a voice without a stance row).
        rule: the rule's label (critical | defends | declined; empty for a quote).
        source: how the rule found the holder (``label_source``: quote, subject, report …).
        category: the cue's category.
        negated: whether the rule found the cue negated or rejected.
        owner: whether the actor is the owner of the policy (China).
        mode: a quote's mode (direct, reported …; empty for a row).
        verb: a quote's verb type (empty for a row).

    Returns:
        Sorted, distinct feature names, each prefixed with the unit (``row|``, ``quote|``: one
        model per unit), :data:`BIAS` included.
    """
    signals = [f"r:unit={unit}", f"r:rule={rule or '-'}", f"r:src={source or '-'}",
               f"r:cat={category or '-'}", f"r:owner={int(owner)}", f"r:neg={int(negated)}",
               f"r:q={int(bool(_QUESTION.search(text)))}", f"r:mode={mode or '-'}", f"r:verb={verb or '-'}",
               f"r:rule={rule or '-'}&owner={int(owner)}", f"r:rule={rule or '-'}&src={source or '-'}"]
    return sorted(f"{unit}|{name}" for name in _text_features(text) | set(signals) | {BIAS})


@dataclass(frozen=True)
class StanceModel:
    """A linear model: ``weights[feature][k]`` is the weight of the feature for ``CLASSES[k]``.

    Attributes:
        weights: feature name → one weight per class of :data:`CLASSES`.
        header: the comment lines of the weight file (how it was made).
    """

    weights: dict[str, tuple[float, ...]]
    header: tuple[str, ...] = ()

    def probabilities(self, features) -> dict[str, float]:
        """The class probabilities of one candidate.

        Args:
            features: feature names (:func:`candidate_features`); unknown ones weigh nothing.

        Returns:
            ``{class: probability}`` over :data:`CLASSES`: the softmax of the summed weights of the
            known features divided by the square root of their number (the training's scaling).
        """
        scores, known = [0.0] * len(CLASSES), 0
        for name in features:
            row = self.weights.get(name)
            if row is None:
                continue
            known += 1
            for k, weight in enumerate(row):
                scores[k] += weight
        scores = [s / math.sqrt(known or 1) for s in scores]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(CLASSES, exps)}


def read_weights(path: str | Path) -> StanceModel:
    """Read a weight file: ``#`` header lines, then ``feature class weight`` rows (tab-separated).

    Args:
        path: the TSV written by ``bench/stance_model.py``.

    Returns:
        A :class:`StanceModel`.

    Raises:
        ValueError: a row whose class is not one of :data:`CLASSES`.
    """
    header, weights = [], {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header.append(line[1:].strip())
            continue
        if not line.strip() or line.startswith("feature\t"):
            continue
        name, label, weight = line.split("\t")
        if label not in CLASSES:
            raise ValueError(f"{path}: unknown class {label!r}")
        row = weights.setdefault(name, [0.0] * len(CLASSES))
        row[CLASSES.index(label)] = float(weight)
    return StanceModel({k: tuple(v) for k, v in weights.items()}, tuple(header))


@lru_cache(maxsize=1)
def load_model() -> StanceModel:
    """The committed model (:data:`WEIGHTS`), read once.

    Returns:
        A :class:`StanceModel`.

    Raises:
        FileNotFoundError: no weight file (``python bench/stance_model.py --write`` makes it).
    """
    return read_weights(WEIGHTS)
