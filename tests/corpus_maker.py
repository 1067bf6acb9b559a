"""A generated multi-outlet corpus for notebook and report tests (text written for the tests).

Each document is a few sentences picked (with a fixed seed) from templates
in the style of news copy about the topic — names of the region and the
people in each outlet's preferred spellings, dated events, quotes,
criticism, denials, declined comments — plus off-topic documents (markets,
sport) with traps such as a stock index of four digits.  Nothing is copied
from a real article.

    python tests/corpus_maker.py OUT_DIR [--count 45] [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

#: outlet -> (region spelling, people spelling, language)
OUTLETS = {
    "Al Khabar Daily": ("شينجيانغ", "الإيغور", "ar"),
    "Sahel Post": ("شينجيانج", "الأويغور", "ar"),
    "Nile Courier": ("سنجان", "الأويجور", "ar"),
    "Exile Voice": ("تركستان الشرقية", "الإيغور", "ar"),
    "Gulf Wire": ("شينجيانغ", "الأويغور", "ar"),
    "Maghreb Hebdo": ("إقليم شينجيانغ", "الإيغور", "ar"),
    "World Desk": ("Xinjiang", "Uyghurs", "en"),
}
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر"]
ARABIC = [
    "قالت وزارة الخارجية الصينية إن مراكز التعليم والتدريب المهني في {region} تهدف إلى مكافحة الإرهاب.",
    "أعربت منظمة العفو الدولية عن قلقها البالغ إزاء احتجاز {people} في معسكرات داخل {region}.",
    "ودعت الولايات المتحدة في {day} {month} {year} إلى فرض عقوبات على مسؤولين في {region}.",
    "ونفت بكين هذه الاتهامات ووصفتها بأنها تدخل في شؤونها الداخلية.",
    "وذكرت لجنة تابعة للأمم المتحدة في {month} {year} أن نحو مليون شخص من {people} محتجزون.",
    "ورفضت السفارة التركية التعليق على الموضوع.",
    "وقال متحدث باسم الحكومة الصينية يوم الثلاثاء إن الوضع في {region} مستقر.",
    "وأدانت هيومن رايتس ووتش ما وصفته بالعمل القسري الذي يتعرض له {people}.",
    "وطالب البرلمان الأوروبي بالسماح للمراقبين بزيارة {region} دون قيود.",
]
ENGLISH = [
    "The United Nations said in {month_en} {year} that it was concerned about detention camps in {region}.",
    "China denied the accusations and called them interference in its internal affairs.",
    "Amnesty International urged the release of {people} held without trial.",
    "The Turkish embassy declined to comment.",
]
OFF_TOPIC = [
    "ارتفع مؤشر البورصة المحلية إلى 1330 نقطة في ختام تداولات يوم الخميس.",
    "فاز الفريق المحلي بهدفين دون رد في مباراة الأحد الماضي.",
    "أعلنت وزارة الفلاحة عن توقعات بموسم حبوب جيد خلال {month} المقبل.",
    "افتتح المهرجان الثقافي دورته الجديدة بحضور عدد من الفنانين.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def _document(rng: random.Random, outlet: str, topical: bool) -> tuple[str, str]:
    region, people, language = OUTLETS[outlet]
    if language == "ar" and rng.random() < 0.3:  # outlets are not consistent: a second spelling
        region, people = rng.choice([v[:2] for v in OUTLETS.values() if v[2] == "ar"])
    pool = OFF_TOPIC if not topical else (ENGLISH if language == "en" else ARABIC)
    picked = rng.sample(pool, k=min(len(pool), rng.randint(2, 5)))
    fill = {"region": region, "people": people, "day": rng.randint(1, 28), "month": rng.choice(MONTHS),
            "month_en": rng.choice(MONTHS_EN), "year": rng.choice([2017, 2018, 2019, 2021, 2022])}
    sentences = [s.format(**fill) for s in picked]
    title = sentences[0].split(".")[0][:60]
    return title, "\n".join([title, *sentences]) + "\n"


def write_corpus(folder: str | Path, *, count: int = 45, seed: int = 0, off_topic: float = 0.2) -> Path:
    """Write ``count`` generated documents and a catalog.csv into ``folder``.

    Args:
        folder: the folder (created).
        count: how many documents.
        seed: random seed (same seed, same corpus).
        off_topic: share of off-topic documents.

    Returns:
        The folder.
    """
    rng, folder = random.Random(seed), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows, start = [], dt.date(2018, 1, 1)
    for i in range(count):
        outlet = sorted(OUTLETS)[i % len(OUTLETS)]
        topical = rng.random() >= off_topic
        title, text = _document(rng, outlet, topical)
        name = f"doc{i:04d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        published = start + dt.timedelta(days=rng.randint(0, 5 * 365))
        rows.append({"doc_id": f"doc{i:04d}", "file": name, "title": title, "outlet": outlet,
                     "language": OUTLETS[outlet][2], "published": published.isoformat(), "genre": "news"})
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=45)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write_corpus(args.out, count=args.count, seed=args.seed))
