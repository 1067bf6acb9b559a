"""The one reader of the package's TSV/TXT data files: rows, skipped lines, and errors with line numbers."""

from __future__ import annotations

from importlib import resources

import pytest

from helpers.text.lexicon_tools import DataFileError, parse_tsv, read_tsv, read_words

GOOD = "# a comment\n# FORMAT: word<TAB>kind\nword\tkind\n\nسلام\tgreeting\n# between rows\n peace \tgreeting\r\n"


def test_rows_skip_comments_and_blank_lines_and_strip_cells():
    assert parse_tsv(GOOD.splitlines(keepends=True), "x.tsv", ("word",)) == [
        {"word": "سلام", "kind": "greeting"}, {"word": "peace", "kind": "greeting"}]


@pytest.mark.parametrize(("text", "columns", "error"), [
    ("", (), "x.tsv:1: no header row"),
    ("# only a comment\n\n", (), "x.tsv:1: no header row"),
    ("# c\nword\tkind\n", ("word", "label"), "x.tsv:2: missing column(s) label"),
    ("word\t\tkind\n", (), "x.tsv:1: empty column name (column 2)"),
    ("word\tword\n", (), "x.tsv:1: repeated column(s) word"),
    ("word\tkind\nسلام\n", (), "x.tsv:2: 1 cell(s), the header has 2"),
    ("# c\n\nword\tkind\na\tb\n\n# c\na\tb\tc\n", (), "x.tsv:7: 3 cell(s), the header has 2"),
])
def test_errors_name_the_file_and_the_line(text, columns, error):
    with pytest.raises(DataFileError) as caught:
        parse_tsv(text.splitlines(keepends=True), "x.tsv", columns)
    assert str(caught.value) == error
    assert isinstance(caught.value, ValueError)


def _data_files(suffix):
    root = resources.files("helpers") / "data"
    return sorted(f"{stage.name}/{f.name}" for stage in root.iterdir() if stage.is_dir()
                  for f in stage.iterdir() if f.name.endswith(suffix))


@pytest.mark.parametrize("name", _data_files(".tsv"))
def test_every_packaged_table_reads(name):
    rows = read_tsv(name)
    assert rows and all(len(row) == len(rows[0]) for row in rows)


@pytest.mark.parametrize("name", _data_files(".txt"))
def test_every_packaged_word_list_reads(name):
    words = read_words(name)
    assert words and all(w == w.strip() and w and not w.startswith("#") for w in words)


def test_read_tsv_names_the_data_file():
    with pytest.raises(DataFileError, match=r"^data/text/charmap\.tsv:\d+: missing column\(s\) nothing$"):
        read_tsv("text/charmap.tsv", ("codepoint", "nothing"))


ENTITIES = "# test entities\nentity_id\tkind\tname_en\tname_ar\taffiliation\tnote\nX1\tplace\tPlace\tمكان\t\t\n"
VARIANTS = "entity_id\tlang\tform\tfamily\tflags\tpattern\nX1\tar\tname\t\t\tمكان\n"


@pytest.mark.parametrize(("entities", "variants", "error"), [
    (ENTITIES, VARIANTS + "X1\tar\tname\n", "variants.tsv:3: 3 cell(s), the header has 6"),
    (ENTITIES.replace("kind\t", ""), VARIANTS, "entities.tsv:2: missing column(s) kind"),
    ("# nothing\n", VARIANTS, "entities.tsv:1: no header row"),
])
def test_a_user_gazetteer_is_read_by_the_same_reader(tmp_path, entities, variants, error):
    from helpers.gazetteer.index import GazetteerError, load_gazetteer

    (tmp_path / "entities.tsv").write_text(entities, encoding="utf-8")
    (tmp_path / "variants.tsv").write_text(variants, encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(tmp_path / "entities.tsv", tmp_path / "variants.tsv", templates_path="")
    assert f"{tmp_path}/{error}" in str(caught.value).splitlines()


@pytest.mark.parametrize(("text", "arabic"), [
    ("سلام", True), ("ي", True), ("ء", True),
    ("ـ", True),         # tatweel (U+0640) is inside the range
    ("\u064b", False),   # a diacritic
    ("پ", False),        # an extended letter (Persian)
    ("\ufefb", False),   # a presentation form
    ("peace", False), ("٣", False),
])
def test_arabic_letter_is_the_alphabet_proper(text, arabic):
    from helpers.text.charsets import ARABIC_LETTER

    assert bool(ARABIC_LETTER.match(text)) is arabic


@pytest.mark.parametrize(("words", "text", "found"), [
    (["مليون", "مليار", "ملايين"], "بلغ مليار دولار", "مليار"),
    (["a", "ab", "abc"], "xabcx", "abc"),            # the longest word wins
    (["new york"], "new \t york", "new \t york"),     # a space matches a run of spaces
    (["new york"], "new\nyork", None),                # but not a newline
    (["", "word"], "a word", "word"),                 # empty words are ignored
    ([], "anything", None),                           # no word: never matches
    (["a.b"], "axb a.b", "a.b"),                      # literal, escaped
])
def test_trie_alternation(words, text, found):
    import re

    from helpers.text.lexicon_tools import trie_alternation

    match = re.search(trie_alternation(words), text)
    assert (match.group() if match else None) == found
