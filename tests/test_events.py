"""Events: unit tests on hand-built records and parses, e2e on the example and our own articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared import BENCH as SHARED_BENCH
from shared import EXAMPLE

from newsgraph.events.acled import CASE_LABELS, acled_type
from newsgraph.events.extract import _compatible, _old
from newsgraph.events.rules import sector_of
from newsgraph.genre import off_genre
from newsgraph.places.countries import alpha3, country_of
from newsgraph.record import Actor, Entity, Event, Evidence

FIXTURES = Path(__file__).parent / "fixtures" / "events"


@pytest.mark.parametrize("word, code", [
    ("Russian", "RU"), ("Ukrainian", "UA"), ("U.S.", "US"), ("Ukraine's", "UA"),
    ("Kenya", "KE"), ("Kenyan", "KE"), ("Israeli", "IL"), ("the United States", "US"),
    ("Pentagon", "US"), ("football", None),
])
def test_country_of(word, code):
    assert country_of(word) == code


def test_alpha3():
    assert alpha3("UA") == "UKR" and alpha3(None) is None


@pytest.mark.parametrize("words, title, sector", [
    (["ukraine", "'s", "top", "prosecutor"], None, "judiciary"),
    (["russian", "troops"], None, "military"),
    (["opposition", "leader", "raila", "odinga"], None, "opposition"),
    ([], "Defense Minister", "government"),
    ([], "Minister of Defense", "government"),
    (["riot", "police"], None, "police"),
    (["thousands", "of", "protesters"], None, "civilians"),
    (["the", "weather"], None, None),
])
def test_sector_of(words, title, sector):
    ent = Entity(id="e1", name="X", type="PERSON", titles=[title]) if title else None
    assert sector_of(words, ent) == sector


@pytest.mark.parametrize("a, b, ok", [
    (Actor("Russian troops", None, "RU", "military"), Actor("its units", None, None, "military"),
     True),
    (Actor("Russian troops", None, "RU", "military"), Actor("people", None, "UA", "civilians"),
     False),
    (Actor("Ukraine", "e2", "UA", "government"), Actor("armed forces", None, "UA", "military"),
     True),  # one side speaks through government and army alike
    (Actor("Shoigu", "e1", "RU", "government"), Actor("Austin", "e2", "US", "government"), False),
    (None, Actor("Austin", "e2", "US", "government"), True),
])
def test_compatible(a, b, ok):
    assert _compatible(a, b) is ok


@pytest.mark.parametrize("value, published, old", [
    ("2022-02", "2022-05-14", True), ("2022-05-13", "2022-05-14", False),
    ("2021", "2022-05-14", True), (None, "2022-05-14", False), ("2022-05-13", None, False),
])
def test_old_time_is_background(value, published, old):
    assert _old(value, published) is old


def _ev(type_, mode=None, a1=None, a2=None):
    return Event(type=type_, evidence=Evidence(0, 1), mode=mode,
                 actor1=Actor("x", None, "XX", a1) if a1 else None,
                 actor2=Actor("y", None, "XX", a2) if a2 else None)


@pytest.mark.parametrize("event, text, expected", [
    (_ev("ASSAULT", None, "military", "rebels"), "Troops clashed with rebels near the town.",
     "Armed clash"),
    (_ev("ASSAULT", None, "military"), "Warplanes pounded the village, killing six.",
     "Air/drone strike"),
    (_ev("ASSAULT", None, "rebels", "civilians"), "Gunmen shot dead five villagers.", "Attack"),
    (_ev("ASSAULT", "abduct", "rebels", "civilians"), "Gunmen kidnapped four aid workers.",
     "Abduction/forced disappearance"),
    (_ev("ASSAULT", None, "military"), "Artillery shells hit the city overnight.",
     "Shelling/artillery/missile attack"),
    (_ev("ASSAULT", None, "rebels"), "A roadside bomb struck a patrol.",
     "Remote explosive/landmine/IED"),
    (_ev("ASSAULT", None, "military", "rebels"), "The army recaptured the town from rebels.",
     "Government regains territory"),
    (_ev("PROTEST", "demo", "civilians"), "Hundreds marched peacefully to parliament.",
     "Peaceful protest"),
    (_ev("PROTEST", "demo", "civilians"), "Police fired tear gas to disperse the marchers.",
     "Protest with intervention"),
    (_ev("PROTEST", "riot", "civilians"), "Rioters torched cars and threw stones.",
     "Violent demonstration"),
    (_ev("COERCE", "arrest", "police", "civilians"), "Police arrested 30 activists.", "Arrests"),
    (_ev("AGREE", None, "government", "rebels"), "The sides agreed a ceasefire.", "Agreement"),
])
def test_acled_type(event, text, expected):
    assert acled_type(event, text)[1] == expected
    assert expected in CASE_LABELS


@pytest.mark.parametrize("type_", ["CONSULT", "REQUEST", "ACCUSE", "AID"])
def test_acled_skips_verbal_and_aid(type_):
    assert acled_type(_ev(type_, None, "government"), "The minister met his counterpart.") is None


# --- end to end, with the real model -----------------------------------------------------------

@pytest.fixture(scope="module")
def analyze():
    from newsgraph.pipeline import analyze as run
    return run


def _find(events, **want):
    for ev in events:
        if ev.type != want["type"]:
            continue
        a1, a2 = ev.actor1, ev.actor2
        checks = {
            "mode": ev.mode, "modality": ev.modality, "time": ev.time,
            "actor1_country": a1 and a1.country, "actor2_country": a2 and a2.country,
            "actor1_sector": a1 and a1.sector, "actor2_sector": a2 and a2.sector,
            "actor1_text": a1 and a1.text, "actor2_text": a2 and a2.text,
        }
        if all(checks[k] == v for k, v in want.items() if k in checks):
            return ev
    return None


@pytest.mark.e2e
@pytest.mark.skipif(not EXAMPLE.exists(), reason="the shared example article is not here")
def test_example_article(analyze):
    rec = analyze(EXAMPLE.read_text(encoding="utf-8"), published="2022-05-14")
    names = {e.id: e.name for e in rec.entities}
    evs = rec.events
    fight = _find(evs, type="ASSAULT", actor1_country="UA", actor2_country="RU",
                  modality="hedged")
    assert fight and names.get(fight.place) == "Kharkiv"
    assert fight.claimed_by is not None and "Ukraine" in fight.claimed_by.text
    retreat = _find(evs, type="RETREAT", mode="withdraw", actor1_country="RU")
    assert retreat and names.get(retreat.place) == "Kharkiv"
    call = _find(evs, type="CONSULT", mode="phone", time="2022-05-13", modality="asserted")
    assert call and call.actor1.text == "Lloyd Austin" and call.actor2.text == "Sergei Shoigu"
    assert call.time_source == "text"
    assert _find(evs, type="REQUEST", actor1_text="Lloyd Austin")
    trial = _find(evs, type="ACCUSE", mode="allege", actor1_country="UA", actor2_country="RU",
                  time="2022-05-13")
    assert trial and names.get(trial.place) == "Kyiv" and trial.actor2.text == "Vadim Shishimarin"
    assert _find(evs, type="RETREAT", mode="return", actor1_sector="civilians")
    # background ("since the war began", "after months of refusing") is not coded as news
    assert not any(ev.type == "REJECT" for ev in evs)
    assert all(not ev.background for ev in evs)
    assert len(evs) == 6
    for ev in evs:  # evidence points into the text
        assert rec.text[ev.evidence.start:ev.evidence.end].strip()


GOLD = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))


@pytest.mark.e2e
@pytest.mark.parametrize("name", sorted(k for k in GOLD if not k.startswith("_")
                                         and not GOLD[k].get("dev_only")))
def test_unseen_articles(analyze, name):
    gold = GOLD[name]
    rec = analyze((FIXTURES / name).read_text(encoding="utf-8"), published=gold["published"])
    names = {e.id: e.name for e in rec.entities}
    for want in gold["events"]:
        ev = _find(rec.events, **want)
        assert ev is not None, f"{name}: no event like {want}"
        if "place" in want:
            assert names.get(ev.place) == want["place"], f"{name}: place of {want}"
    assert len(rec.events) <= len(gold["events"]) + 1, "too many events"


@pytest.mark.e2e
@pytest.mark.parametrize("path", sorted((FIXTURES / "no_event").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_no_event_articles(analyze, path):
    rec = analyze(path.read_text(encoding="utf-8"), published="2024-03-01")
    assert rec.events == []


def test_no_model_loading_at_import():
    # spaCy's thinc imports torch itself when installed; we must not add sentence-transformers
    import subprocess
    import sys

    code = ("import sys, newsgraph.stages.events, newsgraph.events.verbs, "
            "newsgraph.eval.events, newsgraph.export.acled; "
            "print('sentence_transformers' in sys.modules or 'transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- issue 4: one event per real-world event, verbal events need an organized actor ----------

def _dated(time, place=None, source="text"):
    return Event(type="ASSAULT", evidence=Evidence(0, 1), time=time, time_source=source,
                 place=place)


@pytest.mark.parametrize("a, b, apart", [
    (_dated("2024-05-12"), _dated("2024-W19"), True),  # a day and another week
    (_dated("2024-05-12"), _dated("2024-05"), False),  # the day lies in the month
    (_dated("2024-05-12"), _dated("2024-05-13", source="published"), False),
    (_dated("2024-05-12"), _dated("2024-05-12"), False),
])
def test_mentions_on_different_days_are_different_events(a, b, apart):
    from newsgraph.events.extract import _apart
    from newsgraph.events.rules import EntityIndex

    assert _apart(a, b, EntityIndex([])) is apart


@pytest.mark.parametrize("a1, a2, ok", [
    (Actor("Farmers", None, None, "civilians"), None, False),
    (Actor("Carla Simon", "e1", "ES", None), Actor("farmers", None, "ES", "civilians"), False),
    (Actor("Iran's foreign ministry", None, "IR", "government"), None, True),
    (Actor("Raila Odinga", "e2", "KE", "opposition"), None, True),
    (Actor("Bush", "e4", "US", None), Actor("Blair", "e5", "GB", None), True),
])
def test_verbal_events_need_an_organized_actor(a1, a2, ok):
    from newsgraph.events.extract import _organized

    ev = Event(type="SUPPORT", evidence=Evidence(0, 1), actor1=a1, actor2=a2)
    assert _organized(ev) is ok


def test_own_events_scoring_matches_by_type_and_slots():
    from types import SimpleNamespace

    from newsgraph.eval.events import own_counts

    pred = [Event(type="CONSULT", evidence=Evidence(0, 1), time="2024-05-08",
                  actor1=Actor("Penny Wong", "e2", "AU", None),
                  actor2=Actor("Wang Yi", "e1", "CN", "government"), place="e3"),
            Event(type="ASSAULT", evidence=Evidence(0, 1), time="2024-05-08")]
    rec = SimpleNamespace(events=pred, entities=[Entity(id="e3", name="Beijing", type="GPE")])
    gold = {"events": [{"type": "CONSULT", "actor1_text": "Wang Yi", "actor2_text": "Penny Wong",
                        "place": "Beijing", "time": "2024-05-08"},
                       {"type": "REQUEST", "actor1_text": "Wang Yi", "place": None}]}
    counts = own_counts([rec], [gold])
    assert counts["type"] == [1, 2, 2]  # the assault is extra, the request missed
    assert counts["actor1"] == [1, 1, 2]  # joint event: the parties in either order
    assert counts["place"] == [1, 1, 2]
    assert counts["time"] == [1, 2, 1]  # the extra event's date counts against precision


# --- issue 12: roles with constraints, planned acts kept, court procedure, genre gate ---------

@pytest.mark.e2e
@pytest.mark.parametrize("text, want", [
    # the dead of an attack are its targets; its authors are unknown, not the victims
    ("Three bank workers died in a petrol bomb attack in Athens on Wednesday, police said.",
     {"type": "ASSAULT", "actor1_text": None, "actor2_sector": "civilians"}),
    # a planned act is kept with its modality
    ("The European Union is prepared to impose new sanctions on Iran, officials said on Monday.",
     {"type": "SANCTION", "modality": "planned", "actor2_country": "IR"}),
    # court procedure: the state is the implied source
    ("A Vancouver man has been charged with first-degree murder after a killing at a party.",
     {"type": "ACCUSE", "mode": "allege", "actor1_text": None}),
    ("The suspect was arraigned on Monday in federal court in Brooklyn.",
     {"type": "ACCUSE", "mode": "allege"}),
    # an attack by unnamed authors is still an attack
    ("Five soldiers were killed in an ambush near Mosul on Sunday.",
     {"type": "ASSAULT", "actor1_text": None, "actor2_sector": "military"}),
    ("A roadside bomb killed three policemen in Kandahar province on Tuesday.",
     {"type": "ASSAULT", "actor1_text": None, "actor2_sector": "police"}),
])
def test_roles_and_court_procedure(analyze, text, want):
    rec = analyze(text, published="2024-03-01")
    assert _find(rec.events, **want), [(e.type, e.actor1, e.actor2, e.modality)
                                        for e in rec.events]


@pytest.mark.e2e
@pytest.mark.parametrize("text", [
    "Police will release more details about the investigation on Friday.",
    "Government officials are keen to demonstrate that the capital is safe for visitors.",
    "Oleh also warned that the situation there is still dangerous.",
    "An earthquake killed 12 people in eastern Turkey on Monday.",
    "Two people were killed when a lorry collided with a car on the motorway on Sunday.",
])
def test_no_event_without_an_act(analyze, text):
    assert analyze(text, published="2024-03-01").events == []


@pytest.mark.e2e
def test_reporter_is_claimed_by_not_actor(analyze):
    rec = analyze("Gunmen killed five soldiers in an ambush near Mosul, the Iraqi army said.",
                  published="2024-03-01")
    ev = _find(rec.events, type="ASSAULT", actor1_sector="rebels", actor2_sector="military")
    assert ev is not None and ev.claimed_by is not None and "army" in ev.claimed_by.text
    assert ev.modality == "claimed"


def test_genre_gate_reads_a_sports_report():
    import spacy

    nlp = spacy.blank("en")
    sport = nlp("The coach said the team played its best game of the season as the "
                "quarterback threw a touchdown in the playoff match before the fans.")
    war = nlp("Troops and rebels fought near the town; the government said the army "
              "attacked militants, and the minister called for a ceasefire.")
    assert off_genre(sport) == "sport"
    assert off_genre(war) is None


@pytest.mark.parametrize("body, slots", [
    ("* (AGAINST &MILITARY)", {"preps": [("against", ["&military"])]}),
    ("* POLICE (TO BORDER)", {"obj": ["police"], "preps": [("to", ["border"])]}),
    ("* {ARMS SHIPMENT}", {"obj": ["shipment"], "obj_mods": ["arms"]}),
    ("&MILITARY *", {"subj": ["&military"]}),
    ("NO VERB HERE", None),
])
def test_cameo_patterns_read_as_slots(body, slots):
    from newsgraph.train.events import parse_pattern

    got = parse_pattern(body)
    if slots is None:
        assert got is None
        return
    for k, v in slots.items():
        if k in ("obj", "subj"):
            assert got[k][0] == v[0]
        elif k == "preps":
            assert [(p, n[:1]) for p, n in got[k]] == [(p, n[:1]) for p, n in v]
        else:
            assert got[k] == v


@pytest.mark.parametrize("code, plover", [
    ("190", "ASSAULT"), ("042:043", "CONSULT"), ("---", "NONE"), ("010", "NONE"),
    ("0874", "RETREAT"), ("081", "CONCEDE"), ("020", "REQUEST"),
])
def test_cameo_codes_map_to_plover(code, plover):
    from newsgraph.train.events import cameo_map
    from newsgraph.train.events import plover as to_plover

    assert to_plover(code, cameo_map(SHARED_BENCH)) == plover


def test_shipped_verb_model_codes_known_verbs():
    from newsgraph.events.verbs import model, pattern_features

    m = model()
    assert m is not None, "run `make train-events`"
    assert m.best(pattern_features("bomb", obj=["village"]))[0] == "ASSAULT"
    assert m.best(pattern_features("say"))[0] == "NONE"
    assert m.best(pattern_features("impose", obj=["sanction", "sanctions"]))[0] != "NONE"


@pytest.mark.parametrize("a, b, far", [
    (10, 40, False),  # the same line
    (10, 900, True),  # more than a few lines apart
    (10, 70, True),  # across a paragraph break
])
def test_time_only_from_near_the_trigger(a, b, far):
    import spacy

    from newsgraph.events.extract import _far

    text = "x" * 50 + "\n\n" + "y" * 1000
    assert _far(spacy.blank("en")(text), a, b) is far


@pytest.mark.e2e
@pytest.mark.parametrize("text, sub_event", [
    ("Hundreds of teachers gathered outside the education ministry in Nairobi on Tuesday to "
     "demand unpaid salaries.", "Peaceful protest"),
    ("Security forces fired tear gas to disperse students protesting fee increases in Kampala.",
     "Protest with intervention"),
    ("Rioters looted shops and set cars on fire in Johannesburg.", "Violent demonstration"),
    ("A mob lynched a man accused of stealing a motorcycle in Kisumu.", "Mob violence"),
    ("Artillery shells landed on residential areas of Donetsk overnight.",
     "Shelling/artillery/missile attack"),
    ("Warplanes struck rebel positions in Idlib province on Monday.", "Air/drone strike"),
    ("Farmers blocked the main highway with tractors to protest low crop prices.",
     "Peaceful protest"),
    ("Police arrested 12 opposition activists in Harare ahead of planned demonstrations.",
     "Arrests"),
])
def test_acled_rows_of_own_snippets(analyze, text, sub_event):
    from newsgraph.export.acled import rows

    found = rows(analyze(text, published="2021-03-01"))
    assert found and found[0]["sub_event_type"] == sub_event, found


def test_verb_features_from_a_hand_built_parse():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.events.verbs import token_features

    words = ["Troops", "opened", "fire", "on", "protesters"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
              lemmas=["troop", "open", "fire", "on", "protester"],
              pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN"])
    f = token_features(doc[1])
    assert {"v=open", "vo=open|fire", "vp=open|on", "vpn=open|on|protester",
            "vs=open|troop"} <= set(f)
    assert not any(k.startswith("p=") for k in f)  # a bare preposition is no feature


@pytest.mark.parametrize("text, sport", [
    ("Scores of people were killed when troops opened fire.", False),
    ("The goal of the talks is a ceasefire.", False),
    ("The striker scored twice as the visitors beat the hosts.", True),
    ("The coach said his team would win the match.", True),
])
def test_sports_sentences(text, sport):
    import spacy

    from newsgraph.genre import sports_context

    assert sports_context(spacy.blank("en")(text)[:]) is sport


@pytest.mark.parametrize("words, sector", [
    (["general", "manager"], None),
    (["attorney", "general"], "judiciary"),
    (["army", "general"], "military"),
    (["general"], "military"),
    (["armed", "forces"], "military"),
    (["armed", "men"], "rebels"),
])
def test_a_general_is_not_always_an_officer(words, sector):
    assert sector_of(words) == sector


@pytest.mark.e2e
@pytest.mark.parametrize("text, target", [
    ("Kenya signed a trade agreement with Uganda on Monday.", "Uganda"),
    ("The European Union imposed new sanctions on Belarus on Friday.", "Belarus"),
])
def test_target_from_the_objects_phrase(analyze, text, target):
    rec = analyze(text, published="2024-03-01")
    assert any(e.actor2 is not None and e.actor2.text == target for e in rec.events)


@pytest.mark.e2e
def test_acled_labels_of_own_snippets(analyze):
    # our own one-line reports, written from the ACLED codebook's definitions (a development
    # set, never CASE text): the shipped pipeline and ACLED export label most of them right
    from newsgraph.events.acled import CASE_LABELS
    from newsgraph.export.acled import rows

    lines = (FIXTURES / "acled_snippets.jsonl").read_text(encoding="utf-8").splitlines()
    right = 0
    for row in map(json.loads, lines):
        found = rows(analyze(row["text"], published="2021-03-01"))
        label = CASE_LABELS.get(found[0]["sub_event_type"], "OTHER") if found else "OTHER"
        right += label == row["label"]
    assert right >= 0.85 * len(lines)


@pytest.mark.e2e
def test_types_and_actors_of_own_sentences(analyze):
    # our own one-sentence reports, two per PLOVER type (a development set, never test text):
    # the most confident event has the type, and its actors name the source and target
    lines = (FIXTURES / "plover_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    typ = src = tgt = 0
    for row in map(json.loads, lines):
        events = sorted(analyze(row["text"], published="2024-03-01").events,
                        key=lambda e: -e.confidence)
        best = events[0] if events else None
        typ += best is not None and best.type == row["type"]
        a1 = best.actor1 if best is not None else None
        src += a1 is not None and row["source"].lower() in f"{a1.text} {a1.country}".lower()
        a2 = best.actor2 if best is not None else None
        tgt += row["target"] is None or (a2 is not None and row["target"].lower()
                                         in a2.text.lower())
    n = len(lines)
    assert typ >= 0.9 * n and src >= 0.85 * n and tgt >= 0.8 * n, (typ, src, tgt, n)


@pytest.mark.e2e
@pytest.mark.parametrize("text, absent", [
    # dismissals and prevented attacks are no assault
    ("Kirkpatrick, who had recently been fired from his job, walked into the office.", "ASSAULT"),
    ("The team fired its coach on Saturday after a string of defeats.", "ASSAULT"),
    ("The navy prevented pirates from attacking a merchant vessel.", "ASSAULT"),
    # questions and anonymity are no requests
    ("Talks on the bailout would resume on Monday, said an official in Brussels, who asked not "
     "to be identified pending an official announcement.", "REQUEST"),
    ("Detectives asked the witness if she saw the shooting.", "REQUEST"),
    # claims and namings are no requests, a labour strike no assault
    ("Van Rompuy insisted the debt problems of Spain had nothing to do with Greece.", "REQUEST"),
    ("German Chancellor Angela Merkel called the Greek bailout critical for all of Europe.",
     "REQUEST"),
    ("But the media later broke the nationwide strike to report on the deaths.", "ASSAULT"),
])
def test_no_event_of_the_type(analyze, text, absent):
    assert not [e for e in analyze(text, published="2024-03-01").events if e.type == absent]
