"""Small tables in the shape ``helpers analyze`` writes, built from sentences written for the tests.

``make_tables(docs)`` takes ``{doc_id: (outlet, [(sentence, [(actor, stance, cue), …]), …])}`` and
returns the documents, sentences and stances tables: raw-text offsets are real (the sentence and
the cue are found in the document's raw text), so ``raw[start:end]`` is the evidence.
"""

from __future__ import annotations

import pandas as pd

#: Two outlets, two languages; every stance cue is in its sentence.
DOCS = {
    "d1": ("Gulf Wire", [
        ("أعربت منظمة العفو الدولية عن قلقها إزاء احتجاز الإيغور في شينجيانغ.",
         [("Amnesty International", "critical", "قلقها")]),
        ("ونفت الصين هذه الاتهامات ووصفتها بأنها تدخل في شؤونها الداخلية.",
         [("China", "defends", "ونفت"), ("China", "defends", "تدخل في شؤونها")]),
        ("ورفضت السفارة التركية التعليق على الموضوع.", [("Turkey", "declined", "ورفضت")]),
        ("وطالب البرلمان الأوروبي بالسماح للمراقبين بزيارة شينجيانغ.", []),
    ]),
    "d2": ("World Desk", [
        ("The United Nations said it was concerned about camps in Xinjiang.",
         [("United Nations", "critical", "concerned")]),
        ("China denied the accusations.", [("China", "defends", "denied")]),
        ("Amnesty International urged the release of Uyghurs held without trial.",
         [("Amnesty International", "critical", "urged the release")]),
        ("The weather in Geneva was mild.", []),
    ]),
    "d3": ("Gulf Wire", [
        ("ودعت الولايات المتحدة إلى فرض عقوبات على مسؤولين في شينجيانغ.",
         [("United States", "critical", "فرض عقوبات")]),
        ("وقال متحدث صيني إن الوضع في شينجيانغ مستقر.", [("China", "defends", "مستقر")]),
    ]),
}


def make_tables(docs: dict = DOCS, *, titles: dict | None = None) -> dict[str, pd.DataFrame]:
    """The documents, sentences and stances tables of ``docs`` (and each document's raw text).

    Args:
        docs: ``{doc_id: (outlet, [(sentence, [(actor, stance, cue), …]), …])}``.
        titles: ``{doc_id: title}`` (default: "Title of DOC").

    Returns:
        ``{"documents", "sentences", "stances", "raw"}`` (``raw``: ``{doc_id: text}``).
    """
    documents, sentences, stances, raw = [], [], [], {}
    for doc_id, (outlet, parts) in docs.items():
        text = ""
        for number, (sentence, found) in enumerate(parts):
            start = len(text)
            text += sentence + " "
            sentences.append({"doc_id": doc_id, "sent_id": number, "start": start, "end": start + len(sentence),
                              "language": "ar", "text": sentence, "topical": "Weather" not in sentence
                              and "weather" not in sentence})
            for actor, stance, cue in found:
                at = start + sentence.index(cue)
                stances.append({"doc_id": doc_id, "actor": actor, "speaker": "", "stance": stance,
                                "evidence": sentence, "start": start, "end": start + len(sentence),
                                "cue": cue, "cue_start": at, "cue_end": at + len(cue)})
        raw[doc_id] = text
        documents.append({"doc_id": doc_id, "title": (titles or {}).get(doc_id, f"Title of {doc_id}"),
                          "outlet": outlet, "genre": "news"})
    return {"documents": pd.DataFrame(documents), "sentences": pd.DataFrame(sentences),
            "stances": pd.DataFrame(stances), "raw": raw}
