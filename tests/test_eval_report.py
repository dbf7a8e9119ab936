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


def _pin_floors():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "pin_floors.py"
    spec = importlib.util.spec_from_file_location("pin_floors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_accuracy_within_161_km_is_higher_is_better_and_pinned():
    assert not report.lower_is_better("acc@161km")
    assert not report.lower_is_better("acc@161km, exact id at its GeoNames point")
    assert report.lower_is_better("mean error km")
    assert report.lower_is_better("body sentences removed %")
    pin = _pin_floors()
    assert pin.floor("acc@161km", 90.0) == 87.3
    assert pin.floor("mean error km", 100.0) == 130.0
    assert pin.floor("articles/s", 10.0) is None


def test_every_gate_figure_that_is_pinned_has_a_floor():
    """Each figure of the gate's sets in the last full table has its floor (or ceiling)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    make = (root / "Makefile").read_text().replace("\\\n", " ")
    gate = {name for line in make.splitlines() if re.match(r"GATE \+?\??=", line)
            for name in line.split("=", 1)[1].split("#")[0].split()}
    stored = json.loads((root / "docs" / "benchmarks.json").read_text())
    floors = json.loads(report.FLOORS.read_text())
    pin = _pin_floors()
    missing = [f"{r['bench']} / {r['task']} / {r['metric']}"
               for name, rows in stored.items() if name in gate for r in rows
               if pin.floor(r["metric"], r["ours"]) is not None
               and f"{r['bench']} / {r['task']} / {r['metric']}" not in floors]
    assert gate and missing == []


def test_render_puts_ours_beside_the_published_figure():
    text = report.render({"x": [{"bench": "x", "task": "t", "metric": "F1", "ours": 80.74,
                                 "published": "77.61 (HeidelTime)", "n": 138, "note": ""}]})
    assert "| t | F1 | 80.74 | 77.61 (HeidelTime) | 138 |  |" in text


def test_entity_country_scores_the_entity_holding_the_judged_mention():
    from newsgraph.eval import countries

    gold = [{"doc": "d", "type": "PERSON", "mention": "Ivan Horak", "country": "UA"},
            {"doc": "d", "type": "PERSON", "mention": "Lloyd Austin", "country": "US"},
            {"doc": "d", "type": "ORG", "mention": "UN", "country": "-"},
            {"doc": "d", "type": "ORG", "mention": "NATO", "country": "-"}]
    pred = {"d": {"Ivan Horak": "UA", "Lloyd Austin": "UA", "UN": None}}
    assert countries.score(gold, pred) == {"PERSON": (2, 1, 0), "ORG": (1, 1, 1)}


def test_entity_country_judgements_name_no_test_document():
    from newsgraph.eval import countries

    rows = countries.load_gold()
    assert len(rows) >= 200
    for r in rows:
        assert r["type"] in ("PERSON", "ORG") and r["country"] and r["mention"]
        if r["doc"].startswith("ecb:"):
            assert int(r["doc"][4:].split("_")[0]) not in countries.TEST_TOPICS
