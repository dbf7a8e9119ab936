"""Events of one article: candidates per sentence, then place, time, merging.

1. Sentences of the body (the headline and subheadings repeat the body and parse badly).
2. ``rules``: triggers, actors, modality per sentence; a trigger governed by another
   trigger ("urged a withdrawal", "agreed to cooperate") only sets the outer one's mode.
3. Actors without a country that are the speaker's own side ("armed forces are pushing back
   the Russians", said the governor) take the speaker's country.
4. Place: a place entity of the trigger's phrase or clause, after "in/at/from/for/near" and
   the most precise first; never one inside an actor or the dateline.
5. Time: a resolved time of the trigger's clause, else of a clause governing it ("X said on
   Saturday ..."), else the publication date (time_source "published"); a time more than 45
   days before publication marks background.
6. Filter: hypothetical events, sport sentences, events with no political actor, and events
   with no source actor unless a trial or hearing implies the state (PLOVER codes none).
7. Merge: one event per real-world event: same type and compatible actors (same entity or
   same country and sector), or a bare anaphoric mention ("the call"), join the first mention.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..clauses import subject_host
from ..doctext import doc_text
from ..entities.geo import SETTLEMENT_NOUNS, is_capital
from ..entities.lexicon import TITLE_HEADS
from ..genre import off_genre, sports_context
from ..record import Actor, Entity, Event, Evidence, Mention
from ..times.extract import published_date
from ..times.lexicon import NUMBER_WORDS
from . import rules
from .rules import Candidate, EntityIndex

POLITICAL_SECTORS = {
    "government",
    "military",
    "police",
    "judiciary",
    "rebels",
    "civilians",
    "media",
    "opposition",
    "legislature",
    "igo",
    "ngo",
    "religion",
    "criminals",
}
_MODE_FROM_OBJECT = {
    "yield": {
        "ceasefire",
        "truce",
        "withdrawal",
        "release",
        "de-escalation",
        "pullout",
        "halt",
        "end",
        "surrender",
        "freeing",
    },
    "meet": {"talks", "talk", "meeting", "negotiation", "negotiations", "dialogue", "summit"},
    "assist": {"aid", "help", "assistance", "support", "weapons", "arms", "supplies", "funds"},
    "change": {"reform", "reforms", "resignation", "election", "elections", "change", "referendum"},
}
_INNER_MODE = {
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
}
_OUTER_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "CONCEDE"}
_STATE = {"government", "military", "police"}  # one side of a conflict speaks through all three
# sectors that belong to the country where they act (foreign troops do not)
_DOMESTIC = {"civilians", "police", "opposition", "judiciary", "legislature", "media"}
_ARMED = {"military", "police", "rebels", "criminals"}
_SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "ASSAULT", "SUPPORT"}
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_KIND_RANK = {"city": 0, "other": 1, "region": 2, "country": 3, "continent": 4}


def fallback_entities(doc: Doc) -> list[Entity]:
    """Entities from spaCy's NER, one per surface form, for when the entity stage is absent."""
    by_name: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
            continue
        name = ent.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
        e = by_name.get(name.lower())
        if e is None:
            e = by_name[name.lower()] = Entity(
                id=f"e{len(by_name) + 1}", name=name, type=ent.label_
            )
        e.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return list(by_name.values())


def extract(
    doc: Doc,
    *,
    entities: list | None = None,
    times: list | None = None,
    quotes: list | None = None,
    published: dt.date | str | None = None,
    skip: list[tuple[int, int]] | None = None,
    dateline: tuple[int, int] | None = None,
    keep_background: bool = False,
    strict: bool = True,
) -> list[Event]:
    """The article's events (one per real-world event), most confident mention first in text order.

    ``published``: the publication date (an ISO string is read too); ``skip``: character ranges
    (headline, subheadings) not read; ``strict=False`` keeps events without a political actor
    (used to classify short snippets)."""
    published = published_date(published)  # an ISO string is still read
    if strict and off_genre(doc) is not None:
        return []  # sport results, business and product news, reviews, weather
    index = EntityIndex(entities if entities is not None else fallback_entities(doc), dateline)
    cands: list[Candidate] = []
    tokens = rules.trigger_tokens(doc)
    for sent in doc.sents:
        cands += sentence_candidates(sent, index, quotes or [], skip or [], cands, tokens)
    _event_references(cands)
    events: list[tuple[Event, Candidate, int]] = []
    implied_by: dict[int, bool] = {}  # event index: a mention had an implied source
    collective: dict[int, bool] = {}  # event index: a mention threatened or asked a protest
    sport: dict[int, bool] = {}  # sentence start -> reads as sport (asked once a sentence)
    for c in cands:
        if c.hypothetical:
            continue
        if strict and c.sent.start not in sport:
            sport[c.sent.start] = sports_context(c.sent)
        if strict and sport[c.sent.start]:
            continue
        if strict and c.learned and c.trigger.dep_ == "relcl":
            continue  # "shot two men who approached soldiers": a description of the men
        if strict and c.learned and (c.actor2 is None or not _organized_source(c.actor1, index)):
            # CAMEO's readings assume a political source acting on a target (a dyad): a verb
            # the scorer alone codes needs both ("drivers were advised to use other routes",
            # "the officers took the bomb inside" are no events)
            continue
        ev = _to_event(c, index, times or [], published, skip or [])
        if ev.background and not keep_background:
            continue
        if _home_visit(ev, index):
            continue
        k = _merge(events, ev, c, index)
        implied_by[k] = implied_by.get(k, False) or c.patient or c.implied_source
        collective[k] = collective.get(k, False) or c.collective
    out = []
    firsts: list[Candidate] = []
    for k, (ev, first, n) in enumerate(events):
        if ev.actor1 is not None and ev.actor2 is not None and _same(ev.actor1, ev.actor2):
            ev.actor1 = None  # merged mentions made one party both sides: keep it as target
        if ev.actor2 is None and ev.type == "ASSAULT":
            ev.actor2 = _struck_town(first, index)
        _visit_host(ev, index)
        # a trial, a charge or a hearing has the state as its implied source, an attack its
        # unnamed authors ("three bank workers died in an attack")
        implied = ev.actor1 is None and implied_by[k]
        if strict and not (_political(ev) or (implied or ev.mode in _STATE_MODES)
                           and ev.type in _STATE_ACTS | {"ASSAULT"}):
            continue
        if strict and ev.type in rules.VERBAL and not (
                _organized(ev, index) or implied
                or collective[k] and ev.type in ("THREATEN", "REQUEST")):
            # "farmers welcomed the rains", "the director thanked the cast" (but "teachers
            # warned they would strike": a group that threatens a strike acts as one)
            continue
        # PLOVER codes no event without a source actor ("two people were killed when ...")
        if strict and ev.actor1 is None and not implied:
            continue
        ev.confidence = round(min(0.95, ev.confidence + 0.05 * (n - 1)), 2)
        ev.time = _iso_day(ev.time)
        out.append(ev)
        firsts.append(first)
    _news_day(out, firsts, doc, skip or [], published)
    return out


LEDE_SENTENCES = 4  # the sentences of the body that tell the news
NEWS_DAY_REACH = 3  # days before publication the news day may be


def _news_day(events: list[Event], firsts: list[Candidate], doc: Doc,
              skip: list[tuple[int, int]], published: dt.date | None) -> None:
    """An act the lede tells without a day ("Police have fired tear gas at striking teachers")
    happened on the story's news day, the day the next sentences give its first dated act
    ("At least 14 people were arrested on Tuesday"), not on the publication date; only an
    act told done (past or perfect), within a few days of publication, and no statement
    (dated by the day it was reported). ``time_source`` "story" says so."""
    if published is None:
        return
    sents = [s for s in doc.sents
             if not any(a <= s.start_char < b for a, b in skip) and len(s) > 3]
    if not sents:
        return
    lede_end = sents[min(LEDE_SENTENCES, len(sents)) - 1].end_char
    day = next((ev.time for ev in sorted(events, key=lambda e: e.evidence.start)
                if ev.time_source == "text" and ev.evidence.start < lede_end
                and ev.time is not None and len(ev.time) == 10), None)
    if day is None:
        return
    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        return
    if not 0 < (published - when).days <= NEWS_DAY_REACH:
        return
    for ev, c in zip(events, firsts):
        if ev.time_source == "published" and ev.evidence.start < lede_end \
                and ev.type not in rules.VERBAL and _told_done(c):
            ev.time, ev.time_source = day, "story"


def _told_done(c: Candidate) -> bool:
    """Is the act told as done: a past tense or a perfect ("have fired"), not a plan?"""
    t = c.trigger
    if c.nominal or c.modality not in ("asserted", "claimed"):
        return False
    if t.tag_ == "VBD":
        return True
    return t.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.lemma_ in ("have", "be")
                                   for a in t.children) and not any(
        a.lower_ in ("will", "would", "could", "may", "might") for a in t.children)


# TimeML's part of a day after a date ("on Wednesday afternoon": 2024-10-23TAF)
_PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)T(?:MO|MI|AF|EV|NI|DT)$")


def _iso_day(value: str | None) -> str | None:
    """An event's time in ISO 8601, as the record says: a date with TimeML's part of the
    day (``times[]`` keeps it, as TempEval scores it) is that date."""
    if value is None:
        return None
    m = _PART_OF_DAY.match(value)
    return m.group(1) if m else value


def sentence_candidates(
    sent: Span, index: EntityIndex, quotes: list, skip: list[tuple[int, int]] = (),
    earlier: list[Candidate] = (),
    tokens: list[int] | None = None,
) -> list[Candidate]:
    """Event candidates of one sentence, with actors and modality set; triggers inside a
    ``skip`` range (a headline glued to the first sentence by the parser) are not read;
    ``earlier``: the article's candidates so far ("the two sides" refers to their pair);
    ``tokens``: the Doc's ``rules.trigger_tokens``, when known."""
    out: list[Candidate] = []
    for tok, key, (etype, mode, role), is_noun, noun, score in rules.find_triggers(sent, tokens):
        if any(s <= tok.idx < e for s, e in skip):
            continue
        c = Candidate(
            type=etype,
            mode=mode,
            trigger=tok,
            key=key,
            sent=sent,
            nominal=is_noun,
            index=index,
        )
        c.patient = role == "patient"
        c.learned = score is not None and key == rules.verbs.verb_lemma(tok) and \
            rules.lx.VERBS.get(key) is None and not is_noun
        # a lexicon verb is the surest trigger (the scorer, trained on CAMEO's conventions,
        # only nudges it), a verb the scorer alone codes as sure as its probability, a noun
        # the least
        if is_noun:
            c.confidence = 0.45
        elif c.learned:
            c.confidence = 0.3 + 0.4 * score
        else:
            c.confidence = 0.6 if score is None else 0.55 + 0.1 * score
        if noun is not None:
            c.actor_tokens.add(noun.i)
        if is_noun:
            rules.noun_actors(c, role, index)
        else:
            rules.verb_actors(c, role, index)
            rules.judged_side(c, index)
            rules.dialogue_partner(c, index)
            rules.dismayed_side(c, index)
        rules.modality(c, index, _quote_speaker(tok.idx, quotes, index))
        if c.actor1 is None and c.pronoun_subject and c.claimed_by is not None \
                and not _quoted_others(c, quotes) and not _state_tells_of_others(c):
            c.actor1 = Actor(
                c.claimed_by.text, c.claimed_by.entity, c.claimed_by.country, c.claimed_by.sector
            )  # "rebels said they had captured ..."
        _rioters(c)
        _tolerance_threat(c)
        _refusal_or_threat(c)
        _halted_aid(c)
        _forces_sent(c)
        _sent_to(c, index)
        _carried(c, index)
        _undone(c)
        _protest_took_place(c)
        _protest_target(c, index)
        _speaker_side(c, index)
        _group_reference(c, [*earlier[-3:], *out])
        _answered_speaker(c, [*earlier[-4:], *out])
        _reciprocal(c)
        _implied_source(c)
        _state_told(c)
        _speakers_own_call(c, index)
        if c.nonactor_subject and c.type in rules.MATERIAL_CONFLICT or _none_harmed(c):
            c.hypothetical = True
        out.append(c)
    _toll_to_its_attack(out)
    return _fold_nested(out)


