"""The Analyzer: batching, stable ids, and one broken article not breaking a batch."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.errors import InputError
from newsgraph.pipeline import Analyzer, Item

pytestmark = pytest.mark.e2e

GOOD = ("Bridge closed\n\nThe council voted on Tuesday to close the old bridge after engineers "
        "found deep cracks in two of its supports, officials said.")


@Language.component("test_fail_on_boom")
def _fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("boom")
    return doc


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(stages=[])


def test_a_failing_article_is_reported_and_the_batch_goes_on(analyzer):
    analyzer.nlp.add_pipe("test_fail_on_boom")
    try:
        items = [Item(GOOD, name="a"), Item(GOOD.replace("Tuesday", "BOOM Tuesday"), name="b"),
                 Item("", name="c"), Item(GOOD + " More.", name="d")]
        results = list(analyzer.pipe(items))
    finally:
        analyzer.nlp.remove_pipe("test_fail_on_boom")
    assert [type(r).__name__ for r in results] == ["Record", "InputError", "InputError",
                                                   "Record"]
    assert isinstance(results[1], InputError) and results[1].reason == "internal_error"
    assert "b" in results[1].line() and "report" in results[1].line()
    assert results[2].reason == "empty"


def test_ids_are_stable_and_depend_on_metadata(analyzer):
    a = analyzer.analyze(Item(GOOD, published="2022-05-14"))
    b = analyzer.analyze(Item(GOOD, published="2022-05-14"))
    c = analyzer.analyze(Item(GOOD, published="2022-05-15"))
    assert a.id == b.id != c.id


def test_batches_give_the_same_records_as_one_by_one(analyzer):
    items = [Item(GOOD.replace("Tuesday", day), name=day)
             for day in ("Monday", "Tuesday", "Friday")] * 7
    batched = [r.to_dict() for r in analyzer.pipe(items)]
    single = [analyzer.analyze(i).to_dict() for i in items]
    assert batched == single
