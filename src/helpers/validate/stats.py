"""The statistics of a validation: a proportion with its Wilson interval, agreement between coders.

The Wilson score interval (Wilson 1927; Brown, Cai & DasGupta 2001 recommend
it over the normal "Wald" interval for small samples and proportions near 0
or 1) is a closed formula, computed here with the standard library.  Cohen's
kappa and Krippendorff's alpha (nominal) come from NLTK's
``nltk.metrics.agreement.AnnotationTask``, already a dependency of the
project (Apache-2.0); the package ``krippendorff`` computes the same alpha
but is GPL-3.0, which this MIT-licensed project does not take on.
"""

from __future__ import annotations

from statistics import NormalDist

__all__ = ["Z95", "SMALL", "wilson", "proportion", "agreement"]

#: The normal quantile of a two-sided 95 % interval (1.959964…).
Z95 = NormalDist().inv_cdf(0.975)
#: A figure that rests on fewer judgements than this is flagged as small.
SMALL = 20


def wilson(successes: int, n: int, *, z: float = Z95) -> tuple[float, float, float]:
    """A proportion and its Wilson score interval.

    Args:
        successes: how many of the ``n`` were successes (correct rows).
        n: how many were judged.
        z: the normal quantile (95 %: :data:`Z95`).

    Returns:
        ``(p, lo, hi)``; ``(nan, nan, nan)`` when ``n`` is 0.
    """
    if n <= 0:
        nan = float("nan")
        return nan, nan, nan
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / denominator
    lo = 0.0 if successes == 0 else max(0.0, centre - half)
    hi = 1.0 if successes == n else min(1.0, centre + half)
    return p, lo, hi


def proportion(successes: int, n: int) -> dict:
    """A proportion as the figures of ``helpers validate score`` give it.

    Args:
        successes: successes among ``n``.
        n: judgements.

    Returns:
        ``{"p", "lo", "hi", "n", "k", "small"}`` (rounded to 4 places;
        ``None`` for p, lo, hi when ``n`` is 0; ``small`` when ``n`` < 20).
    """
    p, lo, hi = wilson(successes, n)
    rounded = [None if n == 0 else round(v, 4) for v in (p, lo, hi)]
    return {"p": rounded[0], "lo": rounded[1], "hi": rounded[2], "n": int(n), "k": int(successes),
            "small": n < SMALL}


def agreement(items: dict[str, dict[str, str]]) -> dict:
    """Agreement between coders on the items two or more of them judged.

    Args:
        items: ``{item key: {coder: verdict}}`` (skips already left out).

    Returns:
        ``{"coders", "n", "kappa", "alpha", "observed", "small"}``: the items
        judged by two or more coders (``n``), the share of them on which all
        agreed (``observed``), Cohen's kappa (the mean over pairs of coders
        when there are more than two, as NLTK computes it; None when fewer
        than two coders shared items) and Krippendorff's alpha for nominal
        data over those items (both None when undefined: every judgement
        gave one and the same verdict, so there is no variation to agree on).
    """
    shared = {key: coders for key, coders in items.items() if len(coders) >= 2}
    coders = sorted({c for judged in shared.values() for c in judged})
    result = {"coders": coders, "n": len(shared), "kappa": None, "alpha": None, "observed": None,
              "small": len(shared) < SMALL}
    if not shared:
        return result
    from nltk.metrics.agreement import AnnotationTask

    result["observed"] = round(sum(len(set(j.values())) == 1 for j in shared.values()) / len(shared), 4)
    data = [(coder, key, verdict) for key, judged in sorted(shared.items())
            for coder, verdict in sorted(judged.items())]
    task = AnnotationTask(data=data)
    values = {verdict for _, _, verdict in data}
    if len(values) > 1:
        result["alpha"] = round(float(task.alpha()), 4)
        pairs = [(a, b) for i, a in enumerate(coders) for b in coders[i + 1:]
                 if any(a in j and b in j for j in shared.values())]
        if pairs:
            result["kappa"] = round(sum(_pair_kappa(task, a, b, shared) for a, b in pairs) / len(pairs), 4)
    return result


def _pair_kappa(task, a: str, b: str, shared: dict) -> float:
    """Cohen's kappa of two coders on the items both judged (NLTK)."""
    from nltk.metrics.agreement import AnnotationTask

    both = [(c, key, judged[c]) for key, judged in sorted(shared.items()) if a in judged and b in judged
            for c in (a, b)]
    pair = AnnotationTask(data=both)
    try:
        return float(pair.kappa_pairwise(a, b))
    except ZeroDivisionError:  # both coders used one and the same category throughout
        return 1.0