def _none_harmed(c: Candidate) -> bool:
    """'no civilians were injured or killed', 'killed nobody': a harm denied befell no one."""
    if c.type != "ASSAULT" or c.nominal:
        return False
    verb = c.trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # ("no civilians were injured or killed": the first verb's subject)
    for p in verb.children:
        if p.dep_ in ("nsubjpass", "dobj") and (p.lower_ in _NO_ONE or any(
                d.dep_ == "det" and d.lower_ == "no" for d in p.children)):
            return True
    return False


_NO_ONE = frozenset({"nobody", "none", "no-one"})


def _toll_to_its_attack(cands: list[Candidate]) -> None:
    """'A Russian strike killed five civilians': the verb whose subject is the attack noun is
    no act of its own, but whom it killed are the attack's targets."""
    for c in cands:
        if not (c.hypothetical and c.nonactor_subject and c.actor2 is not None
                and c.type == "ASSAULT"):
            continue
        subj = next((ch for ch in c.trigger.children if ch.dep_ == "nsubj"), None)
        host = next((o for o in cands if subj is not None and o.trigger.i == subj.i
                     and o.type == "ASSAULT" and o.actor2 is None), None)
        if host is not None:
            host.actor2 = c.actor2


_GROUP = (
    "two leaders",
    "both leaders",
    "the two sides",
    "both sides",
    "two sides",
    "two countries",
    "both countries",
    "two governments",
    "two ministers",
    "the leaders",
)


# what a side rejects that another said before, and the kinds of act that say it
_ANSWERED = {"criticism": ("ACCUSE",), "charge": ("ACCUSE",), "accusation": ("ACCUSE",),
             "allegation": ("ACCUSE",), "claim": ("ACCUSE",), "demand": ("REQUEST",),
             "call": ("REQUEST",), "appeal": ("REQUEST",), "ultimatum": ("THREATEN",),
             "offer": ("AGREE", "AID", "CONSULT", "COOPERATE"), "proposal": ("AGREE", "CONSULT"),
             "statement": ("ACCUSE", "REQUEST", "THREATEN")}  # (by lemma: "the charges")


def _answered_speaker(c: Candidate, before: list[Candidate]) -> None:
    """'The opposition accused the government of signing in secret. The prime minister
    rejected the criticism': what is rejected was said just before, by its speaker, the
    target (of a rejection whose object names no one: "the criticism", "the offer")."""
    if c.type != "REJECT" or c.nominal or c.actor1 is None:
        return
    if c.actor2 is not None and not (c.actor2.entity is None and c.actor2.text.split()[-1]
                                     in ("spokesperson", "spokesman", "spokeswoman")):
        return  # ("rejected the claim, with a spokesperson saying ...": its own voice)
    c.actor2 = None
    obj = next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
    if obj is None or c.index is None:
        return
    for mod in (d for d in obj.children if d.dep_ in ("poss", "amod", "compound")
                and d.pos_ in ("PROPN", "NOUN", "ADJ")):
        # "rejected the opposition's claims", "rejected a Democratic resolution": whose it is
        # is said with it
        owner = rules.make_actor(mod, c.index, c.type)
        if owner is not None and not _same(owner, c.actor1):
            c.actor2 = owner
            return
    kinds = _ANSWERED.get(obj.lemma_.lower())
    if kinds is None:
        return
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "these", "such")
               for d in obj.children):
        return
    for prev in reversed(before):
        if prev is c or prev.sent.start >= c.sent.start:
            continue
        if c.sent.start - prev.sent.end > 150:
            break  # (a few sentences back at most)
        if prev.type in kinds and prev.actor1 is not None and not _same(prev.actor1, c.actor1):
            c.actor2 = prev.actor1
            return


def _group_reference(c: Candidate, before: list[Candidate]) -> None:
    """'the two leaders agreed', 'and the two agreed': the pair of the sentence's previous
    event."""
    a = c.actor1
    if a is None and before and not c.nominal and _pair_subject(c.trigger):
        prev = before[-1]
        if prev.actor1 is not None and prev.actor2 is not None:
            c.actor1, c.actor2 = prev.actor1, c.actor2 or prev.actor2
        return
    if a is None or a.entity is not None:
        return
    if not before:
        _pair_named_before(c)
        return
    if not any(
        a.text.lower().endswith(g.split()[-1]) and g.split()[0] in a.text.lower() for g in _GROUP
    ):
        return
    prev = before[-1] if before else None
    if prev is not None and prev.actor1 is not None and (prev.actor2 or c.actor2) is not None:
        c.actor1, c.actor2 = prev.actor1, c.actor2 or prev.actor2
    else:
        _pair_named_before(c)  # the act before names one side only


# nouns of a settlement or an area that name a place in an "of" phrase ("the town of Uvira")
_SETTLEMENTS = SETTLEMENT_NOUNS | {"camp", "neighbourhood", "neighborhood", "suburb"}


