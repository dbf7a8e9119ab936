"""The gold gate: floors, ceilings, and the table it writes."""

from __future__ import annotations

import json

from newsgraph.eval import Score, report


def test_below_floor_and_over_ceiling_fail(tmp_path, monkeypatch):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"a / t / F1": 80.0, "b / t / articles with events %": 10.0}))
    monkeypatch.setattr(report, "FLOORS", floors)
    ok = [Score("a", "t", "F1", 81.0), Score("b", "t", "articles with events %", 5.0)]
    bad = [Score("a", "t", "F1", 79.9), Score("b", "t", "articles with events %", 12.0)]
    assert report.below_floors(ok) == []
    assert len(report.below_floors(bad)) == 2


def test_pinned_floors_are_met_by_the_published_table():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    stored = json.loads((root / "docs" / "benchmarks.json").read_text())
    scores = [Score(**row) for rows in stored.values() for row in rows]
    assert report.below_floors(scores) == []


def test_render_puts_ours_beside_the_published_figure():
    text = report.render({"x": [{"bench": "x", "task": "t", "metric": "F1", "ours": 80.74,
                                 "published": "77.61 (HeidelTime)", "n": 138, "note": ""}]})
    assert "| t | F1 | 80.74 | 77.61 (HeidelTime) | 138 |  |" in text
