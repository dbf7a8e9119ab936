"""Reading inputs: every bad file is named with its reason; good ones come through."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.inputs import MAX_BYTES, Loaded, decode, load_paths, looks_like_html

ARTICLE = ("Bridge closed after cracks found\n\nThe council voted on Tuesday to close the old "
           "bridge after engineers found deep cracks in two of its supports, officials said.\n")


def _one(path):
    (result,) = list(load_paths([str(path)]))
    return result


@pytest.mark.parametrize("data, reason, words", [
    (b"", "empty", "empty"),
    (b"  \n\n ", "empty", "empty"),
    (b"%PDF-1.7 binary", "binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n....", "binary", "PNG"),
    (b"abc\x00def\x00" * 10, "binary", "NUL"),
])
def test_bad_bytes_are_named(tmp_path, data, reason, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = _one(path)
    assert isinstance(err, InputError)
    assert err.reason == reason
    assert words in err.line() and "bad.txt" in err.line()


def test_too_large_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    err = _one(path)
    assert isinstance(err, InputError) and err.reason == "too_large"
    assert "MB" in err.line()


def test_latin1_file_is_read_with_a_warning(tmp_path):
    text = ("Café owners in Zürich said rents of £2,000 a month on Tuesday that the new rules "
            "would hurt business, and the city's mayor promised to review them before the "
            "summer season. ") * 3
    path = tmp_path / "latin1.txt"
    path.write_bytes(("Headline\n\n" + text).encode("latin-1"))
    loaded = _one(path)
    assert isinstance(loaded, Loaded)
    assert "Café" in loaded.item.raw and "Zürich" in loaded.item.raw
    assert "£2,000" in loaded.item.raw
    assert loaded.warnings and "not UTF-8" in loaded.warnings[0]


def test_undecodable_bytes_are_an_error():
    with pytest.raises(InputError) as info:
        decode(bytes(range(128, 256)) * 4 + b"\xff\xfe\xfa", "x.txt")
    assert info.value.reason in ("encoding", "binary")


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    names = [x.item.name for x in load_paths([str(tmp_path)]) if isinstance(x, Loaded)]
    assert [n.rsplit("/", 2)[-1] for n in names] == ["a.txt", "two.txt"]


def test_jsonl_rows_and_bad_rows(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": ARTICLE, "source": "Daily", "published": "2022-05-14"}),
        "{not json",
        json.dumps({"html": "<html><body><p>x</p></body></html>", "url": "https://e.x/1"}),
        json.dumps({"url": "https://e.x/2"}),
        json.dumps([1, 2]),
    ]))
    results = list(load_paths([str(path)], source="Fallback"))
    assert isinstance(results[0], Loaded)
    assert results[0].item.source == "Daily" and results[0].item.published == date(2022, 5, 14)
    assert isinstance(results[1], InputError) and ":2" in results[1].line()
    assert isinstance(results[2], Loaded) and results[2].item.is_html
    assert results[2].item.source == "Fallback"
    assert isinstance(results[3], InputError) and "text" in results[3].line()
    assert isinstance(results[4], InputError)


def test_missing_path(tmp_path):
    err = _one(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and err.reason == "missing"


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("<p>Some paragraph</p>", True),
    ("Prices rose 3% <5% expected> analysts said.", False),
    (ARTICLE, False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


@given(st.text(min_size=1, max_size=300))
def test_decode_round_trips_any_utf8_text(text):
    if not text.strip() or "\x00" in text:
        return
    try:
        decoded, warning = decode(text.encode("utf-8"), "t.txt")
    except InputError as err:
        assert err.reason == "binary"  # a text starting with a binary signature
        return
    assert decoded == text.removeprefix("\ufeff") and warning is None


@pytest.mark.parametrize("sep", ["\u0085", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c"])
def test_jsonl_rows_split_on_newline_only(tmp_path, sep):
    # issue 13 point 7: str.splitlines() broke a row holding U+0085 into two bad_json lines
    text = f"First part of the article.{sep}Second part, same article."
    rows = [json.dumps({"text": "One article."}),
            json.dumps({"text": text}, ensure_ascii=False),
            "{broken",
            json.dumps({"text": "Last article."})]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = list(load_paths([str(path)]))
    assert [type(x).__name__ for x in out] == ["Loaded", "Loaded", "InputError", "Loaded"]
    assert out[1].item.raw == text
    assert out[2].source == f"{path}:3" and out[2].reason == "bad_json"
    assert out[3].item.name == f"{path}:4"


def test_jsonl_crlf_line_ends(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"text": "One."}\r\n\r\n{"text": "Two."}\r\n')
    out = list(load_paths([str(path)]))
    assert [x.item.raw for x in out] == ["One.", "Two."]
    assert [x.item.name for x in out] == [f"{path}:1", f"{path}:3"]


@pytest.mark.parametrize("value, kept", [
    ("2022-05-14", "2022-05-14"),
    ("2022-05-14T10:30:00Z", "2022-05-14T10:30:00+00:00"),
    ("May 14, 2022", None),
    ("14/05/2022", None),
    ("yesterday", None),
])
def test_jsonl_non_iso_published_drops_the_date_with_a_warning(tmp_path, value, kept):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": "An article.", "published": value}) + "\n",
                    encoding="utf-8")
    (out,) = list(load_paths([str(path)]))
    assert isinstance(out, Loaded)  # the article is kept either way
    assert (out.item.published.isoformat() if out.item.published else None) == kept
    if kept is None:
        assert len(out.warnings) == 1
        assert repr(value) in out.warnings[0] and "ISO 8601" in out.warnings[0]
        assert out.warnings[0].startswith(f"{path}:1")
    else:
        assert out.warnings == []


def test_jsonl_bad_published_falls_back_to_the_default(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": "An article.", "published": "soon"}) + "\n",
                    encoding="utf-8")
    (out,) = list(load_paths([str(path)], published="2022-01-02"))
    assert out.item.published == date(2022, 1, 2) and out.warnings