def _struck_town(c: Candidate, index: EntityIndex) -> Actor | None:
    """'seized the eastern Congolese town of Uvira', 'struck the village of Kanan': with no
    side named as its target, an attack's target is the place it names."""
    obj = next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
    if c.nominal or obj is None or obj.lemma_.lower() not in _SETTLEMENTS:
        return None
    of = next((ch for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    place = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
    if place is None:
        return None
    ent = next((e for _, _, e in index.in_span(place.idx, place.idx + len(place.text))
                if e.type in ("GPE", "LOC", "FAC")), None)
    return None if ent is None else Actor(ent.name, ent.id, ent.country, None)


_PAIR_NOUNS = {"leader", "leaders", "president", "presidents", "minister", "ministers",
               "counterpart", "counterparts", "foreign", "men"}


def _pair_named_before(c: Candidate) -> None:
    """'The two leaders held talks' with no act told before: the last two people named
    before it, in the sentence or the one before."""
    a = c.actor1
    words = a.text.lower().split() if a is not None else []
    if not (len(words) >= 2 and words[-2] in ("two", "both") and words[-1] in _PAIR_NOUNS):
        return
    start = c.sent.start
    window = c.sent.doc[start - 1].sent.start_char if start > 0 else c.sent.start_char
    people: list = []
    for s, _, ent in reversed(c.index.spans):
        if s >= c.sent.start_char or s < window:
            continue
        if ent.type == "PERSON" and ent not in people:
            people.append(ent)
    if len(people) >= 2:
        second, first = people[0], people[1]
        c.actor1 = Actor(first.name, first.id, c.index.country(first), "government")
        c.actor2 = Actor(second.name, second.id, c.index.country(second), "government")


def _reciprocal(c: Candidate) -> None:
    """'Armenia and Azerbaijan accused each other': each is the other's target."""
    if c.actor2 is not None or c.nominal:
        return
    other = next((t for t in c.trigger.subtree if t.lower_ in ("other", "another")
                  and any(ch.lower_ in ("each", "one") for ch in t.children)
                  or t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "each"),
                 None)
    subj = next((ch for ch in c.trigger.children if ch.dep_ == "nsubj"), None)
    partner = next((ch for ch in subj.children if ch.dep_ == "conj"), None) if subj else None
    if other is not None and partner is not None:
        c.actor2 = rules.make_actor(partner, c.index, c.type)


def _pair_subject(verb) -> bool:
    """A subject that is only a count of the parties before ("the two", "both")."""
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("two", "both") and not any(
        ch.dep_ in ("prep", "compound", "amod") for ch in subj.children)


_HALTING = {"pause", "halt", "suspend", "stop", "cut", "freeze", "withhold", "end", "cancel",
            "block", "slash"}
# what undoes an act told as a noun: "quashed the detention", "lifted the curfew"
_UNDOING = {"quash", "overturn", "annul", "revoke", "rescind", "lift", "repeal", "scrap",
            "void", "invalidate", "reverse"}


def _undone(c: Candidate) -> None:
    """'the court quashed the detention of X': the detention ends, X is set free (RETREAT
    release); 'lifted the curfew', 'revoked the ban': a restriction eased (CONCEDE)."""
    if not (c.nominal and c.type in ("COERCE", "SANCTION") and c.trigger.dep_ == "dobj"
            and c.trigger.head.lemma_.lower() in _UNDOING):
        return
    if c.mode in ("arrest", "detain"):
        c.type, c.mode = "RETREAT", "release"
    else:
        c.type, c.mode = "CONCEDE", None


def _halted_aid(c: Candidate) -> None:
    """'paused military aid to Kyiv': aid stopped is a sanction, not aid."""
    if c.type == "AID" and c.nominal and c.trigger.dep_ in ("dobj", "nsubjpass") \
            and c.trigger.head.lemma_.lower() in _HALTING:
        c.type, c.mode = "SANCTION", None
        to = next((p for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "to"), None)
        whom = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        if c.actor2 is None and whom is not None:
            c.actor2 = rules.make_actor(whom, c.index, c.type)
            c.actor_tokens.update(t.i for t in whom.subtree)


def _forces_sent(c: Candidate) -> None:
    """'200 Kenyan officers would be deployed to Haiti', said by Kenya's president: forces
    sent with no one named as sending them are sent by whoever announces it when of the
    forces' own country, else they are the actor themselves (PLOVER MOBILIZE's source is who
    mobilizes; the forces are its instrument, not its target)."""
    if c.type != "MOBILIZE" or c.actor1 is not None or c.actor2 is None \
            or c.trigger.pos_ != "VERB" or not any(
                t.dep_ in ("nsubjpass", "auxpass") for t in c.trigger.children):
        return
    forces, c.actor2 = c.actor2, None
    speaker = c.claimed_by
    if speaker is not None and (
            forces.country is not None and speaker.country == forces.country
            or speaker.sector in ("government", "military")
            and None in (speaker.country, forces.country)):
        # (an official announcing forces of no stated country, or of none stated himself,
        # sends them too)
        c.actor1 = speaker
    else:
        c.actor1 = forces


def _carried(c: Candidate, index: EntityIndex) -> None:
    """'intercepted a sloop carrying 134 Haitian migrants': the people a seized or struck
    craft carries are the target."""
    if c.nominal or c.actor2 is not None or c.type not in ("COERCE", "ASSAULT"):
        return
    obj = next((x for x in c.trigger.children if x.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in rules.HIJACKED:
        return
    people = next((p for a in obj.children if a.dep_ == "acl" and a.lemma_ == "carry"
                   for p in a.children if p.dep_ == "dobj" and rules.people_noun(p)), None)
    if people is not None:
        c.actor2 = rules.make_actor(people, index, c.type)


def _sent_to(c: Candidate, index: EntityIndex) -> None:
    """'deploy 1,500 Guard members to New Orleans', 'sent Guard troops to Los Angeles': where
    forces go is the deployment's target (they are its instrument); forces sent to a town or
    region, not to a country, are deployed (PLOVER MOBILIZE), not military aid."""
    if c.nominal or c.type not in ("MOBILIZE", "AID") or c.type == "AID" and c.mode != "military" \
            or c.mode == "weapons":
        return  # (a missile "fired into the East Sea" goes nowhere it is deployed)
    tok = c.trigger
    obj = next((x for x in tok.children if x.dep_ == "dobj"), None)
    hosts = [tok] + ([obj] if obj is not None else [])
    dest = next((p for h in hosts for x in h.children if x.dep_ == "prep"
                 and x.lower_ in ("to", "into") for p in x.children if p.dep_ == "pobj"), None)
    place = None
    if dest is not None:
        place = next((e for s, e_, e in index.in_span(dest.idx, dest.idx + len(dest.text))
                      if e.type == "GPE"), None)
    if place is None:
        return
    if c.type == "AID":
        if rules.country_of(place.name):
            return  # (troops sent to a country: military aid)
        c.type, c.mode = "MOBILIZE", "troops"
    c.actor2 = rules.make_actor(dest, index, c.type) or c.actor2


_RIOTERS = ("riot", "mob", "protest", "demonstrator", "looter", "marcher", "crowd")
_PROTESTERS = ("protester", "protestor", "demonstrator", "marcher", "striker")
_CLAIMS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})  # what a crowd voices


def _rioters(c: Candidate) -> None:
    """Violence by rioters, a mob or protesters is a violent protest (PLOVER PROTEST riot); an
    unnamed crowd that protests is of civilians."""
    a = c.actor1
    # the head word names them ("angry rioters", "a mob"), not a modifier ("riot police")
    if c.type in ("ASSAULT", "COERCE") and a is not None and a.entity is None and a.text and \
            a.text.lower().split()[-1].startswith(_RIOTERS):
        c.type, c.mode = "PROTEST", "riot"
    elif c.type == "ASSAULT" and c.mode == "primitive" and a is not None and a.entity is None \
            and a.text and a.text.lower().split()[-1] in _CROWDS:
        # "about 100 youths hurled petrol bombs at a police station": a crowd's stones and
        # petrol bombs are a riot (ACLED's riots: mobs throwing rocks, burning property)
        c.type, c.mode = "PROTEST", "riot"
    if c.type == "PROTEST" and a is not None and a.entity is None and a.sector is None \
            and a.country is None and a.text.lower().split()[-1] in _CROWDS:
        a.sector = "civilians"  # "thousands of people gathered in protest": the protesters


def _speakers_own_call(c: Candidate, index: EntityIndex) -> None:
    """'Ben-Gvir said Israel was "paying a terrible price" and called on Netanyahu to resume
    the fighting': a call, an appeal or a demand the parser joined to the reported clause is
    the speaker's own (he calls, not the country he spoke of)."""
    tok = c.trigger
    if c.type not in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") or c.nominal \
            or tok.dep_ != "conj" or any(ch.dep_ in ("nsubj", "nsubjpass")
                                         for ch in tok.children):
        return
    clause = tok.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.lemma_.lower() not in rules.lx.REPORTING \
            or rules._in_quotes(tok):
        return
    # only after a state or a quoted phrase ("was ready", "was 'paying a terrible price'"):
    # in "said the rebels had attacked the base and demanded a ransom" the rebels demand
    quoted = any(t.text in ('"', "“", "”") for t in tok.doc[clause.i:tok.i])
    # (or after an act told as going on: "said both governments were negotiating over their
    # heads and demanded ...": the past tense does not share the clause's "were")
    ongoing = clause.tag_ == "VBG" and tok.tag_ == "VBD" and any(
        a.dep_ == "aux" and a.lemma_ == "be" for a in clause.children)
    if clause.lemma_ != "be" and not quoted and not ongoing:
        return
    subj, _ = rules._subject(reporter)
    speaker = rules.make_actor(subj, index) if subj is not None else None
    if speaker is not None:
        c.actor1, c.claimed_by, c.modality = speaker, None, "asserted"


_FUTURE = ("will", "would", "wo", "'ll", "shall")
_STOPPAGES = frozenset({"strike", "walkout", "shutdown", "boycott", "protest", "stoppage"})
# force promised in the future tense: "Moscow would retaliate", "will take reciprocal measures"
_HIT_BACK = {"retaliate", "avenge", "punish"}
_STEPS = {"measure", "countermeasure", "step", "action", "response"}


def _tolerance_threat(c: Candidate) -> None:
    """'will not allow any party to target the economy' (``rules.not_tolerated``), 'would
    treat it as an act of war' (``rules.act_of_war``), 'said Moscow would respond'
    (``rules.response_vowed``): the negation or the future is the threat's own form, not a
    denial or a plan."""
    if c.type == "THREATEN" and not c.nominal and (rules.not_tolerated(c.trigger)
                                                   or rules.act_of_war(c.trigger)
                                                   or rules.response_vowed(c.trigger)):
        c.hypothetical = False  # ("would treat X as an act of war": the future is the threat)
        if c.modality in ("negated", "planned"):
            c.modality = "asserted"


def _threat(c: Candidate, modality: str | None = None) -> None:
    """Recode a candidate as a threat, made now (a planned act's threat is asserted)."""
    c.type, c.mode, c.learned, c.hypothetical = "THREATEN", None, False, False
    if modality is not None:
        c.modality = modality
    elif c.modality == "planned":
        c.modality = "asserted"


def _refusal_or_threat(c: Candidate) -> None:
    """'Hezbollah said it would not disarm', 'We will not negotiate with terrorists': an act
    refused for the future is a rejection (PLOVER REJECT), not a negated act; 'said Moscow
    would retaliate', 'will take reciprocal measures': force promised is a threat."""
    tok = c.trigger
    if c.type in ("ASSAULT", "COERCE") and c.modality != "negated" and _force_to_come(c):
        # "the rebels would keep targeting ships", "operations would continue until ...",
        # "We will continue to arrest anyone who ...": force announced is a threat
        _threat(c)
        return
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    ready = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _READY
    if c.modality != "negated" and ready and tok.lemma_.lower() in ("take", "adopt") \
            and obj is not None and obj.lemma_.lower() in _STEPS:
        _threat(c, "asserted")
        return
    # the verb that carries the act's tense: its own, or the light verb of an act noun
    # ("would observe a nationwide strike if ...", "will impose sanctions unless ...")
    verb = tok.head if c.nominal and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if c.nominal and verb is tok or not any(ch.dep_ == "aux" and ch.lower_ in _FUTURE
                                            for ch in verb.children):
        return
    condition = rules.if_clause(verb)
    if condition is None and c.type == "REQUEST":
        # (the parse may hang the condition on what is asked: "ask X to call a strike if")
        condition = next((ch for x in verb.children if x.dep_ in ("xcomp", "ccomp")
                          if (ch := rules.if_clause(x)) is not None), None)
    strike_asked = c.type == "REQUEST" and any(
        t.lemma_.lower() in _STOPPAGES for x in verb.children if x.dep_ in ("xcomp", "ccomp")
        for t in x.subtree)  # ("would ask the federation to call a general strike if ...")
    if (c.type in ("SANCTION", "COERCE", "ASSAULT", "PROTEST") or strike_asked) \
            and c.modality != "negated" and condition is not None:
        # "Washington would halt aid unless the Taliban returned ...", "drivers would strike
        # if ...", "would observe a nationwide protest if ...": a penalty, force or protest
        # made conditional is a threat, made to the one the condition asks to act
        c.collective = c.type == "PROTEST" or strike_asked
        c.actor2 = None if strike_asked else c.actor2  # (the one asked to strike is no target)
        _threat(c, "asserted")
        subj = next((s for s in condition.children if s.dep_ == "nsubj"), None)
        if c.actor2 is None and subj is not None and subj.pos_ != "PRON" and c.index:
            c.actor2 = rules.make_actor(subj, c.index, c.type)
        return
    if c.nominal:
        return
    if c.modality == "negated" and c.type in ("RETREAT", "CONSULT", "CONCEDE", "AGREE",
                                               "COOPERATE", "AID", "SUPPORT"):
        c.type, c.mode, c.modality = "REJECT", None, "asserted"
        return
    if c.modality != "negated" and (
            tok.lemma_.lower() in _HIT_BACK
            or tok.lemma_.lower() in ("take", "adopt") and obj is not None
            and obj.lemma_.lower() in _STEPS):
        _threat(c)


_GOING_ON = {"keep", "continue", "resume", "carry", "intensify", "step", "expand"}
_READY = {"ready", "prepared", "determined"}


def _force_to_come(c: Candidate) -> bool:
    """An act of force in the future tense: its verb, the verb it goes on with ("would keep
    targeting", "will continue to arrest"), or the verb an act noun is the subject of
    ("operations would continue", "strikes will be carried out"); not an act scheduled for
    a time the clause names."""
    tok = c.trigger
    if c.nominal:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in _GOING_ON:
            return False
        heads = [tok.head]
    else:
        heads = [tok]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _GOING_ON:
            heads.append(tok.head)
    if not any(ch.dep_ == "aux" and ch.lower_ in _FUTURE for h in heads for ch in h.children):
        return False
    # a scheduled act ("would close all border crossings from midnight on Thursday") is a
    # plan, not a threat
    own = [t for t in tok.subtree if not any(
        a.dep_ in ("advcl", "relcl", "ccomp") and a.i != tok.i and tok.i < a.i <= t.i
        for a in t.ancestors)]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in own)


def _strike_told(c: Candidate) -> bool:
    """A strike or raid of no named author: the noun itself, or the subject of the verb."""
    strikes = {"strike", "airstrike", "raid", "bombardment", "operation", "shelling"}
    tok = c.trigger
    if c.nominal:
        return tok.lemma_.lower() in strikes and not any(
            ch.dep_ in ("poss", "amod", "compound") and ch.ent_type_ in ("NORP", "GPE", "ORG")
            for ch in tok.children)
    subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in strikes and not any(
        ch.ent_type_ in ("NORP", "GPE", "ORG") for ch in subj.children)


