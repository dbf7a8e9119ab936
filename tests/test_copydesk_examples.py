"""The example articles end to end: the copy desk's findings on each, and the bad inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.inputs import MAX_BYTES, load_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
KHARKIV = ROOT.parent / "shared" / "examples" / "cnews-kharkiv.txt"


def _records(path: Path, **kw):
    from newsgraph.pipeline import get_analyzer

    loaded = list(load_paths([str(path)], **kw))
    assert all(not isinstance(x, InputError) for x in loaded), loaded
    records = list(get_analyzer().pipe([x.item for x in loaded]))
    assert all(not isinstance(r, InputError) for r in records), records
    for rec in records:
        for issue in rec.issues:  # every issue points at its words in the text
            assert rec.text[issue.start:issue.end] == issue.text
    return records


def _found(record) -> list[tuple[str, str, str | None]]:
    return [(i.kind, i.text, i.suggestion) for i in record.issues]


@pytest.mark.e2e
@pytest.mark.skipif(not KHARKIV.exists(), reason="needs ../shared/examples beside the repo")
def test_kharkiv_example_gets_exactly_the_three_issues():
    (rec,) = _records(KHARKIV, published="2022-05-14")
    assert _found(rec) == [
        ("misspelled_name", "Khakriv", "Kharkiv"),
        ("mixed_spelling", "defence", "defense"),
        ("first_name_reference", "Oleh", "Synyehubov"),
    ]
    misspelled, mixed, first_name = rec.issues
    assert misspelled.start == rec.paragraphs[0].start  # in the headline
    assert misspelled.message.startswith("headline spells 'Khakriv'; the body says 'Kharkiv' ")
    assert mixed.end <= rec.paragraphs[0].end  # the headline's "defence"
    assert rec.text[first_name.start:first_name.end + 12] == "Oleh also warned"
    assert "Defense" in rec.text and "defence" in rec.text  # nothing rewritten


@pytest.mark.e2e
@pytest.mark.parametrize("name, published, expected", [
    ("conflict-convoy-attack.txt", "2024-03-14", [("misspelled_name", "Mpoti", "Mopti")]),
    ("diplomacy-sanctions-talks.html", None, [("mixed_spelling", "center", "centre")]),
    ("protest-fuel-prices.txt", "2024-06-26",
     [("inconsistent_spelling", "Wanjuru", "Wanjiru")]),
    ("trial-police-chief-verdict.txt", "2023-09-21",
     [("first_name_reference", "Dragan", "Petković")]),
])
def test_example_articles(name, published, expected):
    (rec,) = _records(EXAMPLES / name, published=published)
    assert _found(rec) == expected


@pytest.mark.e2e
def test_feed_rows_have_no_issues():
    flood, cup = _records(EXAMPLES / "feed.jsonl")
    assert (flood.published, cup.published) == ("2022-09-02", "2024-05-19")
    assert _found(flood) == [] and _found(cup) == []


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty"),
    ("blank-lines.txt", "empty"),
    ("binary.bin", "binary"),
])
def test_bad_files_are_refused_with_a_reason(name, reason):
    (err,) = list(load_paths([str(ROOT / "tests" / "fixtures" / "bad_inputs" / name)]))
    assert isinstance(err, InputError) and err.reason == reason
    assert name in err.line()


@pytest.mark.parametrize("name, language", [("french.txt", "French"), ("german.txt", "German")])
def test_other_languages_are_named(name, language):
    from newsgraph.clean import clean
    from newsgraph.errors import LanguageError

    (loaded,) = list(load_paths([str(ROOT / "tests" / "fixtures" / "bad_inputs" / name)]))
    with pytest.raises(LanguageError, match=language):
        clean(loaded.item.raw, name=loaded.item.name)


def test_latin1_file_is_read_with_a_warning():
    (loaded,) = list(load_paths([str(ROOT / "tests" / "fixtures" / "bad_inputs" / "latin1.txt")]))
    assert "Zürich" in loaded.item.raw and "café" in loaded.item.raw
    assert any("not UTF-8" in w for w in loaded.warnings)


def test_huge_file_is_refused(tmp_path):
    huge = tmp_path / "huge.txt"
    line = "Officials said on Tuesday that the talks would resume next week.\n"
    huge.write_text(line * (MAX_BYTES // len(line) + 10), encoding="utf-8")
    (err,) = list(load_paths([str(huge)]))
    assert isinstance(err, InputError) and err.reason == "too_large"
