"""The stance/voice probe files of rounds 8 to 11 as tests: floors on each file's scores and the items it gets exactly.

- ``stance_round8_a.tsv`` and ``stance_round8_b.tsv``: 60 development items each, by two writers who read
  neither the rules nor any other probe (open-world speakers, the author's voice, groups, attribution;
  justification, pressure told as acts, non-assertions, off-topic evaluations), mostly short articles;
- ``stance_round8_verdicts.tsv``: the lead's own verdict items ("X is a crime / legitimate"; sanctions judged
  unjust or overdue), written before the verdict frames;
- ``stance_round8_elsewhere.tsv``: the lead's own items on other causes (the Rohingya, Gaza, Kashmir) next to the topic,
  written before the ``elsewhere`` grammar rows;
- ``stance_round8_transcripts.tsv``: the lead's own interview, briefing and panel transcripts, written before
  :mod:`helpers.extract.quotes.transcript`;
- ``stance_round9_content.tsv``: the lead's own items on testimony of conditions in the region (what the camps hold,
  who was made to do what, fear; workers treated well, wages, prayer, rights respected; the same words elsewhere,
  in questions and conditions, and told as a claim), written before the round-9 frames;
- ``stance_round10_d.tsv``: 80 development items by a fourth writer (D) who read neither the rules nor any other
  probe (README-r10d.md); ``stance_round10_content.tsv``: the lead's round-10 items (welcoming an act, farces,
  freedom of movement, the author's voice …), written before the round-10 rules;
- ``stance_round11_f.tsv``: 73 development items by a fifth writer (F) who read neither the rules nor any other
  probe, 35 of them whole articles of 5-10 paragraphs (README-r11f.md).

A third of every file's draw is held back in ``tests/probes/heldback/`` (stance_r8a, r8b, r8e, r8v, r8t, r9k, r10d,
r10k, r11f, r11k) and never read here. The floors are today's figures minus 0.04; the items listed are those whose
rows the rules give exactly today (the others are the error tables of bench/STANCE_ROUND8.md to STANCE_ROUND11.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from probe_support import item_errors, scored_probe_file


@dataclass(frozen=True)
class Expect:
    """What a probe file must keep: floors on stance F1 and precision and voice F1, exact items."""

    stance_f1: float
    stance_precision: float
    voice_f1: float
    stances: tuple[str, ...]
    voices: tuple[str, ...]


FILES = {
    "stance_round8_a": Expect(
        stance_f1=0.78, stance_precision=0.86, voice_f1=0.82,  # today 0.82 / 0.91 / 0.86
        stances=(
            "r8a-004", "r8a-005", "r8a-007", "r8a-010", "r8a-012", "r8a-020", "r8a-021", "r8a-022", "r8a-023",
            "r8a-026", "r8a-027", "r8a-028", "r8a-030", "r8a-033", "r8a-034", "r8a-036", "r8a-038", "r8a-040",
            "r8a-042", "r8a-043", "r8a-044", "r8a-045", "r8a-046", "r8a-048", "r8a-050", "r8a-051", "r8a-052",
            "r8a-054", "r8a-055", "r8a-056", "r8a-057", "r8a-058", "r8a-060", "r8a-063", "r8a-064", "r8a-066",
            "r8a-068", "r8a-070", "r8a-072", "r8a-073", "r8a-075", "r8a-078", "r8a-079", "r8a-080", "r8a-083",
            "r8a-084", "r8a-086", "r8a-088", "r8a-089", "r8a-090",
        ),
        voices=(
            "r8a-003", "r8a-004", "r8a-005", "r8a-007", "r8a-010", "r8a-011", "r8a-012", "r8a-018", "r8a-019",
            "r8a-020", "r8a-022", "r8a-023", "r8a-026", "r8a-027", "r8a-028", "r8a-030", "r8a-033", "r8a-034",
            "r8a-035", "r8a-036", "r8a-038", "r8a-040", "r8a-042", "r8a-043", "r8a-044", "r8a-045", "r8a-046",
            "r8a-048", "r8a-050", "r8a-051", "r8a-052", "r8a-054", "r8a-055", "r8a-056", "r8a-057", "r8a-058",
            "r8a-063", "r8a-064", "r8a-066", "r8a-068", "r8a-070", "r8a-073", "r8a-075", "r8a-078", "r8a-079",
            "r8a-080", "r8a-083", "r8a-084", "r8a-086", "r8a-088", "r8a-090",
        ),
    ),
    "stance_round8_b": Expect(
        stance_f1=0.85, stance_precision=0.93, voice_f1=0.85,  # today 0.90 / 0.97 / 0.89
        stances=(
            "r8b-003", "r8b-004", "r8b-005", "r8b-008", "r8b-009", "r8b-014", "r8b-015", "r8b-016", "r8b-020",
            "r8b-022", "r8b-023", "r8b-024", "r8b-026", "r8b-032", "r8b-033", "r8b-035", "r8b-036", "r8b-037",
            "r8b-039", "r8b-040", "r8b-041", "r8b-043", "r8b-044", "r8b-047", "r8b-048", "r8b-049", "r8b-053",
            "r8b-055", "r8b-056", "r8b-057", "r8b-058", "r8b-059", "r8b-060", "r8b-062", "r8b-063", "r8b-064",
            "r8b-065", "r8b-067", "r8b-069", "r8b-070", "r8b-071", "r8b-072", "r8b-075", "r8b-076", "r8b-077",
            "r8b-080", "r8b-081", "r8b-084", "r8b-085", "r8b-086", "r8b-087", "r8b-088", "r8b-090",
        ),
        voices=(
            "r8b-002", "r8b-003", "r8b-004", "r8b-005", "r8b-008", "r8b-009", "r8b-014", "r8b-015", "r8b-016",
            "r8b-018", "r8b-020", "r8b-023", "r8b-024", "r8b-026", "r8b-029", "r8b-032", "r8b-033", "r8b-035",
            "r8b-036", "r8b-037", "r8b-039", "r8b-040", "r8b-041", "r8b-042", "r8b-043", "r8b-044", "r8b-046",
            "r8b-048", "r8b-049", "r8b-053", "r8b-056", "r8b-057", "r8b-058", "r8b-059", "r8b-060", "r8b-062",
            "r8b-063", "r8b-064", "r8b-065", "r8b-067", "r8b-069", "r8b-070", "r8b-071", "r8b-072", "r8b-076",
            "r8b-084", "r8b-085", "r8b-087", "r8b-088",
        ),
    ),
    "stance_round8_elsewhere": Expect(
        stance_f1=0.71, stance_precision=0.71, voice_f1=0.91,  # today 0.75 / 0.75 / 0.95
        stances=(
            "e8-01", "e8-04", "e8-05", "e8-06", "e8-08", "e8-09", "e8-10", "e8-16", "e8-18",
        ),
        voices=(
            "e8-01", "e8-04", "e8-05", "e8-06", "e8-08", "e8-09", "e8-10", "e8-11", "e8-14", "e8-18",
        ),
    ),
    "stance_round8_verdicts": Expect(
        stance_f1=0.92, stance_precision=0.89, voice_f1=0.93,  # today 0.97 / 0.93 / 0.97
        stances=(
            "v8-02", "v8-03", "v8-04", "v8-05", "v8-06", "v8-09", "v8-10", "v8-12", "v8-14",
            "v8-15", "v8-18", "v8-20", "v8-21", "v8-22", "v8-23", "v8-26", "v8-27", "v8-28",
            "v8-29", "v8-30", "v8-31", "v8-33", "v8-34", "v8-37", "v8-38",
        ),
        voices=(
            "v8-02", "v8-03", "v8-04", "v8-05", "v8-06", "v8-09", "v8-10", "v8-12", "v8-14",
            "v8-15", "v8-18", "v8-20", "v8-21", "v8-22", "v8-23", "v8-24", "v8-26", "v8-28",
            "v8-29", "v8-30", "v8-31", "v8-33", "v8-34", "v8-37", "v8-38",
        ),
    ),
    "stance_round8_transcripts": Expect(
        stance_f1=0.91, stance_precision=0.87, voice_f1=0.81,  # today 0.95 / 0.91 / 0.85
        stances=(
            "t8-01", "t8-02", "t8-04", "t8-06", "t8-07", "t8-09", "t8-10", "t8-11", "t8-12", "t8-14", "t8-18",
        ),
        voices=(
            "t8-01", "t8-02", "t8-04", "t8-07", "t8-09", "t8-11", "t8-12", "t8-14", "t8-18",
        ),
    ),
    "stance_round9_content": Expect(
        stance_f1=0.91, stance_precision=0.93, voice_f1=0.89,  # today 0.95 / 0.97 / 0.93
        stances=(
            "k9-01", "k9-04", "k9-05", "k9-07", "k9-08", "k9-09", "k9-12", "k9-14", "k9-16", "k9-17", "k9-19",
            "k9-21", "k9-22", "k9-23", "k9-24", "k9-25", "k9-28", "k9-29", "k9-32", "k9-33", "k9-34", "k9-35",
            "k9-36", "k9-37", "k9-38", "k9-39", "k9-42", "k9-43", "k9-44", "k9-48", "k9-50", "k9-51", "k9-55",
            "k9-57", "k9-58", "k9-59", "k9-60", "k9-61", "k9-63", "k9-64", "k9-65", "k9-66", "k9-67", "k9-69",
            "k9-71", "k9-73", "k9-74", "k9-75", "k9-78", "k9-79", "k9-80", "k9-81", "k9-83", "k9-84", "k9-86",
            "k9-88", "k9-89",
        ),
        voices=(
            "k9-01", "k9-04", "k9-05", "k9-07", "k9-08", "k9-09", "k9-12", "k9-14", "k9-16", "k9-17", "k9-19",
            "k9-21", "k9-22", "k9-23", "k9-24", "k9-25", "k9-28", "k9-29", "k9-32", "k9-33", "k9-34", "k9-35",
            "k9-36", "k9-37", "k9-38", "k9-39", "k9-42", "k9-43", "k9-44", "k9-48", "k9-50", "k9-51", "k9-55",
            "k9-58", "k9-59", "k9-60", "k9-61", "k9-63", "k9-64", "k9-65", "k9-66", "k9-67", "k9-69", "k9-73",
            "k9-74", "k9-75", "k9-78", "k9-79", "k9-80", "k9-81", "k9-83", "k9-84", "k9-86", "k9-88", "k9-89",
        ),
    ),
    "stance_round10_content": Expect(
        stance_f1=0.87, stance_precision=0.90, voice_f1=0.84,  # today 0.91 / 0.95 / 0.88
        stances=(
            "c10-001", "c10-002", "c10-004", "c10-005", "c10-006", "c10-007", "c10-008", "c10-010", "c10-011",
            "c10-012", "c10-013", "c10-014", "c10-015", "c10-016", "c10-017", "c10-018", "c10-019", "c10-020",
            "c10-021", "c10-022", "c10-023", "c10-025", "c10-026", "c10-027", "c10-028", "c10-029", "c10-030",
            "a10-001", "a10-003", "a10-004", "a10-005", "a10-006", "a10-008", "a10-009", "a10-010", "a10-011",
            "a10-012", "a10-013", "a10-014", "a10-015",
        ),
        voices=(
            "c10-001", "c10-002", "c10-004", "c10-005", "c10-006", "c10-007", "c10-008", "c10-010", "c10-011",
            "c10-012", "c10-013", "c10-014", "c10-015", "c10-016", "c10-017", "c10-018", "c10-019", "c10-020",
            "c10-021", "c10-023", "c10-025", "c10-026", "c10-027", "c10-028", "c10-029", "c10-030", "a10-001",
            "a10-003", "a10-004", "a10-005", "a10-006", "a10-008", "a10-009", "a10-010", "a10-011", "a10-012",
            "a10-013", "a10-014", "a10-015",
        ),
    ),
    "stance_round10_d": Expect(
        stance_f1=0.80, stance_precision=0.86, voice_f1=0.84,  # today 0.85 / 0.90 / 0.88
        stances=(
            "r10d-001", "r10d-003", "r10d-005", "r10d-007", "r10d-009", "r10d-012", "r10d-013", "r10d-015", "r10d-016",
            "r10d-017", "r10d-022", "r10d-024", "r10d-025", "r10d-027", "r10d-029", "r10d-030", "r10d-031", "r10d-033",
            "r10d-034", "r10d-036", "r10d-042", "r10d-044", "r10d-047", "r10d-049", "r10d-050", "r10d-053", "r10d-054",
            "r10d-056", "r10d-057", "r10d-058", "r10d-059", "r10d-060", "r10d-066", "r10d-067", "r10d-069", "r10d-070",
            "r10d-071", "r10d-072", "r10d-074", "r10d-077", "r10d-079", "r10d-080", "r10d-081", "r10d-082", "r10d-085",
            "r10d-089", "r10d-090", "r10d-092", "r10d-093", "r10d-094", "r10d-095", "r10d-096", "r10d-102", "r10d-103",
            "r10d-104", "r10d-106", "r10d-107", "r10d-109", "r10d-111", "r10d-112", "r10d-114", "r10d-115", "r10d-117",
            "r10d-119", "r10d-120",
        ),
        voices=(
            "r10d-001", "r10d-003", "r10d-005", "r10d-007", "r10d-009", "r10d-010", "r10d-012", "r10d-013", "r10d-015",
            "r10d-017", "r10d-024", "r10d-026", "r10d-027", "r10d-029", "r10d-031", "r10d-032", "r10d-033", "r10d-034",
            "r10d-036", "r10d-042", "r10d-044", "r10d-047", "r10d-050", "r10d-053", "r10d-056", "r10d-057", "r10d-059",
            "r10d-060", "r10d-062", "r10d-063", "r10d-066", "r10d-067", "r10d-069", "r10d-070", "r10d-071", "r10d-072",
            "r10d-074", "r10d-075", "r10d-077", "r10d-079", "r10d-080", "r10d-081", "r10d-082", "r10d-085", "r10d-089",
            "r10d-090", "r10d-092", "r10d-093", "r10d-094", "r10d-095", "r10d-099", "r10d-102", "r10d-103", "r10d-104",
            "r10d-106", "r10d-107", "r10d-109", "r10d-111", "r10d-114", "r10d-115", "r10d-117", "r10d-119", "r10d-120",
        ),
    ),
    "stance_round11_f": Expect(
        stance_f1=0.69, stance_precision=0.71, voice_f1=0.76,  # today 0.73 / 0.75 / 0.80
        stances=(
            "r11f-004", "r11f-006", "r11f-007", "r11f-009", "r11f-010", "r11f-012", "r11f-018", "r11f-020", "r11f-021",
            "r11f-027", "r11f-030", "r11f-033", "r11f-034", "r11f-036", "r11f-037", "r11f-041", "r11f-044", "r11f-046",
            "r11f-047", "r11f-048", "r11f-050", "r11f-051", "r11f-052", "r11f-053", "r11f-058", "r11f-059", "r11f-060",
            "r11f-065", "r11f-066", "r11f-070", "r11f-071", "r11f-072", "r11f-077", "r11f-080", "r11f-081", "r11f-086",
            "r11f-089", "r11f-091", "r11f-093", "r11f-094", "r11f-095", "r11f-096", "r11f-098", "r11f-101", "r11f-103",
            "r11f-104",
        ),
        voices=(
            "r11f-004", "r11f-006", "r11f-007", "r11f-009", "r11f-010", "r11f-012", "r11f-018", "r11f-019", "r11f-021",
            "r11f-023", "r11f-026", "r11f-027", "r11f-030", "r11f-034", "r11f-036", "r11f-046", "r11f-047", "r11f-050",
            "r11f-051", "r11f-052", "r11f-053", "r11f-054", "r11f-059", "r11f-060", "r11f-065", "r11f-066", "r11f-069",
            "r11f-070", "r11f-072", "r11f-073", "r11f-077", "r11f-078", "r11f-083", "r11f-085", "r11f-086", "r11f-089",
            "r11f-091", "r11f-094", "r11f-098", "r11f-101", "r11f-103", "r11f-104",
        ),
    ),
    "stance_round12_k": Expect(
        stance_f1=0.84, stance_precision=0.88, voice_f1=0.81,  # today 0.89 / 0.92 / 0.86
        stances=(
            "k12-001", "k12-002", "k12-003", "k12-004", "k12-008", "k12-009", "k12-011", "k12-012", "k12-013",
            "k12-014", "k12-016", "k12-018", "k12-023", "k12-024", "k12-025", "k12-026", "k12-029", "k12-031",
            "k12-036", "k12-037", "k12-039", "k12-040", "k12-041", "k12-042", "k12-043", "k12-046", "k12-048",
            "k12-051", "k12-052", "k12-053", "k12-054", "k12-055", "k12-056", "k12-057", "k12-058", "k12-060",
            "k12-061", "k12-064", "k12-067", "k12-069", "k12-071", "k12-072", "k12-073", "k12-074", "k12-075",
            "k12-078", "k12-079", "k12-080", "k12-083", "k12-084", "k12-086", "k12-088", "k12-089", "k12-090",
            "k12-093", "k12-094", "k12-095", "k12-097", "k12-098", "k12-101", "k12-103", "k12-105", "k12-106",
            "k12-107", "k12-109", "k12-111", "k12-112", "k12-113", "k12-116", "k12-117", "k12-118", "k12-119",
            "k12-120", "k12-122", "k12-124", "k12-128", "k12-129", "k12-131", "k12-133", "k12-134", "k12-136",
            "k12-137", "k12-140", "k12-141", "k12-143", "k12-144", "k12-145", "k12-146", "k12-148", "k12-149",
            "k12-151", "k12-153", "k12-154", "k12-157", "k12-158", "k12-160", "k12-161", "k12-162", "k12-163",
            "k12-164", "k12-166", "k12-168", "k12-169", "k12-171", "k12-172", "k12-173", "k12-174", "k12-175",
            "k12-176", "k12-179", "k12-180", "k12-181", "k12-182", "k12-183", "k12-185", "k12-186", "k12-188",
            "k12-189", "k12-190",
        ),
        voices=(
            "k12-001", "k12-002", "k12-003", "k12-004", "k12-008", "k12-009", "k12-011", "k12-012", "k12-013",
            "k12-018", "k12-023", "k12-024", "k12-026", "k12-029", "k12-031", "k12-033", "k12-036", "k12-037",
            "k12-039", "k12-040", "k12-041", "k12-042", "k12-046", "k12-048", "k12-051", "k12-052", "k12-053",
            "k12-054", "k12-055", "k12-056", "k12-057", "k12-058", "k12-060", "k12-061", "k12-064", "k12-067",
            "k12-069", "k12-071", "k12-072", "k12-073", "k12-075", "k12-078", "k12-079", "k12-080", "k12-083",
            "k12-084", "k12-085", "k12-086", "k12-088", "k12-090", "k12-093", "k12-094", "k12-095", "k12-097",
            "k12-098", "k12-101", "k12-103", "k12-105", "k12-106", "k12-107", "k12-109", "k12-111", "k12-112",
            "k12-115", "k12-116", "k12-117", "k12-118", "k12-119", "k12-120", "k12-122", "k12-124", "k12-126",
            "k12-128", "k12-129", "k12-131", "k12-133", "k12-134", "k12-136", "k12-139", "k12-140", "k12-141",
            "k12-143", "k12-148", "k12-149", "k12-150", "k12-153", "k12-154", "k12-155", "k12-157", "k12-158",
            "k12-160", "k12-161", "k12-162", "k12-163", "k12-166", "k12-168", "k12-169", "k12-171", "k12-172",
            "k12-173", "k12-174", "k12-175", "k12-176", "k12-179", "k12-180", "k12-181", "k12-182", "k12-185",
            "k12-186", "k12-187", "k12-188", "k12-190", "k12-192",
        ),
    ),
    "stance_round12_h": Expect(
        stance_f1=0.68, stance_precision=0.81, voice_f1=0.71,  # today 0.73 / 0.85 / 0.76
        stances=(
            "r12h-002", "r12h-003", "r12h-006", "r12h-007", "r12h-013", "r12h-017", "r12h-018", "r12h-019", "r12h-020",
            "r12h-021", "r12h-023", "r12h-030", "r12h-032", "r12h-036", "r12h-038", "r12h-039", "r12h-040", "r12h-041",
            "r12h-042", "r12h-044", "r12h-045", "r12h-046", "r12h-049", "r12h-050", "r12h-053", "r12h-054", "r12h-055",
            "r12h-057", "r12h-064", "r12h-067", "r12h-068", "r12h-070", "r12h-072", "r12h-078", "r12h-079", "r12h-081",
            "r12h-082", "r12h-084", "r12h-086", "r12h-087", "r12h-088", "r12h-089", "r12h-090",
        ),
        voices=(
            "r12h-002", "r12h-003", "r12h-006", "r12h-007", "r12h-010", "r12h-012", "r12h-018", "r12h-021", "r12h-023",
            "r12h-027", "r12h-032", "r12h-033", "r12h-040", "r12h-045", "r12h-046", "r12h-047", "r12h-050", "r12h-053",
            "r12h-054", "r12h-055", "r12h-057", "r12h-061", "r12h-064", "r12h-066", "r12h-067", "r12h-070", "r12h-074",
            "r12h-078", "r12h-079", "r12h-086", "r12h-087", "r12h-089", "r12h-090",
        ),
    ),
    "stance_round6_documents": Expect(
        stance_f1=0.89, stance_precision=0.94, voice_f1=0.81,  # today 0.93 / 0.98 / 0.85
        stances=(
            "d6-e01", "d6-e02", "d6-e03", "d6-e04", "d6-e05", "d6-e06", "d6-e07", "d6-e08", "d6-e09",
            "d6-e10", "d6-e11", "d6-e13", "d6-e14", "d6-e15", "d6-e16", "d6-e17", "d6-e18", "d6-e19",
            "d6-e20", "d6-e21", "d6-e22", "d6-e23", "d6-e25", "d6-e26", "d6-e27", "d6-e29", "d6-e30",
            "d6-e31", "d6-e32", "d6-e33", "d6-e34", "d6-e35", "d6-e36", "d6-e37", "d6-e38", "d6-e39",
            "d6-e40", "d6-e41", "d6-e42", "d6-e43", "d6-e44", "d6-e45", "d6-e46", "d6-e47", "d6-e48",
            "d6-e49", "d6-e50", "d6-e51", "d6-e52", "d6-e53", "d6-e54", "d6-e55", "d6-e56", "d6-e57",
            "d6-e58", "d6-e59", "d6-e60", "d6-e61", "d6-e62", "d6-a01", "d6-a02", "d6-a03", "d6-a04",
            "d6-a05", "d6-a06", "d6-a07", "d6-a08", "d6-a09", "d6-a10", "d6-a11", "d6-a12", "d6-a13",
            "d6-a15", "d6-a17", "d6-a18", "d6-a19", "d6-a21", "d6-a22", "d6-a24", "d6-a25", "d6-a26",
            "d6-a28", "d6-a29", "d6-a30", "d6-a31", "d6-a32", "d6-a33", "d6-a34", "d6-a35", "d6-a36",
            "d6-a37", "d6-a38", "d6-a39", "d6-a40", "d6-a41", "d6-a42", "d6-a43", "d6-a44", "d6-a45",
            "d6-a46", "d6-a47", "d6-a48", "d6-a49", "d6-a50", "d6-a51", "d6-a52", "d6-a53", "d6-a54",
            "d6-a55", "d6-a56", "d6-a57", "d6-a58", "d6-a59", "d6-a60", "d6-a61", "d6-a62",
        ),
        voices=(
            "d6-e01", "d6-e02", "d6-e03", "d6-e04", "d6-e05", "d6-e06", "d6-e07", "d6-e08", "d6-e09",
            "d6-e10", "d6-e11", "d6-e12", "d6-e13", "d6-e14", "d6-e15", "d6-e16", "d6-e17", "d6-e18",
            "d6-e19", "d6-e21", "d6-e22", "d6-e23", "d6-e25", "d6-e26", "d6-e27", "d6-e29", "d6-e30",
            "d6-e31", "d6-e32", "d6-e33", "d6-e34", "d6-e35", "d6-e37", "d6-e38", "d6-e39", "d6-e40",
            "d6-e42", "d6-e43", "d6-e44", "d6-e45", "d6-e46", "d6-e50", "d6-e51", "d6-e52", "d6-e53",
            "d6-e54", "d6-e55", "d6-e56", "d6-e57", "d6-e58", "d6-e59", "d6-e61", "d6-e62", "d6-a01",
            "d6-a02", "d6-a03", "d6-a04", "d6-a05", "d6-a06", "d6-a07", "d6-a08", "d6-a09", "d6-a10",
            "d6-a11", "d6-a12", "d6-a15", "d6-a17", "d6-a18", "d6-a21", "d6-a22", "d6-a24", "d6-a25",
            "d6-a26", "d6-a28", "d6-a29", "d6-a30", "d6-a31", "d6-a32", "d6-a33", "d6-a34", "d6-a35",
            "d6-a36", "d6-a37", "d6-a38", "d6-a39", "d6-a42", "d6-a43", "d6-a44", "d6-a45", "d6-a46",
            "d6-a47", "d6-a48", "d6-a49", "d6-a50", "d6-a52", "d6-a53", "d6-a54", "d6-a55", "d6-a56",
            "d6-a57", "d6-a58", "d6-a59", "d6-a60", "d6-a62",
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_floors(name):
    scores, expect = scored_probe_file(name)[1], FILES[name]
    assert scores.get("stances") >= expect.stance_f1
    assert scores.get("stances", "all", "precision") >= expect.stance_precision
    assert scores.get("voices") >= expect.voice_f1


@pytest.mark.parametrize("name, item_id", [(n, i) for n in sorted(FILES) for i in FILES[n].stances])
def test_selected_stances(name, item_id):
    wrong = item_errors(scored_probe_file(name)[1], item_id)
    assert not wrong, wrong


@pytest.mark.parametrize("name, item_id", [(n, i) for n in sorted(FILES) for i in FILES[n].voices])
def test_selected_voices(name, item_id):
    wrong = item_errors(scored_probe_file(name)[1], item_id, "voices")
    assert not wrong, wrong