def _state_tells_of_others(c: Candidate) -> bool:
    """'..., a police spokesman said, adding that they had blocked the road and refused to
    disperse': the police tell of the protesters; a state's speaker does not protest, nor
    refuse to disperse."""
    subj = next((ch for ch in c.trigger.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return c.type in ("PROTEST", "REJECT") and c.claimed_by is not None \
        and c.claimed_by.sector in ("police", "military") \
        and not (subj is not None and subj.lower_ == "we")  # ("we refused": their own)


# the head nouns of a state's bodies, unnamed ("the ministry", "the commission")
_STATE_BODIES = frozenset({"ministry", "commission", "authority", "department", "agency",
                           "government", "presidency", "court", "office"})


def _state_told(c: Candidate) -> None:
    """'The Interior Ministry said 107 people were detained': an arrest or a release the
    state's own body reports without naming who did it is that state's act (not a noun's
    description: "said it was the ninth journalist detained this year")."""
    told = c.claimed_by
    if c.actor1 is None and c.type == "ASSAULT" and told is not None \
            and told.sector == "military" and told.entity is not None \
            and getattr(c.index.by_id(told.entity), "type", None) in ("ORG", "NORP", "GPE") \
            and _strike_told(c):
        # "The Israeli military said the drone strike killed X": its own strike, told by it
        c.actor1 = Actor(told.text, told.entity, told.country, told.sector)
        return
    if c.actor1 is None and c.implied_source and told is not None and c.trigger.dep_ != "acl" \
            and (c.type, c.mode) in (("COERCE", "arrest"), ("COERCE", "deport"),
                                     ("RETREAT", "release")) \
            and told.sector in ("government", "police", "military", "judiciary"):
        kind = getattr(c.index.by_id(told.entity), "type", None) if told.entity else None
        if kind == "PERSON" and told.sector in ("police", "military"):
            # a police spokesman's words: the force he speaks for, not the spokesman
            c.actor1 = Actor(told.sector, None, told.country, told.sector)
        elif kind == "ORG" or kind is None and (
                told.sector in ("police", "military")
                or told.text.lower().split()[-1] in _STATE_BODIES):
            # "the Interior Ministry said", "police said", "the commission said" (not
            # "officials said": whose?)
            c.actor1 = Actor(told.text, told.entity, told.country, told.sector)


# verbs that tell a protest happened, with its marchers unnamed ("protests broke out in X")
_OCCURRING = {"break", "erupt", "take", "spread", "continue", "resume", "flare", "rock",
              "sweep", "grip", "engulf", "hold", "stage", "begin", "start", "turn"}


def _protest_took_place(c: Candidate) -> None:
    """'Protests also broke out in Mombasa', 'rallies took place in Batumi', 'a march was
    held': the protesters are the actors, though unnamed (as ACLED codes them)."""
    tok = c.trigger
    if not (c.type == "PROTEST" and c.nominal and c.actor1 is None
            and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i
            and tok.head.lemma_.lower() in _OCCURRING):
        return
    if tok.head.lemma_.lower() == "take" and not any(
            ch.lower_ == "place" for ch in tok.head.children):
        return  # "took" without "place": not an occurrence
    if tok.head.lemma_.lower() in ("hold", "stage") and tok.dep_ != "nsubjpass":
        return  # "the rally held a vote": only "was held" tells it happened
    c.actor1 = Actor("protesters", None, None, "civilians")


# the words of a building that stand for the body it houses ("police station", "Parliament
# building", "Government House", "the French embassy"): a protest there is against that body
_SEATS = frozenset({"station", "building", "house", "headquarters", "office", "offices",
                    "palace", "embassy", "consulate", "ministry", "court", "courthouse",
                    "parliament", "assembly", "senate", "congress", "presidency", "residence",
                    "gardens", "compound"})
_AT_SITE = frozenset({"outside", "to", "at", "toward", "towards", "near", "before"})
_HEADS_OF_STATE = frozenset({"presidential", "royal", "prime", "government", "governor's"})


def _protest_target(c: Candidate, index: EntityIndex) -> None:
    """Whom a protest is against, when it names no one: the owner of what it opposes
    ("rallied against a government plan"), or the body whose seat it marched to or gathered
    outside ("outside the central police station", "to the Parliament building")."""
    if c.type != "PROTEST" or c.actor2 is not None or c.index is None:
        return
    tok = c.trigger
    heads = [tok, *(x for x in tok.children if x.dep_ in ("xcomp", "advcl")
                    and x.lemma_.lower() in ("protest", "demonstrate"))]
    if c.nominal and tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB":
        heads.append(tok.head)  # "staged a march to the ministry"
    # ("a march by graduates to the Parliament building": the parse hangs it on the marchers)
    heads += [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "by"
              for p in x.children if p.dep_ == "pobj"]
    for h in heads:
        for prep in (x for x in h.children if x.dep_ == "prep"):
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if prep.lower_ in ("against", "over"):
                found = rules.make_actor(pobj, index, "PROTEST") or next(
                    (a for m in pobj.children if m.dep_ in ("compound", "poss", "amod")
                     and (a := rules.make_actor(m, index, "PROTEST")) is not None), None)
            elif prep.lower_ in _AT_SITE and (pobj.lemma_.lower() in _SEATS
                                              or pobj.lower_ in _SEATS):
                found = next((a for m in pobj.children if m.dep_ in ("compound", "amod", "poss")
                              and (a := rules.make_actor(m, index, "PROTEST")) is not None),
                             None)
                if found is None and any(m.lower_ in _HEADS_OF_STATE for m in pobj.children):
                    # "marched to the presidential palace": the head of state's government
                    start, end = rules._phrase(pobj)
                    found = Actor(pobj.doc[start:end].text.removeprefix("the ").strip(),
                                  None, None, "government")
            else:
                continue
            if found is not None and (c.actor1 is None or not _same(found, c.actor1)):
                c.actor2 = found
                return


# head words of an unnamed crowd that protests
_CROWDS = {"people", "residents", "citizens", "crowd", "crowds", "thousands", "hundreds",
           "dozens", "villagers", "families", "women", "men", "youths", "voters"}


def _implied_source(c: Candidate) -> None:
    """'the hostages were released', 'X was arrested': the captor or the state is the implied
    source, so the event is kept though the text names no actor1."""
    if c.actor1 is None and c.type == "ASSAULT" and c.patient and not c.nominal:
        c.implied_source = True  # "the city came under artillery fire"
        return
    if c.actor1 is not None or c.actor2 is None or c.nominal:
        return
    # "X was arrested"; "one of 99 Mafia members seized on Tuesday": a participle after its
    # noun tells an event when it is dated or has its agent ("companies accused of supplying
    # drones" only describes them)
    trig = c.trigger
    passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in trig.children) or (
        # "were being held without bail, charged with killing ...": a participle clause
        # told of its head's passive subject
        trig.dep_ == "advcl" and trig.tag_ == "VBN"
        and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in trig.children)
        and any(ch.dep_ in ("nsubjpass", "auxpass") for ch in trig.head.children)) or (
        trig.dep_ == "acl" and trig.tag_ == "VBN" and any(
            ch.dep_ == "agent" or ch.ent_type_ in ("DATE", "TIME")
            or any(g.ent_type_ in ("DATE", "TIME") for g in ch.children)
            for ch in trig.children))
    if passive and (c.type, c.mode) in (("RETREAT", "release"), ("COERCE", "arrest"),
                                        ("COERCE", "deport"), ("SANCTION", "convict"),
                                        ("ACCUSE", "allege")) or (
            passive and c.type == "ASSAULT" and (_attack_told(c.sent)
                                             or c.trigger.lemma_.lower() in _NEVER_ACCIDENT)):
        # "was charged", "five soldiers were killed in an ambush" (not "two people were
        # killed when a lorry collided with a car")
        c.implied_source = True


_ATTACK_CUES = rules.WEAPONS | {"gunman", "gunmen", "militant", "militants", "shooting",
                                "shoot", "stab", "stabbing", "clash", "fighting", "assault",
                                "insurgent", "insurgents", "sniper", "rebel", "rebels"}


# violent verbs that never tell an accident ("were kidnapped", "was shot dead")
_NEVER_ACCIDENT = {"kidnap", "abduct", "shoot", "stab", "behead", "hack", "assassinate",
                   "bomb", "shell", "rape", "lynch", "execute", "torture", "ambush", "massacre",
                   "attack", "raid", "hijack", "loot", "torch", "murder", "slay", "strangle"}


def _attack_told(sent: Span) -> bool:
    """Whether a sentence or the next one names a weapon, an attack or armed men ("Two
    soldiers were killed. The attack happened near Gao.")."""
    doc = sent.doc
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lemma_.lower() in _ATTACK_CUES for t in doc[sent.start:end])


# Nouns that refer back to an event already told ("condemned the move"): the types they fit.
# a move, decision or step is something done or settled, not a threat, a plea or a word
_ACTS = {"AGREE", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "AID", "COOPERATE",
         "CONCEDE", "PROTEST"}
_REFERENCES = {
    "move": _ACTS, "decision": _ACTS, "step": _ACTS, "action": _ACTS, "measure": _ACTS,
    "ban": {"COERCE", "SANCTION"}, "sanction": {"SANCTION"}, "verdict": {"SANCTION"},
    "sentence": {"SANCTION"}, "conviction": {"SANCTION"}, "ruling": {"SANCTION"},
    "talk": {"CONSULT"}, "meeting": {"CONSULT"}, "visit": {"CONSULT"}, "arrest": {"COERCE"},
    "detention": {"COERCE"}, "crackdown": {"COERCE"}, "attack": {"ASSAULT"},
    "strike": {"ASSAULT"}, "airstrike": {"ASSAULT"}, "raid": {"COERCE", "ASSAULT"},
    "deal": {"AGREE"}, "agreement": {"AGREE"}, "expulsion": {"SANCTION"},
    "tariff": {"SANCTION"}, "embargo": {"SANCTION"},
}


def _event_references(cands: list[Candidate]) -> None:
    """'Iran condemned the move', 'the EU criticised the ban': a verbal reaction whose object
    refers to an earlier event is aimed at that event's source."""
    for k, c in enumerate(cands):
        if c.actor2 is not None or c.nominal or c.type not in rules.VERBAL:
            continue
        obj = next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
        if obj is None or not any(d.lower_ in ("the", "this", "that") for d in obj.lefts):
            continue
        fits = _REFERENCES.get(obj.lemma_.lower(), "none")
        if fits == "none":
            continue
        lemma = obj.lemma_.lower()
        earlier = [p for p in reversed(cands[:k]) if p.actor1 is not None and not (
            c.actor1 is not None and _same(p.actor1, c.actor1))
            and not p.hypothetical and not p.background]  # (not "bandits often kidnap")
        # the same word first ("imposed a ban ... criticised the ban"), then any event it fits
        same = [p for p in earlier if lemma in p.key.split() or p.trigger.lemma_.lower() == lemma]
        fit = [p for p in earlier if fits is None or p.type in fits]
        if same or fit:
            c.actor2 = (same or fit)[0].actor1


def _quoted_others(c: Candidate, quotes: list) -> bool:
    """'"They bombed people who were praying," said a resident': in a speaker's own words
    "they" are others, not the speaker (while in "rebels said they had captured" the
    reported "they" is the rebels)."""
    subj, _ = rules.subject_of(c.trigger)
    if subj is None or subj.lower_ != "they":
        return False
    at = c.trigger.idx
    return any(q.direct and q.start <= at < q.end for q in quotes)


def _quote_speaker(offset: int, quotes: list, index: EntityIndex) -> Actor | None:
    for q in quotes:
        if q.start <= offset < q.end and q.speaker is not None:
            ent = index.by_id(q.speaker.entity)
            if ent is not None:
                return Actor(
                    text=ent.name,
                    entity=ent.id,
                    country=index.country(ent),
                    sector=rules.sector_of([], ent),
                )
            return Actor(text=q.speaker.text)
    return None


def _speaker_side(c: Candidate, index: EntityIndex) -> None:
    """'armed forces' / 'the country' in a statement by X are X's own side."""
    sp = c.claimed_by
    if sp is None or sp.country is None:
        return
    for a in (c.actor1,):
        if a is None or a.country is not None:
            continue
        low = a.text.lower()
        if low.startswith(("its ", "their ", "his ", "her ", "enemy", "the enemy")):
            continue
        if a.sector in ("government", "military", "police"):
            a.country = sp.country
            if a.entity is None and low in ("country", "nation", "state"):
                ent = next(
                    (
                        e
                        for e in index.entities
                        if e.type == "GPE"
                        and index.country(e) == sp.country
                        and (getattr(e.geo, "kind", "country") == "country")
                    ),
                    None,
                )
                if ent is not None:
                    a.entity, a.text = ent.id, ent.name
                if c.type in ("ASSAULT", "RETREAT", "MOBILIZE"):
                    a.sector = "military"  # "the country has won the battle": its forces


_BLOCK = {"block", "barricade", "obstruct", "occupy", "blockade", "close", "shut"}


def _home_visit(ev: Event, index: EntityIndex) -> bool:
    """'The prime minister visited Quetta': a leader touring a town of the own country meets
    no other party (CAMEO codes a visit between two actors); 'cancelled a trip to Lagos': a
    town that is no capital (no government's metonym) suffers no sanction."""
    if ev.actor1 is None or ev.actor2 is None:
        return False
    place = index.by_id(ev.actor2.entity)
    geo = getattr(place, "geo", None)
    if geo is None or geo.kind == "country":
        return False
    if ev.type == "SANCTION" and ev.mode == "cancel":
        return not is_capital(ev.actor2.text)
    return ev.type == "CONSULT" and ev.mode == "visit" and ev.actor1.country is not None \
        and ev.actor1.country == ev.actor2.country


def _own_clause(tok) -> bool:
    """An adverbial clause with its own subject and a conjunction of time or contrast ("...
    rejected talks while Washington threatened military action"): an act of its own, not the
    outer act's content or purpose."""
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ != "PRON" for ch in tok.children) \
        and any(ch.dep_ == "mark" and ch.lower_ in ("while", "as", "when", "after", "whereas",
                                                     "although", "though") for ch in tok.children)


def _fronted_act(c: Candidate, outer: Candidate) -> bool:
    """An act told before the verb the parser hung it on, with a subject of its own ("Police
    fired tear gas on Tuesday to disperse protesters ... they blame for poisoning the air,
    witnesses said", where "fired" became a clause of "blame"): what an accusation or a
    demand contains follows it in English, so this is an act of its own (claimed, when a
    reporting verb governs it)."""
    tok = c.trigger
    return tok.dep_ == "ccomp" and tok.i < outer.trigger.i and tok.pos_ == "VERB" and any(
        ch.dep_ == "nsubj" and ch.pos_ in ("NOUN", "PROPN") for ch in tok.children)


def _aside_act(c: Candidate) -> bool:
    """A participle set off by a comma that says something of its own ("threatened to quit
    the talks, accusing the army of drone strikes"): a second act of the same speaker, not
    what the first one threatens or asks."""
    tok = c.trigger
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and c.type in _SAID_ACTS \
        and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," \
        and not any(ch.dep_ == "mark" for ch in tok.children)


_SAID_ACTS = {"ACCUSE", "REQUEST"}


