"""The PolNeAR scorer: grouping by cue, token normalization, exact and overlap matching."""

from __future__ import annotations

from newsgraph.eval.quotes import _gold, _ours, _tokens, score
from newsgraph.record import Quote, Speaker

TEXT = '"We stay," she said, "not one step." Officials said that the call failed.'


def _words():
    starts, ends = _tokens(TEXT)
    return starts, ends, [TEXT[s:e] for s, e in zip(starts, ends, strict=True)]


def _span(sub: str, after: int = 0) -> list[int]:
    i = TEXT.index(sub, after)
    return [i, i + len(sub)]


def _gold_doc() -> dict:
    split = {"source": [{"spans": [_span("she")]}], "cue": [],
             "content": [{"spans": [_span('"We stay,"'), _span('"not one step."')]}],
             "content_starts_with_quote": True}
    reported = {"source": [{"spans": [_span("Officials")]}], "cue": [],
                "content": [{"spans": [_span("that the call failed")]}]}
    return {"annotations": [{"attributions": [split, reported]}]}


def _quote(sub: str, cue: str, speaker: str, direct: bool) -> Quote:
    s, e = _span(sub)
    c = TEXT.index(cue)
    sp = _span(speaker)
    return Quote(text=sub, start=s, end=e, direct=direct,
                 speaker=Speaker(text=speaker, start=sp[0], end=sp[1]),
                 cue=cue, cue_start=c, cue_end=c + len(cue))


def test_split_pieces_and_that_match_exactly() -> None:
    starts, ends, words = _words()
    ours = _ours([_quote("We stay", "said", "she", True),
                  _quote("not one step.", "said", "she", True),
                  _quote("the call failed", "said that", "Officials", False)],
                 starts, ends, words)
    res = score([(ours, _gold(_gold_doc(), starts, ends, words))], direct_only=False)
    assert res["content F1 exact"][2] == 100.0
    assert res["source F1 exact"][2] == 100.0


def test_overlap_is_lenient_where_exact_is_not() -> None:
    starts, ends, words = _words()
    ours = _ours([_quote("call failed", "said that", "Officials said", False)],
                 starts, ends, words)
    res = score([(ours, _gold(_gold_doc(), starts, ends, words))], direct_only=False)
    assert res["content F1 exact"][2] == 0.0
    assert res["content F1 overlap"] == (100.0, 50.0, 66.7)
    assert res["source F1 overlap"][2] == 66.7
    assert res["source F1 exact"][2] == 0.0
