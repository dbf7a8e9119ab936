"""The rules run on every line of every page and every comment: none may backtrack for ages on
a line of dashes, brackets or repeated words (a "-----" line once took minutes in
GENERIC_CREDIT)."""

from __future__ import annotations

import importlib
import re
import signal

import pytest

# every module whose rules read article text or comments
MODULES = ("newsgraph.clean.rules", "newsgraph.clean.credits", "newsgraph.clean.blocks",
           "newsgraph.clean.features", "newsgraph.clean.published", "newsgraph.clean.article",
           "newsgraph.copydesk.people", "newsgraph.copydesk.view", "newsgraph.inputs",
           "newsgraph.places.names", "newsgraph.places.gazetteer", "newsgraph.quotes.extract",
           "newsgraph.quotes.marks", "newsgraph.times.extract", "newsgraph.times.normalize",
           "newsgraph.times.recognize", "newsgraph.events.rules", "newsgraph.events.acled",
           "newsgraph.moderation.normalize", "newsgraph.moderation.policy",
           "newsgraph.moderation.features", "newsgraph.moderation.obfuscate",
           "newsgraph.moderation.lexicon", "newsgraph.stories.dedup",
           "newsgraph.stories.incremental")
HOSTILE = ["-" * 60 + "x", "—" * 60 + "x", "(" * 60, "a " * 60 + "!", "A " * 60 + "!",
           "Aa " * 60 + "?", ". " * 60 + "x", "A." * 60, "AAAA-" * 30 + "!", "By " + "Jane " * 40,
           "'" * 60, "|" * 60 + "x", " " * 80 + "x", "Ab'" * 40, "A-" * 60, "1 " * 60 + "x",
           "* " * 60, "[" * 60, "- " * 60 + "x", "Aa, " * 40 + "?", "AB (" * 30]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for name in MODULES:
        for key, value in vars(importlib.import_module(name)).items():
            items = value if isinstance(value, (list, tuple)) else [value]
            for n, item in enumerate(items):
                pattern = item if isinstance(item, re.Pattern) else getattr(item, "pattern",
                                                                                None)
                if isinstance(pattern, re.Pattern):
                    found.append((f"{name}.{key}[{n}]", pattern))
    return found


class _Slow(Exception):
    pass


def _alarm(*_):
    raise _Slow


def test_the_rules_are_found():
    assert len(_patterns()) > 40


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_no_rule_backtracks_for_long(text):
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for name, pattern in _patterns():
            signal.setitimer(signal.ITIMER_REAL, 1.0)
            try:
                pattern.search(text)
                pattern.match(text)
            except _Slow:
                pytest.fail(f"{name} takes over a second on {text[:20]!r}…")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, old)