def _charged_with(c: Candidate, by_tok: dict[int, Candidate]) -> bool:
    """Inside what someone is accused of, however deep ("accused the government of 'giving
    settlers a green light to kill and burn'"): the charge, not an act of its own."""
    cur = c.trigger
    head = cur.head
    if cur.dep_ == "conj" and cur.tag_ == "VBG" and head.lemma_.lower() in _CHARGED_WITH \
            and any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in head.children):
        # "charged with unlawful assembly and assaulting officers", the gerund parsed as a
        # second verb beside "charged"
        outer = by_tok.get(head.i)
        return outer is not None and outer is not c and outer.type == "ACCUSE"
    for _ in range(8):
        if cur.head.i == cur.i or cur.dep_ == "relcl":
            return False  # (", which he denies": a clause of its own)
        if cur.dep_ == "prep" and (cur.lower_ == "of" or cur.lower_ == "with" and
                                   cur.head.lemma_.lower() in _CHARGED_WITH):
            # ("were charged with unlawful assembly and assaulting police officers")
            outer = by_tok.get(cur.head.i)
            return outer is not None and outer is not c and outer.type == "ACCUSE" \
                and not outer.nominal
        cur = cur.head
    return False


# verbs that list what someone is charged with ("charged with unlawful assembly")
_CHARGED_WITH = frozenset({"charge", "indict"})
# prepositions of an earlier act ("after the raid", "following the detention")
_BEFORE_PREPS = frozenset({"after", "following", "before", "amid"})


def _fold_nested(cands: list[Candidate]) -> list[Candidate]:
    """Drop a trigger governed by an outer verbal trigger; it gives the outer one its mode."""
    by_tok = {c.trigger.i: c for c in cands}
    dropped: set[int] = set()
    for c in cands:  # "calls for the minister to resign": the resignation is what is asked
        for i in c.inner:
            inner = by_tok.get(i)
            if inner is not None and inner is not c:
                dropped.add(i)
                c.mode = c.mode or _INNER_MODE.get(inner.type)
                c.collective = c.collective or inner.type == "PROTEST" or inner.collective
    for c in cands:
        if _charged_with(c, by_tok):
            dropped.add(c.trigger.i)
            continue
        cur = c.trigger
        for _ in range(4):
            if cur.head.i == cur.i:
                break
            dep = cur.dep_
            cur = cur.head
            if cur.dep_ == "prep" and cur.lower_ in _BEFORE_PREPS:
                break  # "... after Moscow sent a corvette following the detention of a
                # tanker": an act before, told as the reason, not what the outer act says
            outer = by_tok.get(cur.i)
            if outer is not None and outer.type == "PROTEST" and c.type == "REQUEST":
                dropped.add(c.trigger.i)  # demands voiced by marching are the protest, and
                outer.actor2 = outer.actor2 or c.actor2  # the one asked is what it targets
                break
            if outer is not None and c.trigger.dep_ == "conj" and c.trigger.pos_ == "VERB" \
                    and subject_host(c.trigger).i == outer.trigger.i:
                break  # "warned that ... would ... and threatened": coordinated, not inside
            if (
                outer is not None
                and outer.type in _OUTER_TYPES
                and dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "pcomp")
                and not (dep == "advcl" and (_own_clause(c.trigger) or _aside_act(c)))
                and not _fronted_act(c, outer)
            ):
                dropped.add(c.trigger.i)
                outer.collective = outer.collective or c.type == "PROTEST" or c.collective
                if outer.mode is None and outer.type in ("REQUEST", "REJECT"):
                    outer.mode = _INNER_MODE.get(c.type)
                break
            if cur.lemma_.lower() in rules.lx.REPORTING:
                break
    for c in cands:  # "blocked the highway to protest low prices": the blockade is the protest
        outer = by_tok.get(c.trigger.head.i)
        if c.type == "PROTEST" and c.trigger.dep_ in ("advcl", "xcomp") and outer is not None \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.trigger.children) \
                and outer.type in ("COERCE", "ASSAULT") and outer.trigger.i not in dropped:
            dropped.add(outer.trigger.i)
            c.mode = "obstruct" if outer.trigger.lemma_.lower() in _BLOCK else (c.mode or "demo")
            c.actor1 = c.actor1 or outer.actor1
    for c in cands:  # "announced the verdict at a hearing": the hearing is where, not what
        if c.nominal and c.trigger.dep_ == "pobj" and c.trigger.head.lower_ in ("at", "during") \
                and any(o is not c and o.trigger.i not in dropped for o in cands):
            dropped.add(c.trigger.i)
    for c in cands:  # "killed eight militants in a raid": the raid is the killing's frame
        prep = c.trigger.head
        outer = by_tok.get(prep.head.i) if c.trigger.dep_ == "pobj" else None
        if c.nominal and outer is not None and outer is not c and not outer.nominal \
                and prep.lower_ in ("in", "during") and c.type in ("ASSAULT", "COERCE") \
                and outer.type in ("ASSAULT", "COERCE"):
            dropped.add(c.trigger.i)
    for c in cands:  # "repelled an attack": the noun is the verb's own event
        outer = by_tok.get(c.trigger.head.i)
        if (
            c.nominal
            and outer is not None
            and outer is not c
            and outer.type == c.type
            and c.trigger.dep_ in ("dobj", "pobj", "nsubjpass")
        ):
            dropped.add(c.trigger.i)
            if outer.actor2 is None and c.actor1 is not None:
                outer.actor2 = c.actor1
    for c in cands:
        if c.type in ("REQUEST", "REJECT") and c.mode is None:
            words = {t.lower_ for t in c.trigger.subtree}
            for mode, cues in _MODE_FROM_OBJECT.items():
                if words & cues:
                    c.mode = mode
                    break
    return [c for c in cands if c.trigger.i not in dropped]


_ORGANIZED = POLITICAL_SECTORS - {"civilians"}
_STATE_ACTS = {"ACCUSE", "SANCTION", "COERCE"}  # charges, sentences, arrests: the state's
_STATE_MODES = {"arrest", "allege", "convict"}


def _organized(ev: Event, index: EntityIndex | None = None) -> bool:
    """Whether a verbal event involves a state, party, armed group or other organized actor:
    praise or thanks between private people is not a political event. Two named parties
    ("Bush praised Blair") pass: named leaders often come without a title; so does a named
    party or movement ("the Coalition for Change demanded his release")."""
    if any(a is not None and a.sector in _ORGANIZED for a in (ev.actor1, ev.actor2)):
        return True
    a = ev.actor1
    if a is not None and a.entity is None and a.text and ev.type in _CLAIMS and \
            a.text.lower().split()[-1].startswith(_PROTESTERS):
        return True  # "the protesters demanded ...": people in protest act as a group
    if index is not None and any(_political_body(a, index) for a in (ev.actor1, ev.actor2)):
        return True
    return all(a is not None and a.entity is not None and a.sector != "civilians"
               for a in (ev.actor1, ev.actor2))


_BODY_WORDS = {"party", "coalition", "movement", "front", "alliance", "bloc", "union",
               "council", "committee", "league", "congress", "assembly", "opposition"}


_PARTY_WORDS = {"party", "coalition", "opposition"}  # in an unnamed actor's own words


def _political_body(a: Actor | None, index: EntityIndex) -> bool:
    """A named organization whose name says it is a party, movement or council."""
    if a is None:
        return False
    ent = index.by_id(a.entity)
    if ent is None:  # "the ruling coalition's candidate"
        return _names_party(a)
    return ent.type == "ORG" and bool(_BODY_WORDS & set(ent.name.lower().split()))


def _names_party(a: Actor) -> bool:
    """Whether an actor's own words name a party ("the ruling coalition's candidate")."""
    return bool(_PARTY_WORDS & set(a.text.lower().replace("'s", "").split()))


def _organized_source(a: Actor | None, index: EntityIndex) -> bool:
    """A source that can act politically: an organized sector, a state or an organization
    (a person needs a title that says which)."""
    if a is None:
        return False
    if a.sector in _ORGANIZED:
        return True
    ent = index.by_id(a.entity)
    return ent is not None and ent.type in ("GPE", "ORG", "NORP") and a.sector != "civilians"


def _political(ev: Event) -> bool:
    for a in (ev.actor1, ev.actor2):
        if a is not None and (
            a.sector in POLITICAL_SECTORS or (a.country is not None and a.sector is None)
            or _names_party(a)
        ):
            return True  # (or "the ruling coalition's candidate conceded")
    return False


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a token sits in (the token itself for a verb)."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _ancestors(tok: Token) -> set[int]:
    return {t.i for t in tok.ancestors}


def _under_other_act(c: Candidate, root: Token) -> bool:
    """Whether a token hangs, below its clause's verb, on an event noun that is not the
    trigger's own ("launched an attack in X" is the launch's; "jailed for an attack in X" is
    not the jailing's)."""
    for t in root.ancestors:
        if t.pos_ in ("VERB", "AUX") or t.i == c.trigger.i:
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in rules.lx.NOUNS \
                and t.i not in c.actor_tokens and t.dep_ == "pobj" \
                and t.head.lower_ in _REASON_PREPS:
            return True  # (an act "during a march in Tbilisi" shares the march's place)
    return False


_REASON_PREPS = {"for", "over", "about", "of", "on", "against", "after", "before", "since"}


def _reach(c: Candidate, root: Token) -> int | None:
    """How closely a place/time token belongs to the event: 0 inside the trigger's phrase,
    1 in its clause, 2 in a clause governing it ("X said on Saturday that ..."), 3 elsewhere
    in the sentence (verbs only), None not at all (another clause's time or place). A gerund
    after a preposition is a clause of its own: "charged with killing him last summer" was
    charged now; so is the act a verb asks for or promises: "urged supporters to join
    protests next Tuesday" was urged now."""
    trig = c.trigger
    if not c.nominal and _under_other_act(c, root):
        return None  # "sentenced nine men for an attack in 2019": the attack's time and place
    if root.i in {t.i for t in trig.subtree} and not any(
        t.dep_ in ("ccomp", "advcl", "relcl", "pcomp", "xcomp") and t.i != trig.i
        for t in root.ancestors
        if t.i in {x.i for x in trig.subtree}
    ):
        return 0
    head = _clause_head(trig)
    rhead = _clause_head(root)
    if rhead.i == head.i:
        return 1
    if rhead.i in _ancestors(trig):
        return 2
    return None if c.nominal else 3


# nouns of an occasion a place is named in, not where an act is done
_OCCASIONS = frozenset({"independence", "anniversary", "liberation", "founding", "partition",
                        "annexation", "birthday"})


def _place(c: Candidate, index: EntityIndex, start: int) -> str | None:
    sent = c.sent
    best = None
    for s, e, ent in index.in_span(start, sent.end_char):
        if ent.type not in _PLACE_TYPES and getattr(ent, "geo", None) is None:
            continue
        if index.dateline and s >= index.dateline[0] and e <= index.dateline[1]:
            continue
        if any(m.start == s for m in getattr(ent, "metonymy", None) or ()):
            continue  # "weapons used by Kyiv": a government, not a place
        tok = sent.doc.char_span(s, e, alignment_mode="expand")
        if tok is None or any(t.i in c.actor_tokens for t in tok):
            continue
        root = tok.root
        if root.dep_ in ("compound", "amod", "nmod", "poss") and (
                root.head.lower_ in TITLE_HEADS or root.head.ent_type_ == "PERSON"):
            continue  # "US Secretary of State Antony Blinken": whose officer, not where
        if c.type in ("COERCE", "RETREAT") and root.dep_ == "pobj" and root.head.lower_ == "to":
            continue  # "deported 40 men to China": where they were sent, not where it happened
        if any(a.lemma_.lower() in _OCCASIONS for a in list(root.ancestors)[:4]
               if a.i != c.trigger.i and a.pos_ == "NOUN"):
            continue  # "marking the anniversary of independence from Britain": an occasion
        if any(a.dep_ == "appos" and a.head.ent_type_ in ("GPE", "LOC", "FAC")
               for a in list(root.ancestors)[:4]):
            continue  # "El Fasher, the last big city in the Darfur region": El Fasher's region
        if root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _TOWN_NOUNS \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in root.head.children):
            continue  # "the Black Sea city of Batumi": the city named after "of" is the place
        if (root.dep_ in ("dobj", "nsubj", "nsubjpass", "dative")
                or root.dep_ == "pobj" and root.head.dep_ == "agent") and root.i != c.trigger.i:
            continue  # "helping Moscow evade sanctions", "used by Kyiv": a side, not a place
        level = _reach(c, root)
        if level == 0 and c.type not in _SHARED_SCENE and any(
                ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and root in ch.subtree
                for ch in c.trigger.children):
            # "welcomed the advance and urged talks in Jeddah": the second statement's (an
            # attack and its toll share theirs: "shelled the town and killed 30 in Gao")
            continue
        if root.i in c.actor_subtrees and any(
                a.dep_ == "appos" and a.i in c.actor_subtrees for a in root.ancestors):
            continue  # "the United States, a treaty ally of Manila, condemned": who, not where
        if level is not None and level >= 2 and root.i in c.actor_subtrees:
            continue  # "companies accused of supplying drones to Russia"
        if level == 2:  # a place in the governing clause is where it was said, not done
            level = None if c.nominal else 3
        if level is None:
            continue
        clause = _clause_head(root)
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head  # "said Ethiopia wanted to seize Assab": wanted's subject
        if level == 3 and (any(ch.dep_ in ("nsubj", "nsubjpass") for ch in clause.children)
                           or c.type in rules.VERBAL
                           and _coordinated(_clause_head(root), _clause_head(c.trigger))):
            # (or a coordinated verb's: "met Tuesday and flew to Cairo")
            # "struck homes ..., as negotiators met in Cairo": another act's place; and a
            # place in the clause that reports it ("the governor of the Kharkiv region says
            # that people return") loses too: on our own articles keeping it cost place F1
            # (93.8 -> 90.6)
            continue
        if level == 0 and c.type in _TOPICAL and _in_complement(c.trigger, root, c.key):
            continue  # "rejected a proposal for a ceasefire around Zaporizhzhia": the topic
        prep = root.head if root.dep_ == "pobj" else None
        if prep is None and root.dep_ == "compound" and root.head.dep_ == "pobj":
            prep = root.head.head
        after_prep = prep is not None and prep.lower_ in rules._PLACE_PREPS
        geo = getattr(ent, "geo", None)
        kind = _KIND_RANK.get(getattr(geo, "kind", None) or "other", 1)
        score = (min(level, 2), 0 if after_prep else 1, kind, abs(root.i - c.trigger.i))
        if best is None or score < best[0]:
            best = (score, ent.id)
    return best[1] if best else None


# acts whose coordinated verbs share one scene ("shelled the town and killed 30 in Gao");
# any other act's coordinated verb keeps its place ("expelled French troops and turned to
# Russia")
_SHARED_SCENE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two verbs are conjuncts of one another (two acts of one subject)."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


_TOPICAL = (rules.VERBAL - {"CONSULT"}) | {"SANCTION"}  # a meeting is where it is held

# "withdrawing from the city": a place noun standing for the town or region last named
_TOWN_NOUNS = {"city", "town", "village", "capital", "port", "settlement"}
_AREA_NOUNS = {"region", "province", "area", "district", "territory", "oblast", "state"}


def _taken_place(c: Candidate, index: EntityIndex) -> str | None:
    """'recaptured Wad Madani': ground taken is where the fighting happened; 'was visiting
    Seoul': the place visited is where the visit is."""
    if c.actor2 is None or not (c.type == "ASSAULT" and c.key in rules.TAKE_GROUND
                                or c.type == "CONSULT" and c.mode == "visit"):
        return None
    ent = index.by_id(c.actor2.entity)
    return ent.id if ent is not None and getattr(ent, "geo", None) is not None else None


def _named_before(c: Candidate, index: EntityIndex) -> str | None:
    """The place "the city" / "the region" in the event's own phrase stands for: the last
    town (or region) named before it, within the paragraph."""
    for t in c.trigger.subtree:
        noun = t.lemma_.lower()
        if t.dep_ != "pobj" or t.head.lower_ not in rules._PLACE_PREPS \
                or noun not in _TOWN_NOUNS | _AREA_NOUNS \
                or not any(ch.lower_ in ("the", "this", "that") for ch in t.children) \
                or any(ch.dep_ in ("prep", "appos", "compound") and ch.lower_ != "in"
                       and any(x.ent_type_ in ("GPE", "LOC", "FAC") for x in ch.subtree)
                       for ch in t.children):
            continue  # ("the town of Kassala" names its town)
        kinds = {"city"} if noun in _TOWN_NOUNS else {"region", "other"}
        return _last_place_before(index, t.doc, t.idx, kinds)
    return None


def _last_place_before(index: EntityIndex, doc: Doc, offset: int, kinds: set[str],
                       skip_dateline: bool = False) -> str | None:
    """The place of one of these kinds named last before ``offset`` in the same paragraph and
    within a few lines (the dateline's town left out when ``skip_dateline``)."""
    best = None
    for s, _, ent in index.in_span(max(0, offset - _MAX_TIME_DISTANCE), offset):
        geo = getattr(ent, "geo", None)
        if s >= offset or geo is None or geo.kind not in kinds or _far(doc, s, offset):
            continue
        if skip_dateline and index.dateline and index.dateline[0] <= s < index.dateline[1]:
            continue
        best = ent.id
    return best


def _in_complement(trigger: Token, tok: Token, trigger_key: str = "") -> bool:
    """Whether tok sits in the trigger's object or complement clause rather than in an
    adverbial phrase of the trigger itself."""
    for ch in trigger.children:
        if ch.dep_ in ("dobj", "xcomp", "ccomp", "attr", "dative") and tok in ch.subtree:
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("on", "against", "for", "over", "about", "of") \
                and tok in ch.subtree:
            # "went on trial in Lima": the noun of the trigger's own phrase is no topic
            pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            return pobj is None or pobj.lemma_.lower() not in trigger_key.split()
    return False


def _actor_place(c: Candidate, index: EntityIndex) -> str | None:
    """'a court in Moscow', 'police in Tbilisi': where a located actor acts."""
    doc = c.sent.doc
    for i in sorted(c.actor_tokens):
        t = doc[i]
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near") and \
                t.head.head.i in c.actor_tokens:
            for _s, _e, ent in index.in_span(t.idx, t.idx + len(t.text)):
                if ent.type in _PLACE_TYPES or getattr(ent, "geo", None) is not None:
                    return ent.id
    return None


def _dateline_place(c: Candidate, index: EntityIndex) -> str | None:
    """The dateline town, for street events told without a place ("Riot police detained 12
    demonstrators near the parliament building"): protests and arrests happen where the
    reporter files from unless the text says otherwise."""
    if c.type not in ("PROTEST", "COERCE") or index.dateline is None:
        return None
    for _s, _e, ent in index.in_span(*index.dateline):
        geo = getattr(ent, "geo", None)
        if geo is not None and getattr(geo, "kind", None) == "city":
            if c.actor1 is not None and c.actor1.country not in (None, geo.country):
                return None  # "Croatia banned a Serbian minister", filed from Belgrade
            if index.story_country not in (None, geo.country):
                return None  # a story on Georgia filed from Washington: not where it was
            return ent.id
    return None


def _paragraph_place(c: Candidate, index: EntityIndex, start: int) -> str | None:
    """The town the paragraph named last before a street event told without a place
    ("... rallied outside parliament in Tbilisi every night. Police have arrested 400")."""
    if c.type not in ("PROTEST", "COERCE"):
        return None
    return _last_place_before(index, c.sent.doc, start, {"city"}, skip_dateline=True)


def _time(c: Candidate, times: list, published: dt.date | None
          ) -> tuple[str | None, str | None]:
    value = _offset_time(c, times, published)
    if value == "":
        return (published.isoformat(), "published") if published is not None else (None, None)
    value = value or _time_in_text(c, times, published)
    trig = c.trigger
    if value is None and c.type in _SHARED_SCENE and not c.nominal and trig.dep_ == "conj" \
            and trig.head.pos_ == "VERB":
        # "used water cannon to disperse protesters on Thursday night and detained 40": a
        # coordinated act of one scene shares its first verb's date
        value = _first_verb_time(c, times, published)
    if value is None and not c.nominal:
        value = _antecedent_time(c, times) or _victims_clause_time(c, times) \
            or _after_clause_time(c, times)
    if value is not None:
        return value, "text"
    if published is not None:
        return published.isoformat(), "published"
    return None, None


def _victims_clause_time(c: Candidate, times: list) -> str | None:
    """'shot dead two men who approached the fence on Saturday': an attack told with a clause
    on its victims at a time happened then."""
    if c.type not in _SHARED_SCENE:
        return None
    for obj in c.trigger.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        for rel in obj.children:
            if rel.dep_ == "relcl" and (found := _date_among(c, times, rel.subtree)):
                return found
    return None


def _after_clause_time(c: Candidate, times: list) -> str | None:
    """'Duque broke off talks after a car bomb killed 22 cadets in January 2019': an act told
    only as following a dated one happened then (or soon after), not on the page's date."""
    for ch in c.trigger.children:
        if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "following")
                                      for m in ch.children):
            found = _date_among(c, times, ch.subtree)
            if found:
                return found
    return None


def _date_among(c: Candidate, times: list, tokens) -> str | None:
    """The first dated time expression of the sentence whose root is one of ``tokens``."""
    ids = {t.i for t in tokens}
    return next((str(t.value) for t, span in _sentence_dates(c, times) if span.root.i in ids),
                None)


# prepositions whose object is the time frame of the act ("during a Sunday service")
_TIME_FRAMES = frozenset({"during", "at", "on", "in", "amid"})


def _antecedent_time(c: Candidate, times: list) -> str | None:
    """'a clash in the Galwan valley in June 2020 in which 20 soldiers were killed': an act told
    in a relative clause takes the date its antecedent carries."""
    clause = c.trigger
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    inside = {t.i for t in clause.subtree}
    return _date_among(c, times, (t for t in clause.head.subtree if t.i not in inside))


# units of "a day after", "two weeks before", in days ("hours after": the same day)
_UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "week": 7}


def _offset_time(c: Candidate, times: list, published: dt.date | None) -> str | None:
    """'fired rockets on Wednesday, a day after a strike killed a commander': the date of the
    act in a clause of "<so long> after/before" is the main clause's date moved by so long;
    "" when so long is not counted ("days after": no date from the text)."""
    trig = c.trigger
    clause, link = None, None
    for x in [trig, *trig.ancestors][:3]:
        mark = next((m for m in x.children if m.dep_ in ("mark", "prep")
                     and m.lower_ in ("after", "before")), None) \
            if x.dep_ in ("advcl", "conj") else None  # (a parse may coordinate the clause)
        if mark is not None:
            clause, link = x, mark
            break
        if x.dep_ == "pobj" and x.head.lower_ in ("after", "before") and x.head.dep_ == "prep":
            clause, link = x.head, x.head
            break
    if clause is None or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    amount = next((m for m in [*link.children, *clause.children] if m.dep_ == "npadvmod"), None)
    if amount is None:
        return None
    unit = amount.lemma_.lower()
    if unit not in _UNIT_DAYS:
        return None
    number = next((n for n in amount.children if n.dep_ in ("nummod", "det")), None)
    count = NUMBER_WORDS.get(number.lower_) or None if number is not None else (
        None if amount.tag_ == "NNS" else 1)
    if number is not None and count is None and number.text.isdigit():
        count = int(number.text)
    if count is None and _UNIT_DAYS[unit]:
        return ""  # "days after": no day to count, and not the main clause's day either
    main = clause.head
    inside = {t.i for t in clause.subtree}
    for t, span in _sentence_dates(c, times):
        below = _below(span.root, main)
        if len(str(t.value)) != 10 or span.root.i in inside or below is None \
                or any(x.dep_ in ("relcl", "ccomp", "advcl", "acl") for x in below):
            continue
        try:
            day = dt.date.fromisoformat(str(t.value))
        except ValueError:
            continue
        days = _UNIT_DAYS[unit] * (count or 0)
        return (day - dt.timedelta(days) if link.lower_ == "after"
                else day + dt.timedelta(days)).isoformat()
    return None


def _first_verb_time(c: Candidate, times: list, published: dt.date | None) -> str | None:
    """A date in the clause of the verb the trigger is coordinated with, its infinitive
    included ("used ... to disperse protesters on Thursday night"), not in a clause of its own
    (a relative or reported clause)."""
    head, own = c.trigger.head, {t.i for t in c.trigger.subtree}
    for t, span in _sentence_dates(c, times):
        below = _below(span.root, head)
        if _old(t.value, published) or span.root.i in own or below is None:
            continue
        if not any(x.dep_ in ("relcl", "ccomp", "advcl", "acl", "conj", "pcomp", "csubj")
                   for x in below):
            return str(t.value)
    return None


def _sentence_dates(c: Candidate, times: list) -> Iterator[tuple[object, Span]]:
    """The time expressions of the candidate's sentence that give a date ("recently"
    (PAST_REF), "XXXX-05-13", durations and sets give none), each with its span."""
    sent = c.sent
    for t in times:
        if t.value is None or getattr(t, "type", "DATE") in ("DURATION", "SET") \
                or not t.value[:1].isdigit() or not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and not (span.start > 0 and span.doc[span.start - 1].lower_
                                     in _LIMITS):
            yield t, span


# a time a limit is set at, not when anything happened: "stay in power beyond 2028", "until
# 2030"
_LIMITS = frozenset({"beyond", "until", "till", "past"})


def _below(tok: Token, verb: Token) -> list[Token] | None:
    """The tokens on the way up from tok to verb (tok first, verb left out); None when verb
    does not govern tok."""
    path = [tok, *tok.ancestors]
    return path[:path.index(verb)] if verb in path else None


def _time_in_text(c: Candidate, times: list, published: dt.date | None) -> str | None:
    """The date of the time expression nearest the trigger in its own clause, if any."""
    best = None
    for t, span in _sentence_dates(c, times):
        if _far(c.sent.doc, c.trigger.idx, t.start):
            continue  # a "sentence" the parser ran across paragraphs: not this event's time
        level = _reach(c, span.root)
        if level is None or level == 3:
            continue
        root = next((x for x in span if x.dep_ != "det" and not span.start <= x.head.i < span.end),
                    span.root)
        if root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") \
                and root.head.pos_ == "NOUN" and root.head.i != c.trigger.i \
                and not (root.head.dep_ == "pobj" and root.head.head.lower_ in _TIME_FRAMES):
            # "the October 9 presidential election": that noun's date, not the act's (but
            # "during a Sunday service" is when)
            continue
        if level >= 2 and c.trigger.dep_ == "conj" and not c.nominal \
                and _old(t.value, published):
            continue  # "was detained in November and has denied ...": not the denial's date
        score = (level, abs(t.start - c.trigger.idx))
        if best is None or score < best[0]:
            best = (score, t.value)
    if best is None:
        return None
    c.time_level = best[0][0]
    return best[1]


_MAX_TIME_DISTANCE = 400  # characters: about two lines of a news paragraph


def _far(doc: Doc, a: int, b: int) -> bool:
    """Whether two offsets lie in different paragraphs or more than a few lines apart."""
    lo, hi = sorted((a, b))
    return hi - lo > _MAX_TIME_DISTANCE or "\n\n" in doc_text(doc)[lo:hi]


def _old(value: str | None, published: dt.date | str | None) -> bool:
    """True when value lies more than 45 days before publication."""
    if not value or not published:
        return False
    try:
        pub = published_date(published)
        if pub is None:
            return False
        parts = value[:10].split("-")
        if not parts[0].isdigit():
            return False
        year = int(parts[0])
        if len(parts) == 1 and len(value) == 4 and year < pub.year:
            return True  # "executed in Iran last year": a past year's tally, not the news
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 12
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 28
        return (pub - dt.date(year, month, min(day, 28))).days > 45
    except (ValueError, IndexError):
        return False


def _evidence_start(sent: Span, skip: list[tuple[int, int]]) -> int:
    """Start of the sentence, past a headline or subheading the parser glued to it."""
    start = sent.start_char
    for s, e in skip:
        if s <= start < e:
            start = e
    text = doc_text(sent.doc)
    while start < sent.end_char and text[start].isspace():
        start += 1
    return start


def _visit_host(ev: Event, index: EntityIndex) -> None:
    """"Xi Jinping arrived in Hanoi on a state visit": a visit no mention gave a host is to
    the country of its place (not the visitor's own)."""
    if ev.type != "CONSULT" or ev.mode != "visit" or ev.actor2 is not None or ev.place is None:
        return
    host = index.by_id(ev.place)
    country = index.country(host) if host is not None else None
    if country is not None and (ev.actor1 is None or ev.actor1.country != country):
        ev.actor2 = Actor(text=host.name, entity=host.id, country=country, sector="government")


def _to_event(
    c: Candidate,
    index: EntityIndex,
    times: list,
    published: dt.date | None,
    skip: list[tuple[int, int]],
) -> Event:
    start = _evidence_start(c.sent, skip)
    time, source = _time(c, times, published)
    actor1, actor2 = c.actor1, c.actor2
    if c.initiator is not None:
        others = [a for a in (actor1, actor2) if a is not None and not _same(a, c.initiator)]
        actor1, actor2 = c.initiator, (others[0] if others else None)
    if actor1 is not None and actor2 is not None and _same(actor1, actor2):
        actor2 = None  # "officers had to subdue [him]": a parse that makes a side its own target
    conf = c.confidence + (0.15 if actor1 else 0) + (0.1 if actor2 else 0)
    if c.modality == "hedged":
        conf -= 0.1
    place = _taken_place(c, index) or _place(c, index, start) or _named_before(c, index) \
        or _actor_place(c, index) or _paragraph_place(c, index, start) \
        or _dateline_place(c, index)
    if place is not None:
        for a in (actor1, actor2):
            if a is not None and a.country is None and a.sector in _DOMESTIC:
                ent = index.by_id(place)
                a.country = index.country(ent) if ent is not None else None
    end = c.sent.end_char
    text = doc_text(c.sent.doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Event(
        type=c.type,
        evidence=Evidence(start, end),
        mode=c.mode,
        modality=c.modality,
        actor1=actor1,
        actor2=actor2,
        place=place,
        time=time,
        time_source=source,
        background=c.background or (source == "text" and _old(time, published)),
        confidence=round(conf, 2),
        claimed_by=c.claimed_by,
    )


# --- 7. merging --------------------------------------------------------------------------------


def _same(a: Actor, b: Actor) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return a.text.lower() == b.text.lower()


def _compatible(a: Actor | None, b: Actor | None, index: EntityIndex | None = None) -> bool:
    if a is None or b is None:
        return True
    if a.entity and b.entity and a.entity == b.entity:
        return True
    if index is not None and a.entity and b.entity and all(
            getattr(index.by_id(x.entity), "type", None) == "PERSON" for x in (a, b)):
        return False  # two people named apart ("Ba congratulated Faye", "Sall congratulated
        # the winner") are two acts
    if a.country and b.country and a.country != b.country:
        return False
    if (
        a.sector
        and b.sector
        and a.sector != b.sector
        and not (a.sector in _STATE and b.sector in _STATE)
    ):
        return False
    return True


def _overlap(a: Actor | None, b: Actor | None, index: EntityIndex | None = None) -> bool:
    if a is None or b is None:
        return False
    if index is not None and a.country and a.country == b.country \
            and a.sector == b.sector == "government" and _state_name(a, index) \
            and _state_name(b, index):
        return True  # "Russia launched drones" and "Moscow said its forces struck": one state
    if a.entity and b.entity:
        return a.entity == b.entity
    if a.text.lower() == b.text.lower():
        return True
    if a.country and a.country == b.country and (a.sector == "civilians") == (
            b.sector == "civilians"):
        return True  # (Lebanon's dead are not Hezbollah: one country, two kinds of party)
    head = a.text.lower().split()[-1].removesuffix("s")
    other = [w.removesuffix("s") for w in b.text.lower().split()]
    if not a.entity and not b.entity and (head == other[-1] or head in other[:2]) \
            and head not in ("people", "person"):
        # "sentenced 12 men" ... "the men had been convicted": one group ("Mexican soldiers"
        # ... "soldiers on patrol")
        return True
    # two mentions of the same armed side ("the militants", "twelve militants")
    return a.sector == b.sector and a.sector in _ARMED and a.country == b.country


def _state_name(a: Actor, index: EntityIndex) -> bool:
    """An actor named by its country or capital (a GPE standing for the state)."""
    ent = index.by_id(a.entity)
    return ent is not None and ent.type == "GPE"


_GROUP_NOUNS = {"people", "men", "women", "children", "police", "crowd", "mob", "family",
                "herdsmen", "youth", "staff", "personnel"}
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
            "several", "dozens", "hundreds", "thousands", "many", "some"}
_PERSON_NOUNS = {w for w, sector in rules.lx.SECTOR_WORDS.items()
                 if sector in ("civilians", "criminals")} | rules.lx.ACTOR_NOUNS


def _corefer(a: Actor | None, b: Actor | None, index: EntityIndex) -> bool:
    """A named person and a person told by a noun ("a 61-year-old Vancouver man" ... "Eric
    Allen Kirkpatrick"): in one article's mentions of one event, the same party."""
    if a is None or b is None or (a.entity is None) == (b.entity is None):
        return False
    named, told = (a, b) if a.entity else (b, a)
    ent = index.by_id(named.entity)
    if ent is None or ent.type != "PERSON" or len(ent.name.split()) < 2:
        return False  # a one-word "person" is as often a town the tagger took for a name
    if named.country and told.country and named.country != told.country:
        return False
    head = told.text.lower().split()[-1]
    # one person: "a man", "the driver", not "46 people", "both women"
    plural = head.endswith("s") or head in _GROUP_NOUNS or \
        any(w in _NUMBERS for w in told.text.lower().split())
    return head in _PERSON_NOUNS and not plural


def _merge(
    events: list[tuple[Event, Candidate, int]], ev: Event, c: Candidate, index: EntityIndex
) -> int:
    """Join ev to an earlier mention of the same event, or add it; returns its index."""
    noun = _toll_of_told_attack(c) if ev.actor1 is None else None
    if noun is not None:
        # "three people were killed in the strikes": the toll of the strikes told before (the
        # attack named with that word first; else the one told in the sentence or two before:
        # "launched missiles at cities ... killed in the strikes")
        def keyed(old: Event, oc: Candidate) -> bool:
            return old.actor2 is None and noun in (oc.trigger.lemma_.lower(), *oc.key.split()) \
                or noun in _BATTLE_NOUNS and _battle(oc)

        def near(old: Event, oc: Candidate) -> bool:
            return old.actor2 is None \
                and 0 <= c.sent.start_char - oc.sent.end_char < 2 * _ACCOUNT_REACH

        for test in (keyed, near):
            for i in range(len(events) - 1, -1, -1):
                old, oc, n = events[i]
                if old.type == ev.type and old.actor1 is not None and test(old, oc):
                    old.actor2 = old.actor2 or ev.actor2
                    _fill(old, ev, c, index, only_missing=True, old_c=oc)
                    events[i] = (old, oc, n + 1)
                    return i
    if c.nominal and ev.actor1 is None and ev.actor2 is None and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.trigger.children):
        # "the raid was carried out on Friday night": told again, after the sentence that
        # tells the act with that word ("killed 12 militants in a raid"), whatever its type
        lemma = c.trigger.lemma_.lower()
        for i, (old, oc, n) in enumerate(events):
            if old.type in _SHARED_SCENE and oc.sent.start < c.sent.start and any(
                    t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in oc.sent):
                _fill(old, ev, c, index, only_missing=True, old_c=oc)
                events[i] = (old, oc, n + 1)
                return i
    if c.type == "ASSAULT" and c.pronoun_subject and c.claimed_by is not None \
            and ev.actor1 is not None and ev.actor1.country:
        # "An Israeli strike killed five people ... The Israeli military said it had struck
        # Hezbollah operatives": the attacker's own account of the attack told just before
        for i in range(len(events) - 1, -1, -1):
            old, oc, n = events[i]
            if old.type == "ASSAULT" and old.actor1 is not None \
                    and old.actor1.country == ev.actor1.country \
                    and not _opposed(old.actor1, ev.actor1) \
                    and 0 <= c.sent.start_char - oc.sent.end_char < _ACCOUNT_REACH \
                    and not _apart(old, ev, index):
                _fill(old, ev, c, index, only_missing=True, old_c=oc)
                events[i] = (old, oc, n + 1)
                return i
    if ev.type in ("SANCTION", "ACCUSE") and any(
            ch.dep_ == "advmod" and ch.lower_ == "also" for ch in c.trigger.children):
        # "Orozco was also convicted of attempted murder": another count of the verdict
        # (or the charge sheet) told before, with the same verb
        for i, (old, oc, n) in enumerate(events):
            if old.type == ev.type and oc.trigger.lemma_ == c.trigger.lemma_ \
                    and _compatible(old.actor1, ev.actor1, index):
                _fill(old, ev, c, index, only_missing=True, old_c=oc)
                events[i] = (old, oc, n + 1)
                return i
    episode = _new_episode(c)
    for i, (old, oc, n) in enumerate(events):
        if old.type != ev.type:
            continue
        # unnamed crowds protesting: a riot goes on through the night and strikes many things
        crowds = old.type == "PROTEST" and _crowd(old.actor1) and _crowd(ev.actor1)
        if episode and oc.sent.start < c.sent.start and not crowds:
            # "Hours later, Somali forces launched an offensive": another act (but "Later,
            # hooded protesters targeted ...": the crowd's riot goes on)
            continue
        if old.type in _DISTINCT_MODES and old.mode and ev.mode \
                and ev.mode not in {old.mode, *oc.modes} \
                and not (_one_clause_chain(oc.trigger, c.trigger)
                         and {old.mode, ev.mode} <= _ONE_ACTION_MODES):
            # "five suspects were arrested" ... "the governor imposed a curfew": two acts
            # ("fired tear gas and arrested 30": one police action)
            continue
        if _one_clause_chain(oc.trigger, c.trigger) and _compatible(old.actor1, ev.actor1) \
                and not _apart(old, ev, index):
            # "shells hit a market in Omdurman, killing 12 civilians": one attack and its
            # toll; the people it struck are a better target than the place standing for them
            if ev.actor2 is not None and (old.actor2 is None or _place_actor(old.actor2, index)
                                          or rules.thing_of_a_side(old.actor2)):
                old.actor2 = ev.actor2
            _fill(old, ev, c, index, only_missing=True, old_c=oc)
            events[i] = (old, oc, n + 1)
            oc.modes.add(ev.mode or "")
            return i
        # (a crowd's riot strikes many things: a police station, then three banks)
        straight = _compatible(old.actor1, ev.actor1, index) and (
            _compatible(old.actor2, ev.actor2, index) or crowds)
        # swapping roles needs evidence that it is the same pair: a shared actor across
        swapped = (
            _compatible(old.actor1, ev.actor2, index)
            and _compatible(old.actor2, ev.actor1, index)
            and (old.type in _SYMMETRIC or c.initiator is not None)
            # (an attack told the other way round is a reprisal unless one telling is of a
            # clash: "fired rockets ... after an Israeli strike killed a commander")
            and (old.type != "ASSAULT" or _joint(oc) or _joint(c)
                 or _battle(oc) and c.modality in ("asserted", "claimed")
                 # "soldiers repelled an attack by militants ... the militants stormed the
                 # base": the attack repelled, told by its attackers' side
                 or oc.trigger.lemma_.lower() in rules.OPPOSING)
            and (_overlap(old.actor1, ev.actor2, index) or _overlap(old.actor2, ev.actor1, index))
        )
        if not (straight or swapped) or _apart(old, ev, index):
            continue
        shared = (
            straight and (_overlap(old.actor1, ev.actor1, index)
                          or _overlap(old.actor2, ev.actor2, index))
            # (a side across counts only for a swapped telling: the dead of Lebanon are no
            # side of Hezbollah's rockets)
            or swapped and (_overlap(old.actor1, ev.actor2, index)
                            or _overlap(old.actor2, ev.actor1, index))
            or (old.place is not None and old.place == ev.place)
            or straight and (_corefer(old.actor1, ev.actor1, index)
                             or _corefer(old.actor2, ev.actor2, index))
            # "a group of about 130 people were marching ... Protesters began throwing
            # bricks": unnamed crowds protesting in one place on one day are one protest
            or straight and crowds
            and (old.place is None or ev.place is None or old.place == ev.place)
            and (old.time == ev.time or old.time_source != "text"
                 or ev.time_source != "text")
        )
        bare = ev.actor1 is None and ev.actor2 is None or c.nominal or oc.nominal
        # "a man stabbed his mother ... both women had been stabbed": the same verb told from
        # each side, each mention naming the party the other leaves out
        # ("... both victims had been shot"), unless a slot names someone the other does not
        halves = straight and c.trigger.lemma_ == oc.trigger.lemma_ and \
            (old.actor1 is None or ev.actor1 is None) and not any(
                x is not None and y is not None and (x.entity or y.entity) and x.entity != y.entity
                for x, y in ((old.actor1, ev.actor1), (old.actor2, ev.actor2)))
        if not (shared or bare or halves):
            continue
        if not straight:
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1
        _fill(old, ev, c, index, only_missing=not shared, old_c=oc)
        events[i] = (old, oc, n + 1)
        oc.modes.add(ev.mode or "")
        return i
    events.append((ev, c, 1))
    return len(events) - 1


def _crowd(a: Actor | None) -> bool:
    """An unnamed crowd of private people ("protesters", "about 130 people")."""
    return a is not None and a.entity is None and a.sector in ("civilians", None)


def _opposed(a: Actor, b: Actor) -> bool:
    """Two sides of one country's conflict: its state's forces and the armed groups against
    them ("Colombian jets" and the National Liberation Army are both CO)."""
    sides = {a.sector, b.sector}
    return bool(sides & _STATE) and bool(sides & (_ARMED - _STATE))


# how far (characters between the sentences) an attacker's own account of an attack may
# follow the report of it: the next sentence or the one after a short one
_ACCOUNT_REACH = 250


# sentence openers that tell of another act than the one told before
_EPISODE_OPENERS = frozenset({"later", "separately", "elsewhere", "meanwhile", "afterwards",
                              "subsequently"})


def _new_episode(c: Candidate) -> bool:
    """Whether the candidate's sentence opens by setting itself apart from what came before:
    "Hours later, ...", "Separately, ...", "Elsewhere, ...", "In retaliation, ..."."""
    words = [t.lower_ for t in c.sent[:4] if not t.is_punct]
    if any(w in _EPISODE_OPENERS for w in words[:3]):
        return True
    return words[:2] in (["in", "retaliation"], ["in", "response"], ["in", "a"]) and (
        len(words) < 3 or words[1] != "a" or words[2] == "separate")


def _battle(c: Candidate) -> bool:
    """Whether the candidate's sentence tells a fight between two sides ("killed 19 gunmen in
    a shootout"): the other side's fire told next ("soldiers came under fire") is the same."""
    return any(t.lemma_.lower() in _BATTLE_NOUNS for t in c.sent)


def _joint(c: Candidate) -> bool:
    """Whether the trigger names an act of two sides at once ("clashes", "fought")."""
    hit = rules.lx.VERBS.get(c.key) or rules.lx.NOUNS.get(c.key)
    return hit is not None and hit[2] == "joint"


# types whose modes are different acts (an arrest is no curfew); an attack's modes (weapons)
# describe one attack
_DISTINCT_MODES = {"COERCE", "SANCTION", "RETREAT", "AID"}
# modes one police action has in one clause chain ("fired tear gas and arrested 30"); a curfew
# and an internet shutdown imposed in one sentence are two acts
_ONE_ACTION_MODES = {"restrict", "arrest"}


def _toll_of_told_attack(c: Candidate) -> str | None:
    """'were killed in the strikes': the definite attack noun framing a passive killing."""
    if c.type != "ASSAULT" or c.nominal:
        return None
    for prep in c.trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by"):
            for n in prep.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in _ATTACK_NOUNS and any(
                        d.dep_ == "det" and d.lower_ in ("the", "these", "those", "that")
                        for d in n.children):
                    return n.lemma_.lower()
    return None


_ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "assault",
                 "bombardment", "offensive", "ambush", "blast", "explosion", "battle",
                 "fighting", "clash", "shootout", "operation"}
# nouns of a fight between two sides, any of which names the fight told before
_BATTLE_NOUNS = {"battle", "fighting", "clash", "shootout", "fight", "gunfight", "firefight"}


def _one_clause_chain(a: Token, b: Token) -> bool:
    """Whether one trigger hangs on the other as a participle or a coordinated verb in the same
    sentence ("struck ..., killing 40": advcl; "attacked ... and killed 30": conj)."""
    return a.sent == b.sent and a.i != b.i and (
        b.head.i == a.i and b.dep_ in ("advcl", "conj")
        or a.head.i == b.i and a.dep_ in ("advcl", "conj"))


def _place_actor(a: Actor, index: EntityIndex) -> bool:
    ent = index.by_id(a.entity)
    return ent is not None and ent.type in ("GPE", "LOC", "FAC")


def _apart(a: Event, b: Event, index: EntityIndex) -> bool:
    """Two mentions dated to different days, or placed in different towns, are two events
    ("abducted near Afgoye last week" and "killed 20 militants in Lower Shabelle on Sunday")."""
    if a.time_source == b.time_source == "text" and a.time and b.time:
        x, y = a.time[:10], b.time[:10]
        if not (x.startswith(y) or y.startswith(x)):
            return True
    if a.place and b.place and a.place != b.place:
        return _rank(index, a.place) == _rank(index, b.place)
    return False


def _rank(index: EntityIndex, entity_id: str) -> int:
    """Precision of a place: city 0 ... continent 4."""
    ent = index.by_id(entity_id)
    geo = getattr(ent, "geo", None)
    return _KIND_RANK.get(getattr(geo, "kind", None) or "other", 1)


def _fill(old: Event, new: Event, c: Candidate, index: EntityIndex,
          only_missing: bool = False, old_c: Candidate | None = None) -> None:
    """Complete the first mention with what a later mention adds; a mention joined only as a
    bare reference ("she survived the attack") fills empty slots and renames no one."""
    if only_missing and c.initiator is None:
        old.actor1 = old.actor1 or new.actor1
        old.actor2 = old.actor2 or new.actor2
    elif c.initiator is not None and old.type == "PROTEST":
        old.actor1 = c.initiator  # "the strike, called by the drivers' association": who
        # called it leads it; the strikers are no target of their own strike
    elif c.initiator is not None:
        rest = [a for a in (old.actor1, old.actor2) if a is not None and not _same(a, c.initiator)]
        old.actor1 = c.initiator
        old.actor2 = rest[0] if rest else new.actor2
    else:
        old.actor1 = _join(old.actor1, new.actor1)
        old.actor2 = _join(old.actor2, new.actor2)
    old.mode = old.mode or new.mode
    if old.place is None or (
        new.place is not None and _rank(index, new.place) < _rank(index, old.place)
    ):
        old.place = new.place
    # a bare mention paragraphs later ("nationals currently held in detention", in a
    # sentence dated "next month") lends the act no date
    far_bare = old_c is not None and new.actor1 is None and new.actor2 is None \
        and c.sent.start_char - old_c.sent.end_char > _ACCOUNT_REACH
    if not far_bare and (old.time_source != "text" and new.time_source == "text" or (
            new.time_source == "text" and old_c is not None and c.time_level <= 1
            and old_c.time_level >= 2)):
        # (a date in the act's own clause beats the date it was said on: "the military said
        # on Saturday" ... "the raid was carried out on Friday night")
        old.time, old.time_source = new.time, new.time_source
    old.confidence = max(old.confidence, new.confidence)


def _join(a: Actor | None, b: Actor | None) -> Actor | None:
    if a is None:
        return b
    if b is None:
        return a
    if (
        a.entity is None
        and b.entity is not None
        and (a.country is None or b.country is None or a.country == b.country)
    ) or (rules.thing_of_a_side(a) and not rules.thing_of_a_side(b)):
        # the named mention wins its text, and so do people over their vehicles ("ambushed
        # a military convoy, killing 12 soldiers"); the other keeps what it knew
        return Actor(
            text=b.text,
            entity=b.entity,
            country=b.country or a.country,
            sector=b.sector or a.sector,
        )
    return Actor(
        text=a.text, entity=a.entity, country=a.country or b.country, sector=a.sector or b.sector
    )
