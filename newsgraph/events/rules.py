"""Event candidates from one parsed sentence: trigger, actors, modality, place, time.

1. ``triggers``: each verb (and event noun) is looked up in the lexicon with its particle,
   preposition and object, most specific key first; nouns already used by a verb's key
   ("hold talks") are not triggers of their own.
2. ``actors``: the subject, passive agent, object and with/against phrases give actor1/actor2
   according to the trigger's role (agent, patient, joint); a noun trigger takes its possessor,
   "by X", "between X and Y" and the subject of its verb.
3. ``modality``: negation, hedges and plans on the trigger and its governing verbs; a reporting
   verb above the trigger (or an enclosing quote) makes it claimed by that verb's subject.
   Hypothetical events ("if convicted", "to avoid escalation") are dropped, and a trigger under
   another trigger ("agreed to cooperate") is folded into the outer one.
4. ``background``: "after months of X", "since X began" mark an event as background.

The article-level steps (place, time, merging of repeated mentions) live in ``extract``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

import numpy
from spacy.attrs import POS
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..clauses import subject_host
from ..doctext import doc_text
from ..entities.actors import known_actor, known_group
from ..entities.lexicon import INTERNATIONAL_BODIES, TITLE_HEADS, VESSEL_NOUNS, international_body
from ..places.countries import country_of
from ..record import Actor
from ..times.lexicon import WEEKDAYS
from . import lexicon as lx
from . import verbs

VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
MATERIAL_CONFLICT = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

_MOTION = {"return", "travel", "fly", "arrive", "head", "go", "come", "move", "sail", "drive",
           "recall", "evacuate", "relocate"}  # ("recalled its ambassador to Paris")
_PREPS_ACTOR2 = {"with", "against", "on", "to", "at", "upon", "into"}
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "around", "into", "across", "over",
                "inside", "for", "toward", "towards", "through"}
_PRT_WORDS = {"back", "out", "off", "down", "up", "over", "away"}
_SUBJ = {"nsubj", "csubj"}
_PRONOUN_PERSON = {"he", "she", "him", "her"}
# weapons and attacks as the subject of a violent verb: someone used them
WEAPONS = {"bomb", "bomber", "explosion", "blast", "shell", "shelling", "missile", "rocket",
           "airstrike", "drone", "grenade", "ied", "mortar", "mine", "landmine",
           "gunfire", "bullet", "attack", "ambush", "raid", "artillery", "car-bomb", "device"}
# verbs whose subject suffers the event of their noun ("died in an attack")
VICTIM_VERBS = {"die", "perish", "suffer", "survive", "succumb", "flee", "escape"}


@dataclass
class Candidate:
    """One mention of an event in one sentence, before merging."""

    type: str
    mode: str | None
    trigger: Token
    key: str
    sent: Span
    actor1: Actor | None = None
    actor2: Actor | None = None
    initiator: Actor | None = None  # "the call, initiated by X": X is the source
    claimed_by: Actor | None = None
    modality: str = "asserted"
    background: bool = False
    hypothetical: bool = False
    nominal: bool = False
    place_tokens: list[Token] = field(default_factory=list)
    actor_tokens: set[int] = field(default_factory=set)
    confidence: float = 0.5
    patient: bool = False  # the subject underwent it ("stood trial")
    pronoun_subject: bool = False  # "they had captured": resolved to the speaker
    nonactor_subject: bool = False  # "an earthquake killed": no political actor did it
    implied_source: bool = False  # "the hostages were released": the captor did it
    learned: bool = False  # coded by the scorer alone (a verb the lexicon does not know)
    index: EntityIndex | None = None
    actor_subtrees: set[int] = field(default_factory=set)  # actors with their clauses
    inner: set[int] = field(default_factory=set)  # clauses it asks for ("calls for X to quit")
    collective: bool = False  # threatens or demands a strike or a protest: a group's act
    modes: set[str] = field(default_factory=set)  # the modes of the mentions merged into it
    time_level: int = 9  # how near its date was written (0: its own phrase; 2: the report's)


# a name that only qualifies another group or force ("al-Qaeda-linked", "Iran-backed")
_AFFILIATION = re.compile(r"-(?:linked|backed|affiliated|aligned|allied|inspired)\b")


class EntityIndex:
    """Entities by character offset, with the country and sector of each."""

    def __init__(self, entities: list, dateline: tuple[int, int] | None = None):
        self.entities = entities
        self.dateline = dateline
        self.spans: list[tuple[int, int, object]] = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
        self._by_id = {e.id: e for e in entities}

    @functools.cached_property
    def story_country(self) -> str | None:
        """The country the article's places lie in most often (two mentions at least), the
        dateline's own mention left out; None when none stands out."""
        counts: dict[str, int] = {}
        for ent in self.entities:
            geo = getattr(ent, "geo", None)
            if geo is None or not geo.country or ent.type not in ("GPE", "LOC"):
                continue
            counts[geo.country] = counts.get(geo.country, 0) + sum(
                1 for m in ent.mentions
                if not (self.dateline and self.dateline[0] <= m.start < self.dateline[1]))
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def by_id(self, entity_id: str | None):
        """The entity with this id (None for None or an unknown id)."""
        return self._by_id.get(entity_id) if entity_id else None

    def in_span(self, start: int, end: int) -> list[tuple[int, int, object]]:
        """Mentions overlapping [start, end)."""
        return [s for s in self.spans if s[0] < end and s[1] > start]

    def before(self, offset: int, types: set[str], text: str = "", prefer=None):
        """The entity of the last mention of one of these types before offset (not one that
        only qualifies another group: "the al-Qaeda-linked group"; ``text``: the Doc's); with
        ``prefer`` (a test of the entity), the last one that passes it, if any does."""
        best = liked = None
        for s, e_, e in self.spans:
            if s >= offset:
                break
            if e.type in types and not _AFFILIATION.match(text, e_):
                best = e
                if prefer is not None and prefer(e):
                    liked = e
        return liked or best

    @staticmethod
    def country(ent) -> str | None:
        """Entity country, from the entity, its geo, or its name."""
        if getattr(ent, "country", None):
            return ent.country
        geo = getattr(ent, "geo", None)
        if geo is not None and getattr(geo, "country", None):
            return geo.country
        if ent.type == "PERSON":
            return None  # a person's name says no country ("Volker Turk" is not Turkish)
        return country_of(ent.name)


# --- 1. triggers -----------------------------------------------------------------------------

# nouns of what holds or carries the thing used ("tear gas shells", "gas canisters")
# ("suspended mobile internet services": the internet is suspended)
_CONTAINERS = frozenset({"shell", "canister", "grenade", "cartridge", "round", "bomb",
                         "service", "access", "connection"})


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp", "parataxis"})


def _tagged_noun_verb(tok: Token) -> bool:
    """A verb the tagger called a noun but the parser gave a subject and an object ("Police
    in Mozambique shot dead at least 11 people": "shot" NOUN, with nsubj and dobj)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in _CLAUSE_DEPS or tok.tag_ not in ("NN", "VBD", "VBN"):
        return False  # (cheap tests first: this runs on every noun)
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


# nouns of a number of projectiles fired together: the projectile after "of" is what is fired
_VOLLEYS = frozenset({"barrage", "salvo", "volley", "wave", "swarm", "hail", "series", "string"})


def _keys(tok: Token) -> list[tuple[str, Token | None]]:
    """Lexicon keys for a verb, most specific first, each with the noun it consumes."""
    lemma = verbs.verb_lemma(tok)
    keys: list[tuple[str, Token | None]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            for p in c.children:
                if p.dep_ == "pobj":
                    for form in {p.lemma_.lower(), p.lower_}:
                        keys.append((f"{lemma} {c.lower_} {form}", p))
    for c in tok.children:
        if c.dep_ in ("dobj", "attr"):
            forms = {c.lemma_.lower(), c.lower_}
            if c.pos_ == "PROPN":  # "recalled ambassador Joel Meyer": the role is the object
                forms |= {m.lemma_.lower() for m in c.children
                          if m.dep_ == "compound" and m.pos_ == "NOUN" and m.is_lower}
            if c.lemma_.lower() in _CONTAINERS:  # "fired tear gas shells": the gas is fired
                forms |= {m.lemma_.lower() for m in c.children if m.dep_ == "compound"}
            if c.lemma_.lower() in _VOLLEYS:  # "launched a barrage of missiles"
                forms |= {p.lemma_.lower() for o in c.children if o.dep_ == "prep"
                          and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"}
            for form in forms:
                keys.append((f"{lemma} {form}", c))
                for p in c.children:  # "open fire on", "vow to retaliate"
                    if p.dep_ == "prep":
                        keys.append((f"{lemma} {form} {p.lower_}", c))
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            keys.append((f"{lemma} to {c.lemma_.lower()}", None))
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PRT_WORDS):
            keys.append((f"{lemma} {c.lower_}", None))
            for d in tok.children:
                if d.dep_ in ("dobj", "prep"):
                    keys.append((f"{lemma} {c.lower_} {d.lemma_.lower()}", d))
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and not _dated(c):
            # ("called the arrest a provocation on Sunday" is no "call on")
            keys.append((f"{lemma} {c.lower_}", None))
    keys.append((lemma, None))
    return keys


def _dated(prep: Token) -> bool:
    """A preposition of time, no argument of its verb: "called Modi on Tuesday" is no "call
    on"."""
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def trigger_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that ``find_triggers`` can take (verbs, auxiliaries, nouns), read
    from an array: a Python Token for every other token costs more than the triggers."""
    if not len(doc):
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(POS), [VERB, AUX, NOUN, PROPN])).tolist()


def find_triggers(sent: Span, tokens: list[int] | None = None
                  ) -> list[tuple[Token, str, tuple, bool, Token | None, float | None]]:
    """(token, key, (type, mode, role), is_noun, consumed noun, score) for each trigger.

    Verbs: a lexicon key (the most specific first) gives type, mode and role, with the
    project's conventions (a trial is ACCUSE, a conviction SANCTION); the learned scorer
    (``verbs.model``) codes the verbs the lexicon does not know, and its probability of the
    type is the trigger's ``score`` (None for nouns and without a model). ``tokens``: the
    Doc's ``trigger_tokens``, to look at those only."""
    doc = sent.doc
    if tokens is None:
        words = list(sent)
    else:
        words = [doc[i] for i in tokens[bisect_left(tokens, sent.start):
                                        bisect_left(tokens, sent.end)]]
    found = []
    consumed: set[int] = set()
    scorer = verbs.model()
    for tok in words:
        if tok.i in consumed:
            continue  # (a participle an order consumed: "ordered her held")
        # "was in contact with", "was deeply concerned by": a copula carries these acts
        copular = _in_contact(tok) or _dismay(tok)
        if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT") \
                and not _tagged_noun_verb(tok) and copular is None:
            continue
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and not any(
                c.dep_ in ("dobj", "prep", "agent") for c in tok.children):
            continue  # "blocked roads with burning tyres": a participle describing a thing
        lexical = None
        for key, noun in _keys(tok):
            hit = lx.VERBS.get(key)
            if hit is not None:
                lexical = (key, noun, hit)
                break
        ruled = None if lexical is not None else not_tolerated(tok) or copular or \
            act_of_war(tok) or response_vowed(tok) or \
            _gathering(tok) or _impact(tok) or _delivery(tok) or _warning(tok) or _judgment(tok)
        if ruled is not None:
            lexical = (tok.lemma_.lower(), None, ruled)
        ordered = _ordered_done(tok) if lexical is not None and lexical[0] == "order" else None
        if ordered is not None:
            lexical = ordered
        score = None
        if scorer is not None and ruled is None:
            lemma = verbs.verb_lemma(tok)
            if lexical is None and f"v={lemma}" not in scorer.index:
                continue  # a verb the scorer never saw: its guess would be the context's
            if lexical is None and _alone(lemma) == verbs.NONE:
                continue  # "took office", "called the cuts savage", "addressed parliament":
                # a verb that is no event by itself (CAMEO's default) is left alone
            probs = scorer.proba(verbs.token_features(tok))
            k = int(probs.argmax())
            best, p = scorer.classes[k], float(probs[k])
            if lexical is None:
                if best == verbs.NONE or p < SCORE_MIN or lemma in ASPECTUAL \
                        or lemma in PROSPECT or lemma in OFFICE or lemma in lx.REPORTING \
                        or lemma in lx.PLANNED \
                        or lemma in lx.HEDGES:  # "prosecutors are seeking", "plans": modality
                    continue
                lexical = (lemma, None, (best, None, _default_role(tok, best)))
            score = float(probs[scorer.classes.index(lexical[2][0])])
        if lexical is None:
            continue
        key, noun, hit = lexical
        if key == "strike" or key.startswith("strike "):
            hit = _strike(tok, hit)
        if noun is not None and noun.lemma_.lower() == "ban":
            hit = _ban(noun, hit)
        hit = not_tolerated(tok) or _phone_call(tok, key) or hit
        hit = _protest_or_accuse(tok, key, hit)
        hit = _pledge(tok, key, hit)
        hit = _capture(tok, hit)
        hit = _baton_charge(tok, hit)
        hit = _what_is_fired(tok, hit)
        hit = _handed_paper(tok, hit)
        if hit[0] == "NONE" or _not_an_act(tok, hit):
            continue
        found.append((tok, key, hit, False, noun, score))
        if noun is not None:
            consumed.add(noun.i)
    for tok in words:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in lx.NOUNS and tok.i == sent.start:
            # a capitalised first word is tagged PROPN and keeps its plural ("Talks between")
            lemma = lemma.removesuffix("s") if lemma.removesuffix("s") in lx.NOUNS else lemma
        key = lemma
        if tok.i > sent.start and tok.nbor(-1).dep_ == "compound":
            two = f"{tok.nbor(-1).lower_} {lemma}"
            if two in lx.NOUNS:
                key = two
        hit = lx.NOUNS.get(key) or _exercise(tok) or _voiced_demand(tok) or _operation(tok)
        if hit is None or tok.dep_ == "compound":
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in ("pending", "awaiting"):
            continue  # "held pending trial", "awaiting extradition": still to come
        if any(c.dep_ in ("compound", "amod") and c.lower_ in _OTHER_KIND.get(lemma, ())
               for c in tok.children):
            continue  # "a time trial", "a clinical trial", "a heart attack"
        if lemma == "call" and (_calls_for(tok) or _for_clauses(tok)):
            hit = ("REQUEST", None, "agent")
        if lemma == "strike":
            hit = _strike(tok, hit)
        if lemma == "ban":
            hit = _ban(tok, hit)
        found.append((tok, key, hit, True, None, None))
    return found


def _operation(tok: Token) -> tuple | None:
    """"launched a joint operation against rebel positions", "a military operation in the
    north": an armed operation is an attack; a rescue or relief operation is not."""
    if tok.lemma_.lower() not in ("operation", "offensive") or tok.pos_ != "NOUN":
        return None
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if mods & _PEACEFUL_OPERATIONS:
        return None
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)
    return ("ASSAULT", None, "agent") if against or mods & _ARMED_OPERATIONS else None


_ARMED_OPERATIONS = frozenset({"military", "army", "counterterrorism", "counter-terrorism",
                               "counterinsurgency", "counter-insurgency", "ground", "air",
                               "armed", "combat"})
_PEACEFUL_OPERATIONS = frozenset({"rescue", "relief", "search", "evacuation", "humanitarian",
                                  "recovery", "cleanup", "clean-up", "sting", "peacekeeping"})


def _voiced_demand(tok: Token) -> tuple | None:
    """"repeated its demand that the government resign", "the union's demands": a demand
    someone makes, not the demand of a market ("demand for oil rose"), which names no one
    who makes it."""
    if tok.lemma_.lower() != "demand" or tok.pos_ != "NOUN":
        return None
    clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp")]
    if tok.dep_ == "dobj":  # (or the parse hung the clause on the verb: "repeated its demand
        clauses += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]  # that")
    voiced = any(c.dep_ == "poss" for c in tok.children) or any(
        m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)
    return ("REQUEST", None, "agent") if voiced else None


# A verb the lexicon does not know is a trigger when the scorer gives one event type a
# majority (fixed before measuring). The scorer does not overrule the lexicon: where the
# CAMEO→PLOVER 2021 table and newsgraph's conventions differ ("impose sanctions" is COERCE in
# the table, SANCTION here and in PLOVER 0.5; "put on trial" COERCE there, ACCUSE here), the
# lexicon's word is the convention.
SCORE_MIN = 0.5
# "the war began", "forces continue a grinding battle": the event is the noun's, which the
# noun triggers code; the verb only says where in its course it is
ASPECTUAL = {"begin", "start", "continue", "resume", "end", "finish", "stop", "keep", "go",
             "remain", "escalate", "intensify", "spread", "enter", "mark", "break"}
# "he faces life in prison", "risks a fine", "awaits trial": a prospect, not an act (the
# lexicon's own keys, "face charges", still count)
PROSPECT = {"face", "risk", "await", "expect", "fear"}
# "who later headed the committee", "served as an aide": an office held, not an act
OFFICE = {"head", "chair", "serve", "preside", "direct", "found", "run", "lead"}


@functools.cache
def _alone(lemma: str) -> str:
    """The scorer's type for a verb by itself, without its context."""
    scorer = verbs.model()
    return scorer.best(verbs.pattern_features(lemma))[0] if scorer is not None else verbs.NONE


def _default_role(tok: Token, etype: str) -> str:
    """Who the subject is for a type the lexicon did not give: talks and cooperation are joint
    unless the verb has an object ("visited Kyiv")."""
    if etype in ("CONSULT", "COOPERATE") and not any(c.dep_ == "dobj" for c in tok.children):
        return "joint"
    return "agent"


# What is released or demonstrated when no one is freed and no one marches.
_INFO = {"detail", "information", "statement", "report", "figure", "data", "video",
         "footage", "album", "film", "record", "result", "name", "document", "list", "photo",
         "image", "version", "update", "product", "song", "single", "book", "transcript",
         "finding", "evidence", "number", "estimate", "guidance", "forecast", "earnings"}


_GATHER = {"gather", "assemble", "converge", "mass", "flock", "congregate"}
_GRIEVANCE = {"demand", "protest", "denounce", "condemn", "oppose", "call", "press", "decry",
              "reject", "express", "voice", "show"}
_IMPACT = {"land", "hit", "fall", "explode", "detonate", "rain", "slam", "pound", "strike",
           "go", "crash", "tear"}


def _gathering(tok: Token) -> tuple | None:
    """'teachers gathered outside the ministry to demand unpaid salaries', 'demonstrators
    gathered near parliament chanting slogans': a protest."""
    if tok.lemma_.lower() not in _GATHER:
        return None
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _GRIEVANCE | _DEMONSTRATING
           for c in tok.children):
        return ("PROTEST", "demo", "agent")
    if any(t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in _GRIEVANCE | _DEMONSTRATING
           and t.i > tok.i for t in tok.subtree):
        # "gathered outside a vote counting centre in Jhapa district demanding a recount":
        # the participle the parser hung on the place
        return ("PROTEST", "demo", "agent")
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in ("protest", "defiance") for p in c.children)
           for c in tok.children):
        return ("PROTEST", "demo", "agent")  # "gathered outside the city hall in protest"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in lx.QUANTITY_HEADS:
        # "thousands of protesters gathered outside parliament"
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else subj
    if subj is not None and subj.lemma_.lower() in _PROTESTERS:
        return ("PROTEST", "demo", "agent")
    return None


_DRILLS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame"}
_MILITARY_WORDS = {"military", "naval", "joint", "war", "live-fire", "army", "amphibious",
                   "combat", "air"}


def _exercise(tok: Token) -> tuple | None:
    """'began their largest annual military exercises', 'joint naval drills': a show of force
    (CAMEO's "demonstrate military power", PLOVER MOBILIZE)."""
    if tok.lemma_.lower() not in _DRILLS:
        return None
    mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
            for t in c.subtree]  # "large-scale air and naval exercises"
    if any(t.lower_ in _MILITARY_WORDS for t in mods):
        return ("MOBILIZE", None, "agent")
    verb = tok.head if tok.dep_ == "dobj" else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None \
        else None
    if subj is not None and (subj.lemma_.lower() in _MILITARY_WORDS | _CRAFT | {"force"}
                             or any(t.lemma_.lower() in ("warplane", "troop", "force")
                                    for t in subj.subtree)):
        return ("MOBILIZE", None, "agent")  # "warplanes kicked off the Freedom Flag exercise"
    return None


# vehicles that carry aid, and the verbs of their coming in
_CARRIERS = {"convoy", "truck", "lorry", "shipment", "consignment", "plane", "flight", "ship",
             "vessel", "aircraft", "airlift", "boat"}
_ARRIVING = {"cross", "arrive", "reach", "enter", "land", "dock", "deliver", "bring", "roll"}


# what a court or a government orders done to someone and so does ("ordered her held")
_ORDERED_DONE = {"hold": "detain", "detain": "detain", "jail": "jail", "imprison": "imprison",
                 "remand": "detain", "arrest": "arrest", "release": "release",
                 "free": "release", "deport": "deport", "expel": "expel"}


_DEPLOYING = frozenset({"deploy", "mobilize", "mobilise", "reinforce", "patrol", "send", "dispatch",
                        "rush"})


def _ordered_done(tok: Token) -> tuple | None:
    """"A court ordered her held for two months", "ordered them deported": the order is the
    act (an arrest, a release, an expulsion), done to the participle's subject. Lexicon key
    ``order <act>``, with the subject as the noun it consumes (``verb_actors`` takes it as the
    target)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if tok.lemma_.lower() == "order" and obj is not None \
            and obj.lemma_.lower() in _FORCES | {"police", "policeman", "officer"} \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) \
            and any(p.dep_ == "prep" and p.lower_ in ("into", "to", "onto")
                    for h in (tok, obj) for p in h.children):
        # "ordered 3,000 soldiers and police into the streets": a deployment
        return ("order deployment", obj, lx.VERBS["order deployment"])
    if tok.lemma_.lower() == "order" and obj is not None \
            and obj.lemma_.lower() in _FORCES | {"police", "army", "military", "navy"} and any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _DEPLOYING
                for c in tok.children):
        # "ordered the army to deploy additional units along the supply routes", "ordered
        # additional troops to be sent to the border"
        return ("order deployment", obj, lx.VERBS["order deployment"])
    for ch in tok.children:
        # "ordered her held" (a clause of its own) or "ordered the journalist held" (the
        # participle hung on the object)
        part = ch if ch.dep_ in ("ccomp", "xcomp", "oprd") else next(
            (p for p in ch.children if p.dep_ in ("acl", "amod") and p.i > ch.i),
            None) if ch.dep_ == "dobj" else None
        if part is not None and part.lemma_.lower() == "leave" and part.dep_ == "xcomp" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in ("country", "territory")
                for o in part.children):
            # "ordered Panama's charge d'affaires to leave the country": an expulsion
            return ("order expel", part, lx.VERBS["expel"])
        done = _ORDERED_DONE.get(part.lemma_.lower()) if part is not None else None
        if done is None or part.tag_ != "VBN":
            continue
        whom = ch if part is not ch else next(
            (s for s in part.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        hit = lx.VERBS.get(done)
        if whom is not None and hit is not None:
            return (f"order {done}", part, hit)
    return None


# what a warning names that is force ("reserves the right to respond", "will pay a price",
# "will face the full wrath of the law"), with the sets below
_FORCE_WORDS = frozenset({"respond", "retaliate", "punish", "price", "wrath", "justice"})


def _warning(tok: Token) -> tuple | None:
    """"Warned the Taliban government that Pakistan reserves the right to respond": a warning
    whose clause names force is a threat (THREATEN), made to the one warned."""
    if tok.lemma_.lower() == "warn" and (_clause_names_force(tok, ("ccomp", "xcomp"))
                                         or _will_not_allow(tok)):
        return ("THREATEN", None, "agent")
    return None


_TOLERATE = frozenset({"allow", "tolerate", "permit", "accept"})
# verbs that name what something is ("called the strike a war crime", "described the
# sanctions as illegal")
_NAMING = frozenset({"call", "describe", "term", "brand", "label", "dub", "characterize",
                     "characterise"})


# what someone said, judged by another ("the allegations are baseless")
_SAYINGS = frozenset({"allegation", "claim", "accusation", "charge", "report", "statement",
                      "remark", "comment", "assertion", "suggestion", "rumour", "rumor"})


def judged_side(c: Candidate, index: EntityIndex) -> None:
    """The side a judgment condemns (``_judgment``): whose the judged thing is ("the
    government's decision" -> the government; "the strike by the army"), or the thing itself
    when it is an actor; never whom the speaker told or where they wrote."""
    tok = c.trigger
    lemma = tok.lemma_.lower()
    if c.type != "ACCUSE" or c.nominal or lemma not in _NAMING | lx.REPORTING \
            or c.key != verbs.verb_lemma(tok):
        return
    if lemma in _NAMING:
        thing = next((t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")), None)
    else:
        thing = next((s for t in tok.children if t.dep_ in ("ccomp", "parataxis")
                      and t.lemma_ == "be" for s in t.children if s.dep_ == "nsubj"), None)
    c.actor2 = None
    if thing is None or thing.pos_ == "PRON":
        return
    owner = next((t for t in thing.children if t.dep_ == "poss"), None)
    # "the strike by the army"; "called the arrest a provocation by Kurti's regime": the one
    # the judged act is said to be by
    said = [t for t in tok.children if t.dep_ in ("oprd", "attr") and t.pos_ == "NOUN"]
    for noun in [thing, *said] if owner is None else ():
        by = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "by"), None)
        owner = next((p for p in by.children if p.dep_ == "pobj"), None) if by else None
        if owner is not None:
            break
    if thing.lemma_.lower() in _SAYINGS:
        # "the allegations against X are baseless", "dismissed the reports as lies": what
        # others said, denied (PLOVER REJECT); its "against X" is not the side judged
        c.type, c.mode = "REJECT", None
        if owner is not None:
            c.actor2 = make_actor(owner, index, "REJECT")
        return
    side = make_actor(owner if owner is not None else thing, index, "ACCUSE")
    if side is None and owner is None and people_noun(thing):
        # the people so named: "described the released prisoners as traitors"
        start, end = _phrase(thing)
        side = Actor(text=_trim(thing.doc[start:end].text), entity=None, country=None,
                     sector=None)
    if side is not None and (side.entity or side.country or side.sector
                             or owner is None and people_noun(thing)):
        c.actor2 = side


def _judgment(tok: Token) -> tuple | None:
    """A speaker's condemnation without a verb of condemning: "said the arrests were
    politically motivated", "called the strike a war crime", ""This is an illegal act," X told
    reporters" (CAMEO 111: criticize or denounce): ACCUSE by the speaker. Only the words of
    ``lexicon.JUDGMENTS``, in what the speaker says the thing is."""
    lemma = tok.lemma_.lower()
    if lemma in _NAMING:
        said = [c for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
        said += [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"]
    elif lemma in lx.REPORTING:
        said = [a for c in tok.children if c.dep_ in ("ccomp", "parataxis")
                and c.lemma_ == "be" and not any(n.dep_ == "neg" for n in c.children)
                for a in c.children if a.dep_ in ("attr", "acomp")]
    else:
        return None
    for part in said:
        for t in part.subtree:
            if t.lemma_.lower() in lx.JUDGMENTS or t.lower_ in lx.JUDGMENTS or (
                    t.lower_ in ("motivate", "motivated") and any(a.lower_ == "politically"
                                                   for a in t.children)):
                return ("ACCUSE", "disapprove", "agent")
    return None


_STAYING = frozenset({"be", "remain", "stay", "keep", "get"})
_DIALOGUE = frozenset({"contact", "touch", "talk", "negotiation", "discussion", "dialogue"})


def _in_contact(tok: Token) -> tuple | None:
    """'Rome was in contact with the authorities in Tripoli', 'remain in talks with': being
    in dialogue with a side is consulting it (PLOVER CONSULT; the other side is the one
    "with")."""
    if tok.lemma_.lower() not in _STAYING:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "into"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in _DIALOGUE for p in prep.children):
                return ("CONSULT", None, "agent")
    return None


# what a side says it feels about another's act: CAMEO's "express concern" (111, criticize)
_DISMAYED = frozenset({"concerned", "alarmed", "shocked", "appalled", "outraged", "dismayed",
                       "disturbed", "horrified", "troubled", "saddened", "angered"})


_DEEMING = frozenset({"treat", "consider", "regard", "view", "deem", "see"})
_CASUS_BELLI = frozenset({"war", "aggression", "attack", "invasion", "hostility"})
_RESPONDING = frozenset({"respond", "retaliate", "reciprocate", "react"})


def response_vowed(tok: Token) -> tuple | None:
    """"said Minsk would respond 'in a mirror manner'", "Beijing will retaliate": a state
    that says it will answer an act threatens (THREATEN)."""
    if tok.lemma_.lower() not in _RESPONDING or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ not in ("GPE", "ORG", "NORP") or any(
            c.dep_ == "neg" for c in tok.children):
        return None
    return ("THREATEN", None, "agent")


def act_of_war(tok: Token) -> tuple | None:
    """'said it would treat any attempt to stop the water as "an act of war"': what a side
    says it will take as war is a threat (THREATEN)."""
    if tok.lemma_.lower() not in _DEEMING or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "'ll")
            for c in tok.children):
        return None
    for prep in tok.subtree:  # (the parse may hang "as" on the object's clause)
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                t.lemma_.lower() in _CASUS_BELLI for t in prep.subtree):
            return ("THREATEN", None, "agent")
    return None


def _dismay(tok: Token) -> tuple | None:
    """'Beijing was deeply concerned by the fighting', 'Türk said he was shocked by the
    killings': a side's stated dismay at an act is ACCUSE (disapprove) by that side."""
    if tok.lower_ not in _DISMAYED and tok.lemma_.lower() not in ("be", "feel", "remain",
                                                                  "grow"):
        return None  # (asked of every candidate token: the cheap test first)
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.lower_ in _DISMAYED and tok.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in tok.children):
        return ("ACCUSE", "disapprove", "agent")  # "he was shocked by the killings"
    if tok.lemma_.lower() not in ("be", "feel", "remain", "grow"):
        return None
    if any(c.dep_ == "acomp" and c.lower_ in _DISMAYED for c in tok.children):
        return ("ACCUSE", "disapprove", "agent")
    return None


def dismayed_side(c: Candidate, index: EntityIndex) -> None:
    """Who is dismayed is the actor ("he was shocked by the killings": not the killings'
    authors, whom a passive's by-phrase would make it)."""
    tok = c.trigger
    if c.type != "ACCUSE" or c.nominal:
        return
    if tok.lower_ in _DISMAYED and tok.tag_ == "VBN":
        feeling = tok
        subj = next((t for t in tok.children if t.dep_ == "nsubjpass"), None)
        if subj is not None:
            c.actor1, c.actor2 = make_actor(subj, index, c.type), None
    else:
        feeling = next((t for t in tok.children if t.dep_ == "acomp" and t.lower_ in _DISMAYED),
                       None)
        if feeling is None or _dismay(tok) is None:
            return
    # at whom: whose act the feeling is about ("concerned over the US's attempts")
    for prep in feeling.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("over", "about", "by", "at"):
            thing = next((p for p in prep.children if p.dep_ == "pobj"), None)
            owner = next((t for t in thing.children if t.dep_ == "poss"), None) \
                if thing is not None else None
            side = make_actor(owner if owner is not None else thing, index, c.type) \
                if thing is not None else None
            if side is not None and (side.entity or side.country):
                c.actor2 = side  # (or the side itself: "concerned over the US")
            return


def dialogue_partner(c: Candidate, index: EntityIndex) -> None:
    """The other side of 'in contact with X' (``_in_contact``): the "with" of the noun."""
    if c.type != "CONSULT" or c.actor2 is not None or _in_contact(c.trigger) is None:
        return
    for t in c.trigger.subtree:
        if t.dep_ == "prep" and t.lower_ == "with" and t.head.lemma_.lower() in _DIALOGUE:
            other = next((p for p in t.children if p.dep_ == "pobj"), None)
            if other is not None:
                c.actor2 = make_actor(other, index, c.type)
                return


def _phone_call(tok: Token, key: str) -> tuple | None:
    """'Trump called Modi on Tuesday to offer condolences': calling a named person or state
    is a consultation (a call), not an appeal ("called on", "called for") or a name ("called
    the strike a crime")."""
    if tok.lemma_.lower() != "call" or key not in ("call", "call on") or any(
            c.dep_ in ("oprd", "attr", "ccomp") for c in tok.children):
        return None
    if key == "call on" and not any(_dated(p) for p in tok.children if p.lower_ == "on"):
        return None  # ("called Modi on Tuesday": a date after "on", no appeal)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.ent_type_ in ("PERSON", "GPE") and any(
            c.dep_ in ("xcomp", "advcl", "npadvmod", "prep") for c in tok.children):
        return ("CONSULT", None, "agent")
    return None


def not_tolerated(tok: Token) -> tuple | None:
    """'Baghdad "will not allow any party to target the economy"', '"The police will not
    tolerate violence"': what a side says it will not allow is a threat (PLOVER THREATEN),
    whoever reports it."""
    if tok.lemma_.lower() in _TOLERATE - {"accept"} and any(c.dep_ == "neg"
                                                          for c in tok.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall")
                    for c in tok.children) and any(c.dep_ in ("dobj", "ccomp", "xcomp")
                                                   for c in tok.children):
        return ("THREATEN", None, "agent")
    return None


def _will_not_allow(tok: Token) -> bool:
    """"warned that the government would not allow criminals to ...": what the speaker's side
    will not tolerate, said as a warning, is a threat."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() in _TOLERATE and any(
                c.dep_ == "neg" for c in clause.children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in clause.children):
            return True
    return False


def _clause_names_force(tok: Token, deps: tuple[str, ...], extra: frozenset[str] = frozenset()
                        ) -> bool:
    """Whether a clause the verb governs names force: a warning's or a vow's content."""
    words = _FORCE_WORDS | _THREATENED_FORCE | _REVENGE | _FIGHTING | extra
    return any((t.lemma_.lower() in words or t.pos_ == "VERB" and _forceful(t))
               and not _describes_a_noun(t, c)
               for c in tok.children if c.dep_ in deps for t in c.subtree)


def _describes_a_noun(t: Token, top: Token) -> bool:
    """Whether ``t`` stands in a clause that describes a noun under ``top`` ("warned that
    convoys could not reach towns cut off by the fighting": the fighting is the towns'
    state, not what is threatened)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl" and t.head.lower_ in _WHOEVER:
            return False  # "anyone who attacked police would be dealt with": the condition
        if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ in ("VBN", "VBG"):
            return True  # (not "the right to respond with force": what is threatened)
        t = t.head
    return False


_WHOEVER = frozenset({"anyone", "anybody", "those", "whoever", "everyone", "any", "all"})


def _forceful(verb: Token) -> bool:
    """A verb the lexicon codes as force or pressure ("would keep targeting ships")."""
    hit = lx.VERBS.get(verb.lemma_.lower())
    return hit is not None and hit[0] in MATERIAL_CONFLICT


def _delivery(tok: Token) -> tuple | None:
    """'A convoy of UN trucks carrying food and medicine crossed into West Darfur': a carrier
    of relief that comes in delivers aid (the learned scorer never sees "cross" as aid)."""
    if tok.lemma_.lower() not in _ARRIVING:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    heads = {subj.lemma_.lower()}
    heads |= {p.lemma_.lower() for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"}
    if not heads & _CARRIERS:
        return None
    words = {t.lemma_.lower() for t in subj.subtree}
    if words & lx.AID_MODES.get("humanitarian", set()):
        return ("AID", "humanitarian", "agent")
    return None


# what a crowd does that makes its gathering a protest
_DEMONSTRATING = {"chant", "shout", "wave", "brandish", "burn", "block", "march", "sing"}
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "activist", "marcher"}


_LAUNCH = {"throw", "lob", "hurl", "launch", "plant", "detonate", "fire", "drop", "toss"}


def _impact(tok: Token) -> tuple | None:
    """'artillery shells landed on residential areas': a weapon used by someone unnamed."""
    if tok.lemma_.lower() not in _IMPACT | _LAUNCH:
        return None
    if tok.lemma_.lower() == "go" and not any(
            c.lower_ in ("off", "into", "through") for c in tok.children):
        return None  # "a bomb went off", "a shell went into a school"; not "attacks went
        # unpunished"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.lemma_.lower() in _LAUNCH:  # "a grenade was lobbed into a bus"
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    if weapon_noun(subj):
        return ("ASSAULT", "heavy-weapons", "agent")  # "a drone strike hit a vehicle"
    return None


def weapon_noun(tok: Token) -> bool:
    """A weapon or an armed attack ('a roadside bomb', 'a drone strike'), not a heart attack."""
    low = tok.lemma_.lower()
    mods = {m.lower_ for m in tok.children if m.dep_ in ("compound", "amod")}
    if low in ("strike", "raid"):
        return bool(mods & _ARMED_MODIFIERS)
    if low == "bomber" and mods & {"suicide", "would-be", "lone"}:
        return False  # "a suicide bomber": a person, the attacker
    return low in WEAPONS and not mods & {"heart", "lightning", "shark", "dog", "panic",
                                          "asthma"}


_ARMED_MODIFIERS = {"drone", "air", "missile", "rocket", "artillery", "mortar", "suicide",
                    "bombing", "military", "aerial"}


# what one "captures" or "seizes" without force
_ABSTRACT_PRIZES = {"imagination", "attention", "heart", "hearts", "mood", "spirit", "essence",
                    "moment", "interest", "public", "audience", "market", "share", "title",
                    "crown", "championship", "medal", "award", "opportunity", "chance",
                    "initiative", "lead", "headline", "headlines", "image", "images", "footage"}


# settlements and ground: seizing them is a conquest, not a confiscation
# places one takes by force ("seized two military camps", "seized the town of Boni")
_SEIZED_GROUND = frozenset({"town", "city", "village", "territory", "area", "district", "base",
                            "airport", "hill", "region", "province", "outpost", "position",
                            "camp", "checkpoint", "post", "garrison", "barracks", "port"})


# those police charge at, not in court ("baton-charged the crowd")
_CROWDS = frozenset({"crowd", "protester", "demonstrator", "marcher", "rioter", "student",
                     "worker", "supporter", "mob"})


def _baton_charge(tok: Token, hit: tuple) -> tuple:
    """'Police baton-charged the crowd', 'charged the protesters': a rush with batons
    (ASSAULT), not a charge in law, which names its crime ("charged them with rioting")."""
    if hit[0] != "ACCUSE" or tok.lemma_.lower() != "charge" or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return hit
    doc = tok.doc
    baton = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in (
        "baton", "lathi", "cane")
    crowd = any(c.dep_ == "dobj" and c.lemma_.lower() in _CROWDS for c in tok.children)
    return ("ASSAULT", None, "agent") if baton or crowd else hit


def _capture(tok: Token, hit: tuple) -> tuple:
    """'captured a town' is a conquest; 'the fugitive was captured' an arrest; 'seized the town
    of Boni' a conquest, not a confiscation; 'a drone slammed into a block' a strike, not
    criticism."""
    lemma = tok.lemma_.lower()
    if lemma == "slam" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return ("ASSAULT", None, "agent") if subj is not None and weapon_noun(subj) \
            else ("NONE", None, "agent")
    if lemma == "seize" and hit[0] == "COERCE" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _SEIZED_GROUND
                                  or c.ent_type_ in ("GPE", "LOC"))
            for c in tok.children):
        return ("ASSAULT", "occupy", "agent")
    if lemma not in ("capture", "catch", "apprehend", "nab"):
        return hit
    who = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if who is None:
        return hit
    low = who.lemma_.lower()
    if low in _ABSTRACT_PRIZES:
        return ("NONE", None, "agent")  # "captured the imagination of a generation"
    if who.ent_type_ == "PERSON" or lx.SECTOR_WORDS.get(low) in ("criminals", "civilians") \
            or low in lx.ACTOR_NOUNS - {"group", "groups", "side", "sides", "team"}:
        return ("COERCE", "arrest", "agent")
    return hit


_REFLEXIVE = {"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"}
_WH = {"why", "how", "what", "when", "where", "who", "whom", "whose", "which", "whether", "if"}
# verbs of giving information: refusing them is withholding comment, not rejecting a demand
_TELL = lx.REPORTING | {"comment", "discuss", "elaborate", "specify", "disclose", "reveal",
                        "identify", "name", "speculate", "answer", "explain", "describe"}
_PROJECTILES = {"shot", "round", "bullet", "salvo", "volley", "warning", "gun", "weapon"}


# what one "calls" by organizing it: a strike, a protest, an election
_CALLED_EVENTS = frozenset({"protest", "strike", "rally", "demonstration", "election", "vote",
                            "meeting", "referendum", "march", "boycott", "shutdown", "session",
                            "summit", "ceasefire", "truce"})


# ground one holds or takes ("defend every inch of our land", "the border")
_HELD_GROUND = frozenset({"land", "inch", "territory", "homeland", "border", "borders",
                          "position", "positions", "frontline", "front", "soil", "city", "town",
                          "village", "capital", "base", "line", "lines"})


# the offices a leader orders about at home
_OWN_OFFICES = frozenset({"government", "committee", "commission", "ministry", "ministries",
                          "minister", "ministers", "cabinet", "officials", "authorities",
                          "agency", "agencies", "department", "prosecutor", "prosecutors",
                          "investigators", "inquiry", "panel", "task", "team"})


def _trip_of_the_harmed(tok: Token) -> bool:
    """A journey or visit that is the circumstance of what befell the traveller ("was
    stopped while travelling to Bender to visit relatives", "killed while visiting his
    family"): the visit, clause under a passive act of force or coercion, is no event."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("advcl", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children)
        hit = lx.VERBS.get(cur.lemma_.lower())
        if passive and (hit is not None and hit[0] in ("ASSAULT", "COERCE")
                        or cur.lemma_.lower() in _STOPPED):
            return True
    return False


# what is done to a traveller on the way ("was stopped at a checkpoint")
_STOPPED = frozenset({"stop", "detain", "hold", "arrest", "seize", "abduct", "kidnap", "kill",
                      "shoot", "attack", "intercept", "turn"})


def _not_an_act(tok: Token, hit: tuple) -> bool:
    """'police will release more details', 'officials are keen to demonstrate that ...':
    the trigger's object shows it is no event of its type."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    lemma = tok.lemma_.lower()
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if hit[0] == "CONSULT" and _trip_of_the_harmed(tok):
        return True  # "was stopped at a checkpoint while travelling to Bender to visit relatives"
    if lemma == "order" and hit[0] == "REQUEST" and obj is not None and obj.pos_ == "NOUN" \
            and not obj.ent_type_ and not _actor_head(obj) and not any(
                c.dep_ in ("xcomp", "ccomp", "oprd") for c in tok.children):
        # "ordered the closure of schools", "ordered the formation of a committee": an
        # administrative order, no appeal to another side
        return True
    if lemma == "order" and hit[0] == "REQUEST" and obj is not None \
            and obj.lemma_.lower() in _OWN_OFFICES and not obj.ent_type_ \
            and not any(c.dep_ in ("poss", "amod", "compound") and (
                c.ent_type_ in ("GPE", "NORP") or country_of(c.text)) for c in obj.children):
        # "ordered the government to dismantle the plant", "ordered a committee to
        # investigate": a leader's order to his own offices, no appeal to another side
        return True
    if lemma == "fire" and hit[0] == "ASSAULT":
        # "was fired from his job", "fired the coach": a dismissal, not a shot
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lemma_.lower() not in WEAPONS | _PROJECTILES:
            return True
        if obj is not None and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in
                                lx.ACTOR_NOUNS | {"coach", "manager", "employee", "staff"}):
            return True
    if hit[0] == "SUPPORT" and lemma == "defend" and obj is not None and (
            obj.lemma_.lower() in _HELD_GROUND or obj.ent_type_ in ("GPE", "LOC")
            or any(t.lemma_.lower() in _HELD_GROUND for t in obj.subtree)):
        return True  # "will defend every inch of our land": holding ground, not backing anyone
    if lemma == "call" and hit[0] not in ("REQUEST", "ACCUSE") and obj is not None and any(
            c.dep_ in ("oprd", "attr", "xcomp") for c in tok.children):
        return True  # "called the detention a kidnapping": naming it, no act of its own
    if hit[0] == "ACCUSE" and lemma == "charge" and preps & {"at", "into", "toward",
                                                                "towards"}:
        return True  # "police charged at the crowds": a rush, not a charge in law
    if hit[0] == "ASSAULT" and obj is not None and obj.lower_ in _REFLEXIVE:
        return True  # "hanged himself in his cell": no one attacked another
    if hit[0] == "ASSAULT" and lemma in ("fight", "battle", "combat", "tackle") and \
            obj is not None and obj.lemma_.lower() in _HAZARDS:
        return True  # "firefighters fought the blaze", "battled floods": no enemy
    kids = {c.dep_ for c in tok.children}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if hit[0] == "REQUEST" and lemma == "insist" and "on" not in preps and "xcomp" not in kids \
            and not any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _DEONTIC
                                                 for a in c.children) for c in tok.children):
        return True  # "insisted the debt problems had nothing to do with Greece": a claim
        # (but "insisted that Ukrainian forces must first withdraw" is a demand)
    called = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if hit[0] == "REQUEST" and lemma == "call" and called is not None \
            and called.lemma_.lower() in _CALLED_EVENTS:
        return True  # "the protests were called by activists": organized, not requested
    if hit[0] == "REQUEST" and lemma == "call" and "dobj" in kids and "on" not in preps:
        return True  # "called the Greek bailout critical for Europe": naming, not a request
    if hit[0] == "REQUEST" and lemma == "ask":
        # "asked not to be identified", "asked if she saw ...": anonymity and questions
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and (
                    c.lemma_.lower() in ("identify", "name", "quote")
                    or any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                           for m in c.children)):
                return True
            if c.dep_ == "prep" and c.lower_ == "about":
                return True
            if c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in _WH:
                return True  # "asked why the women stayed quiet": a question
    if hit[0] == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _TELL
                                  for c in tok.children):
        return True  # "declined to say whether ...", "refused to comment": no demand refused
    if hit[0] == "RETREAT" and hit[1] == "release" and obj is not None:
        return obj.lemma_.lower() in _INFO
    if hit[0] == "AGREE" and obj is not None and obj.lemma_.lower() in _INFO | {
            "comment", "explanation", "condolence", "thought", "prayer", "view"}:
        return True  # "police offered almost no details"
    if hit[0] == "PROTEST" and lemma in ("demonstrate", "show"):
        return obj is not None or any(c.dep_ == "ccomp" for c in tok.children)
    return False


# what one fights that is no one: fire, water, disease, crime in general
_HAZARDS = {"fire", "blaze", "flame", "wildfire", "bushfire", "inferno", "flood", "floodwater",
            "water", "storm", "disease", "virus", "pandemic", "epidemic", "outbreak", "cancer",
            "infection", "drought", "crime", "corruption", "poverty", "inflation", "hunger",
            "famine", "illness", "addiction", "odds", "injury", "cold", "heat", "snow", "ice"}
# modifiers that make an event noun another thing
_OTHER_KIND = {"trial": {"time", "clinical", "drug", "field", "vaccine", "free"},
               "attack": {"heart", "panic", "asthma", "shark"},
               "strike": {"lightning", "penalty", "free"},
               "fight": {"title", "prize", "cage", "pillow", "food"},
               "battle": {"legal", "court", "custody", "bidding"},
               "call": {"distress", "emergency", "roll", "curtain", "wake-up", "close"}}


def _ban(tok: Token, hit: tuple) -> tuple:
    """'a ban on imports/exports' is a SANCTION; a ban on rallies, parties, media is COERCE."""
    words = {t.lemma_.lower() for t in tok.subtree}
    if words & (lx.TRADE_WORDS | _PERSONAL_BANS):
        # a travel, entry or visa ban on officials, an asset freeze: a sanction on them
        return ("SANCTION", None, "agent")
    return ("COERCE", "ban", "agent")


_PERSONAL_BANS = frozenset({"travel", "entry", "visa", "asset", "assets"})


def _protest_or_accuse(tok: Token, key: str, hit: tuple) -> tuple:
    """'protest (against)' by people in the street is PROTEST; by a government, ACCUSE."""
    if not key.startswith("protest"):
        return hit
    subj, _ = _subject(tok)
    if subj is None:
        return hit
    words = {subj.lower_, subj.lemma_.lower()} | {t.lower_ for t in subj.subtree}
    if words & (lx.QUANTITY_HEADS | {"people", "protester", "protesters", "student", "students",
                                     "worker", "workers", "resident", "residents", "crowd",
                                     "demonstrators", "activists", "supporters"}):
        return ("PROTEST", "demo", "agent")
    if subj.ent_type_ == "GPE" or subj.lemma_.lower() in _OFFICIAL_VOICES:
        # "Beijing also protested", "the foreign ministry protested": a formal complaint
        return ("ACCUSE", "disapprove", "agent")
    return hit


# who protests for a state: a formal complaint, not a demonstration
_OFFICIAL_VOICES = frozenset({"government", "ministry", "embassy", "minister", "spokesman",
                              "spokeswoman", "spokesperson", "ambassador", "diplomat",
                              "foreign", "presidency", "kremlin", "pentagon"})


_VOW = {"vow", "pledge", "promise", "swear"}
_FIGHTING = {"war", "fight", "fighting", "offensive", "attack", "attacks", "campaign",
             "strike", "strikes", "operation", "operations", "assault", "bombardment"}


def _force_vowed(tok: Token) -> bool:
    """'vowed to retaliate', 'vowed to continue the war', 'vowed "total war" against the
    group': a promise of force is a threat."""
    for x in tok.children:
        if x.dep_ == "dobj" and (x.lemma_.lower() in _FIGHTING | _REVENGE):
            return True
        if x.dep_ != "xcomp":
            continue
        for v in (x, *x.conjuncts):
            # (and the verbs joined to it: "vowed to identify, track and punish")
            hit = lx.VERBS.get(v.lemma_.lower())
            if hit is not None and hit[0] == "ASSAULT" or v.lemma_.lower() in _DESTROY:
                return True
            if v.lemma_.lower() in _CHASE and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in _FOES for o in v.children):
                return True  # "vowed to pursue the militants" (not "to pursue talks")
        if x.lemma_.lower() in ASPECTUAL and any(
                o.dep_ == "dobj" and o.lemma_.lower() in _FIGHTING for o in x.children):
            return True
    # "vowed that the government would press on with its offensive", "vowed that no one will
    # escape responsibility": a vowed clause of force or punishment; "vowed that the attackers
    # would be hunted down": foes to be chased or crushed
    return _clause_names_force(tok, ("ccomp",), frozenset({"responsibility", "justice"})) \
        or any(c.dep_ == "ccomp" and c.lemma_.lower() in _DESTROY | _CHASE
               and any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in _FOES
                       for o in c.children) for c in tok.children)


# what one threatens that is force or a penalty ("threatened military action")
_THREATENED_FORCE = frozenset({"action", "force", "sanction", "invasion", "retaliation", "war",
                               "reprisal", "consequence", "strike", "attack", "tariff",
                               "countermeasure", "measure", "response", "punishment",
                               "revenge", "retribution", "blockade", "embargo"})
# what one vows to do to an enemy that is force ("vowed to eliminate the terrorists")
_DESTROY = frozenset({"eliminate", "crush", "destroy", "annihilate", "wipe", "punish", "defeat",
                      "avenge", "retaliate", "hunt", "root", "exterminate", "smash", "eradicate"})
# a chase that is force when it is of armed foes ("pursue the militants")
_CHASE = frozenset({"pursue", "chase", "track", "hunt"})
_FOES = frozenset({"militant", "rebel", "insurgent", "terrorist", "jihadist", "fighter",
                   "gunman", "attacker", "perpetrator", "killer", "gang", "bandit", "enemy",
                   "extremist", "culprit", "assailant"})
# what one vows that is force ("vowed revenge")
_REVENGE = frozenset({"revenge", "retaliation", "retribution", "reprisal", "vengeance"})


# bodies that receive what is offered, read by the parser as a compound of it
_RECIPIENTS = frozenset({"authority", "authorities", "government", "official", "force",
                         "army", "police", "military"})
# what one offers that is no promise between parties (a bounty, sympathy)
_NO_DEAL = frozenset({"reward", "bounty", "condolence", "condolences", "prayer", "prayers",
                      "apology", "sympathy", "thought", "thoughts", "resignation"})


def _pledge(tok: Token, key: str, hit: tuple) -> tuple:
    """'pledged 5 million dollars in aid to X': the manual's AGREE covers promises, but a
    pledge of money or goods to a named recipient is coded as the aid itself."""
    if hit[0] == "AGREE" and tok.lemma_.lower() in _VOW and _force_vowed(tok):
        return ("THREATEN", None, "agent")
    if hit[0] != "AGREE" or tok.lemma_.lower() not in ("pledge", "promise", "offer", "grant"):
        return hit
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in _NO_DEAL:
        return ("NONE", None, "agent")  # "offered a reward", "offered condolences"
    to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children) or (
        obj is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in obj.children)) \
        or any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") for c in tok.children) \
        or obj is not None and any(c.dep_ == "compound" and c.lemma_.lower() in _RECIPIENTS
                                   for c in obj.children)
    # ("offered Ecuadorian authorities intelligence support": the recipient before the thing,
    # which the parser may read as one noun phrase)
    if obj is None or not to:
        return hit
    words = {t.lemma_.lower() for t in obj.subtree}
    mode = next((m for m, cues in lx.AID_MODES.items() if words & cues), None)
    if mode is None:
        return hit
    return ("AID", "humanitarian" if "aid" in words or "relief" in words else mode, "agent")


# what "fire" takes that makes it small arms ("fired live ammunition"), and whom one fires
# from a post ("fired the army commander")
_SMALL_ARMS = frozenset({"ammunition", "bullet", "round", "shot", "gun", "rifle", "pellet"})
_DISMISSED = TITLE_HEADS | {"coach", "editor", "employee", "staff", "worker"}
# weapons that make an attack one of heavy weapons, whatever the verb ("fired rockets at")
_HEAVY = frozenset({"rocket", "missile", "shell", "mortar", "artillery", "drone", "bomb",
                    "howitzer", "projectile", "barrage", "salvo"})


def _handed_paper(tok: Token, hit: tuple) -> tuple:
    """"handed her a protest note": a paper handed is a message (a protest note is a
    rebuke), not territory or prisoners handed over."""
    if tok.lemma_.lower() not in ("hand", "deliver", "present", "submit"):
        return hit
    paper = next((c for c in tok.children if c.dep_ == "dobj"
                  and c.lemma_.lower() in _PAPERS), None)
    if paper is None:
        return hit
    if any(t.lemma_.lower() in ("protest", "complaint") for t in paper.subtree):
        return ("ACCUSE", "disapprove", "agent")
    if paper.lemma_.lower() == "petition":
        return ("REQUEST", None, "agent")  # "handed a petition to the governor": an ask
    return ("NONE", None, "agent") if hit[0] == "RETREAT" else hit


# papers handed to someone: notes, letters, petitions
_PAPERS = frozenset({"note", "letter", "petition", "memorandum", "demarche", "démarche",
                     "list", "document", "message", "invitation", "copy", "report"})


def _what_is_fired(tok: Token, hit: tuple) -> tuple:
    """'fired dozens of rockets at', 'fired live ammunition at': the object's weapon says the
    mode, not "fire"; 'fired the army commander' is a dismissal, no attack."""
    if hit[0] != "ASSAULT" or hit[1] not in ("firearms", "heavy-weapons"):
        return hit
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return hit
    words = {t.lemma_.lower() for t in obj.subtree}
    if tok.lemma_.lower() == "fire" and (obj.lemma_.lower() in _DISMISSED
                                         or obj.ent_type_ == "PERSON"):
        return ("NONE", None, "agent")
    if ({"water", "cannon"} <= words or words & {"teargas", "gas", "pepper"}) \
            and not words & _SMALL_ARMS:
        return ("COERCE", "restrict", "agent")  # "fired tear gas and water cannon": crowd control
    if hit[1] == "firearms" and words & _HEAVY:
        return ("ASSAULT", "heavy-weapons", *hit[2:])
    if hit[1] == "heavy-weapons" and words & _SMALL_ARMS:
        return ("ASSAULT", "firearms", *hit[2:])
    return hit


_PAY_WORDS = frozenset({"union", "worker", "employee", "walkout", "wage", "pay", "pension",
                        "salary", "labor", "labour", "austerity"})


def _strike(tok: Token, hit: tuple) -> tuple:
    """'strike' is a labour protest with workers or 'on strike', otherwise an attack."""
    # (a name's words are no cue: "the National Liberation Army"). Cues that name who
    # strikes count near the strike (its modifiers, the subject of it or of the verb over
    # it: "teachers began a strike"); "a post on social media" or "a doctor said" elsewhere
    # in the sentence is no labour cue, only the words of pay and unions are.
    near = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nsubj")]
    if tok.pos_ != "VERB":
        near += [c for c in tok.head.children if c.dep_ == "nsubj"]
        # "a strike by minibus taxi drivers": who strikes, after "by"
        near += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"]
    elif tok.dep_ in ("xcomp", "ccomp") and all(
            c.pos_ == "PRON" for c in tok.children if c.dep_ == "nsubj"):
        # "nurses threatened to strike", "teachers warned they would strike": the subject
        # of the verb over it strikes
        near += [c for c in tok.head.children if c.dep_ == "nsubj"]
    words = {t.lemma_.lower() for c in near for t in c.subtree if not t.ent_type_}
    words |= {t.lemma_.lower() for t in tok.sent if not t.ent_type_} & _PAY_WORDS
    struck = tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass", "agent", "ccomp")
        or c.dep_ == "nsubj" and (weapon_noun(c) or lx.SECTOR_WORDS.get(c.lower_) == "military")
        for c in tok.children)  # "jets struck what the army said were depots"
    if not struck and (words & lx.STRIKE_PROTEST_CUES
                       or any(t.lower_ == "on" for t in tok.lefts)):
        return ("PROTEST", "strike-lim", "agent")  # (not "struck by a driver")
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        # "The strike, called by the drivers' association, ...": the strike told before
        before = next((t for t in reversed(tok.doc[:tok.i]) if t.lemma_.lower() == "strike"
                       and t.pos_ == "NOUN"), None)
        if before is not None and _strike(before, hit)[0] == "PROTEST":
            return ("PROTEST", "strike-lim", "agent")
    weapons = {t.lemma_.lower() for t in tok.sent}
    return ("ASSAULT", "heavy-weapons" if weapons & {"air", "missile", "drone"} else hit[1],
            "agent")


# --- 2. actors -------------------------------------------------------------------------------

# verbs whose object does what their infinitive says ("prompted Mondlane to reject")
_OBJECT_CONTROL = frozenset({"prompt", "force", "lead", "cause", "compel", "push", "drive",
                             "spur", "persuade", "convince", "pressure", "encourage",
                             "allow", "permit", "enable", "oblige", "inspire", "provoke"})


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a verb, inherited through xcomp/conj/relcl when missing."""
    seen = 0
    cur = tok
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ in ("VBD", "VBZ", "VBP") \
            and tok.head.dep_ == "advcl" and tok.head.head.tag_ == "VBG":
        # "shooting residents as they fled and burning houses": the parse joins the second
        # participle to the clause inside the first; it goes on the first participle
        cur = tok.head.head
    while cur is not None and seen < 4:
        # the subject nearest the verb: a headline glued on by the parser adds a far one
        subjects = sorted((c for c in cur.children if c.dep_ in _SUBJ or c.dep_ == "nsubjpass"),
                          key=lambda c: abs(cur.i - c.i))
        if len(subjects) > 1:
            # "The Law Society, whose president X has represented ..., accused": a relative
            # clause the parse flattened; its subject ("whose president X") is not the verb's
            subjects = [c for c in subjects if not any(t.lower_ == "whose" for t in c.subtree)] \
                or subjects
            # "several hundred residents, many of them women carrying photographs, marched":
            # an aside that counts part of the subject ("of them") is not the subject
            subjects = [c for c in subjects if not any(
                t.lower_ in ("them", "whom") and t.dep_ == "pobj" and t.head.lower_ == "of"
                for t in c.subtree)] or subjects
        if subjects:
            passive = subjects[0].dep_ == "nsubjpass" or (
                # "four fighters were killed and 23 people wounded": the second verb shares
                # the first's "were", so its subject is the one it happened to
                cur is tok and tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD")
                and tok.lemma_.lower() in _HARMS
                and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
                and _own_passive(tok.head))
            if passive and cur is not tok and (_own_active_aux(tok) or tok.tag_ == "VBD"):
                passive = False  # "was detained and has denied the charges", "was received
                # by the president and later held talks": a past tense is active
            return subjects[0], passive or _own_passive(tok)
        if cur.dep_ == "relcl":
            # "the officer, who shot him and has now been charged": the second verb's own
            # passive makes its subject the one it happened to
            return cur.head, _own_passive(tok) and cur is not tok
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            # "Zurana Horton, shot and killed in a gang shooting"; but in a sentence the
            # parser left without a verb ("Opposition parties, most of whose leaders are in
            # prison, called on Saied to ..."), the verb's subject is the noun it hangs on
            verbless = cur.head.dep_ == "ROOT" and cur.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "xcomp" or c.dep_ == "dobj" for c in cur.children) \
                and not any(c.dep_ in ("agent", "auxpass") for c in cur.children)
            return cur.head, not verbless
        # "after gunmen linked to the Clansman gang opened fire": the parse made "linked"
        # the verb of "gunmen" (the act its complement, or the act its head); they acted
        ties = [cur.head] if cur.dep_ in ("ccomp", "conj") else []
        ties += [c for c in cur.children if c.dep_ == "advcl" and c.i < cur.i]
        tied = next((s_ for t in ties if t.lemma_.lower() in _TIES and t.tag_ in ("VBN", "VBD")
                     for s_ in t.children if s_.dep_ == "nsubj"), None)
        if tied is not None:
            return tied, False
        orphan = _orphan_subject(cur) or _dated_subject(cur)
        if orphan is not None:
            return orphan, False
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep" \
                and cur.head.head.pos_ in ("VERB", "AUX") and cur.head.head.i != cur.i:
            # "police responded by firing tear gas", "were arrested after storming the
            # building": a gerund's doer is its verb's subject, the one it happened to if passive
            subj, _ = _subject(cur.head.head)
            return subj, False
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur is tok \
                and any(c.dep_ == "nsubjpass" for c in cur.head.children) \
                and cur.head.dep_ == "ccomp" and cur.head.head.lemma_.lower() in lx.REPORTING:
            # "The Ministry said 43 people were arrested, accusing 'infiltrated groups' of
            # ...": the one who said it accuses, not those arrested
            cur = cur.head.head
            seen += 1
            continue
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.lemma_.lower() in _CROWD_CRIES:
            crowd = _relative_before(cur)
            if crowd is not None:
                return crowd, False
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in _OBJECT_CONTROL:
            # "prompting Mondlane to reject the ruling", "forced the army to withdraw": the
            # object of the verb above does the act (but "used a Taser to subdue him": a tool)
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
            if obj is not None:
                return obj, _own_passive(tok)
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in lx.REPORTING \
                and cur.head.pos_ == "VERB" and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            break  # "fighting that medics said killed 40 civilians": what they said, not did
        if cur.dep_ == "conj" and (reporter := _reporter_over_quote(cur)) is not None:
            cur = reporter  # 'said Russia was "waging a shadow war" and promised to ...'
            seen += 1
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head.i != cur.i:
            cur = subject_host(cur)
            seen += 1
            continue
        break
    return None, False


def _reporter_over_quote(conj: Token) -> Token | None:
    """The reporting verb a conjunct shares its subject with when the parser hung it on a
    verb inside a quotation that closes before it: in 'Dobrindt said Russia was "waging a
    shadow war" and promised to step up protection', Dobrindt promised, not Russia."""
    head = conj.head
    sent_start = conj.sent.start
    opened = [t for t in conj.doc[sent_start:head.i] if t.is_quote]
    closed = [t for t in conj.doc[head.i + 1:conj.i] if t.is_quote]
    if len(opened) % 2 == 0 or not closed:
        return None
    if conj.tag_ in ("VBD", "VBN") and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                                           for c in head.children):
        return None  # 'said troops had "responded ..." and destroyed posts': one perfect, theirs
    cur = head
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in lx.REPORTING and cur.pos_ == "VERB" and cur.i < opened[-1].i:
            return cur
    return None


# what a crowd does as it marches ("..., demanding the release of ...", "chanting slogans")
_CROWD_CRIES = frozenset({"demand", "chant", "call", "shout", "urge", "denounce", "wave",
                          "carry", "hold"})


def _relative_before(participle: Token) -> Token | None:
    """The noun whose relative clause ends just before a comma and a participle: in "police
    fired tear gas at supporters who marched on the council, demanding the release of ...",
    the parser hangs "demanding" on "fired", but those who marched demand, not the police."""
    comma = participle.i - 1
    if comma <= participle.sent.start or participle.doc[comma].text != ",":
        return None
    for tok in participle.doc[participle.head.i + 1:comma]:
        if tok.dep_ == "relcl" and tok.right_edge.i == comma - 1 \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
    return None


def _verb_read_as_adjective(tok: Token) -> tuple[Token, Token | None] | None:
    """(subject, object) of a past-tense verb the parser read as an adjective of its object,
    in a sentence it left without a verb: "A Moscow court on Thursday sentenced journalist
    Yelena Sarkisova to six years" (root "court", "sentenced" an amod of "journalist")."""
    root = tok.sent.root
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("agent", "auxpass", "aux", "dobj") for c in tok.children) \
            and not any(t.pos_ in ("VERB", "AUX") and t.i != tok.i and t.dep_ != "amod"
                        for t in tok.sent if t.i < tok.i) \
            and lx.VERBS.get(tok.lemma_.lower(), ("",))[0] == "PROTEST":
        # "Families of inmates protested outside the prison": read as "inmates (who were)
        # protested", a sentence left without its verb; no one is "protested"
        who = tok.head
        while who.dep_ == "pobj" and who.head.dep_ == "prep" and who.head.lower_ == "of":
            who = who.head.head  # "Families of inmates": the families
        return who, None
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") \
            or root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i \
            or any(t.pos_ == "VERB" and t.dep_ != "amod" for t in tok.sent if t.i < tok.i):
        return None
    obj = tok.head
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "journalist Yelena Sarkisova": the name
    return root, obj


subject_of = _subject  # (subject token, passive?) of a verb, as the actor rules read it


# verbs of harm done to someone: without an object after a passive, their subject suffered it
_HARMS = frozenset({"wound", "injure", "kill", "hurt", "arrest", "detain", "capture", "abduct",
                    "kidnap", "shoot", "stab", "beat"})


def _own_passive(verb: Token) -> bool:
    """Whether a verb has its own passive auxiliary ('and has been charged')."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _own_active_aux(verb: Token) -> bool:
    """Whether a verb has its own active auxiliary ('has denied'), not a shared passive one."""
    kids = [c.dep_ for c in verb.children]
    return "aux" in kids and "auxpass" not in kids


# participles that tie a group to another ("linked to", "affiliated with")
_TIES = frozenset({"link", "tie", "affiliate", "connect", "align", "ally"})


def _frame_agent(verb: Token) -> Token | None:
    """Who did a passive act the sentence frames as an encounter or an operation: "was shot
    dead in a confrontation with a police team" (the team), "were detained in joint police
    and military operations" (the police, the operations' first force)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        frame = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if frame is not None and frame.lower_ in _SIDE_MODIFIERS and any(
                c.dep_ == "conj" and c.lemma_.lower() in _FRAMES for c in frame.children):
            return frame  # "in joint police and military operations", parsed as "in police"
        if frame is None or frame.lemma_.lower() not in _FRAMES:
            continue
        with_ = next((w for w in frame.children if w.dep_ == "prep" and w.lower_ == "with"),
                     None)
        other = next((p for p in with_.children if p.dep_ == "pobj"), None) if with_ else None
        if other is not None and frame.lemma_.lower() in _ENCOUNTERS:
            return other
        force = next((m for m in frame.children if m.dep_ in ("compound", "amod")
                      and m.lower_ in _SIDE_MODIFIERS), None)
        if force is not None:
            return force
    return None


# what frames an act done by one side: an encounter with it, an operation of its forces
_ENCOUNTERS = frozenset({"confrontation", "clash", "shootout", "gunfight", "exchange",
                         "encounter", "firefight", "standoff"})
_FRAMES = _ENCOUNTERS | frozenset({"operation", "raid", "crackdown", "sweep", "swoop"})


def _dated_subject(verb: Token) -> Token | None:
    """The subject the parser took into an opening date: "On Sunday peacekeepers and soldiers
    launched ..." read as "On (Sunday peacekeepers)", the verb left without a subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                 and c.lower_ == "on"), None)
    noun = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep else None
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or not any(
            c.dep_ == "compound" and c.lower_ in WEEKDAYS for c in noun.children):
        return None
    return noun


def _orphan_subject(verb: Token) -> Token | None:
    """A noun the parser attached to the previous clause's object though it is this verb's
    subject: "pushing back the Russians and people are beginning to return"."""
    if verb.dep_ != "conj":
        return None
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    t = verb.doc[i]
    if i < verb.i - 1 and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj" and t.head.i < t.i:
        return t
    return None


# verbs whose subject stands against the act its object names ("repelled an attack")
OPPOSING = _OPPOSING = frozenset({"repel", "repulse", "intercept", "resist", "survive",
                                  "withstand"})
# ships, aircraft and vehicles whose flag or nationality names the side that acts with them
_CRAFT = VESSEL_NOUNS | {"jet", "aircraft", "plane", "helicopter", "tank"}
# military installations that stand for the side holding them ("opened fire on Indian posts")
_INSTALLATIONS = frozenset({"post", "outpost", "base", "position", "bunker", "checkpoint",
                            "garrison", "trench", "convoy", "patrol", "station", "barracks",
                            "camp", "vehicle", "truck"})
# nouns of a complaint made against someone ("filed a complaint against X")
_COMPLAINTS = frozenset({"complaint", "accusation", "allegation", "charge", "protest", "case",
                         "lawsuit", "suit", "criticism", "claim", "grievance", "petition"})
# verbs whose "of" after the object names the charge ("accused X of Y")
_CHARGING = frozenset({"accuse", "charge", "convict", "suspect", "acquit", "clear"})
# nouns of a settlement or site: a place after them is where the act was, not who
_SCENE_NOUNS = frozenset({"village", "town", "city", "camp", "school", "hospital", "market",
                          "mosque", "church", "monastery", "house", "home", "building",
                          "base", "checkpoint", "compound", "neighbourhood", "neighborhood",
                          "settlement", "area", "district", "airstrike", "strike", "attack",
                          "raid", "bombing", "shelling"})


def _phrase(h: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by h, without clauses after it."""
    start = h.left_edge.i
    end = h.i + 1
    for c in h.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl") or _clausal(c):
            break
        if c.dep_ == "prep" and c.lower_ != "by" and h.pos_ == "NOUN" and weapon_noun(h):
            break  # "a drone strike on a market in Kassala": the weapon's own words only
        if c.dep_ == "prep" and c.lower_ == "of" and h.dep_ == "dobj" \
                and h.head.lemma_.lower() in _CHARGING:
            break  # "accused the police of 'brutal' tactics": the charge, not who
        if c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME")
                                                  for t in c.subtree):
            break  # "Georgian police on Saturday detained ...": the date is the verb's
        if c.dep_ == "prep" and c.lower_ in ("from", "in", "at", "near") and h.pos_ == "NOUN" \
                and (h.tag_ == "NNS" or h.lemma_.lower() in _SCENE_NOUNS) \
                and any(t.ent_type_ in ("GPE", "LOC") for t in c.subtree):
            # "abducted 20 students from a school in Kaduna state", "an airstrike on a
            # village in the Sagaing region": where, not who
            break
        inner = [t.left_edge.i for t in c.subtree if t.i > c.i and t.dep_ in ("relcl", "appos")]
        if inner:
            # "a police station in the Exarchia district, where the officer ... was based":
            # the clause deep in the phrase is no part of the name either
            end = min(inner)
            while end > c.i + 1 and h.doc[end - 1].is_punct:
                end -= 1
            break
        end = c.right_edge.i + 1
    return start, end


def _clausal(prep: Token) -> bool:
    """A prepositional phrase holding a clause ('a gang member of murdering a deputy'): what
    the actor did, not part of its name."""
    return prep.dep_ == "prep" and any(p.dep_ == "pcomp" for p in prep.children)


def _nested(h: Token) -> set[int]:
    """Tokens of the phrases after an actor's head noun ('police of a boy', 'member of
    murdering Deputy X'): a name there is another party, never the actor itself."""
    return {t.i for c in h.rights if c.dep_ in ("prep", "acl", "relcl") for t in c.subtree}


# parts of an organization that act for it ("the youth wing of the party")
_PARTS_OF_BODIES = frozenset({"branch", "wing", "chapter", "section", "arm", "faction",
                              "unit", "cell", "office", "bureau", "committee"})


# nouns of where people are, never who they are ("the capital, Tbilisi, who ...")
_WHERE_NOUNS = _SCENE_NOUNS | {"capital", "square", "street", "avenue"}


def make_actor(h: Token, index: EntityIndex, trigger_type: str = "") -> Actor | None:
    """Actor for the phrase headed by h: entity, country, sector; None for non-actors."""
    doc = h.doc
    if h.lower_ in ("who", "that", "which") and h.head.dep_ == "relcl":
        who = h.lower_ == "who"
        h = h.head.head
        if who and h.ent_type_ != "PERSON" and not people_noun(h) \
                and h.lemma_.lower() not in _PERSON_ROLES and h.dep_ == "pobj":
            # "Jane Roe, the head of the mission, who called on ...": the parse hung "who"
            # on the mission; the person whose role it is is meant
            up = h
            while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i != up.i:
                up = up.head.head
            while up.dep_ == "appos":
                up = up.head
            if up.ent_type_ == "PERSON" or up.lemma_.lower() in _PERSON_ROLES:
                h = up
        if not who and trigger_type in MATERIAL_CONFLICT and (
                h.ent_type_ in ("GPE", "LOC", "FAC") or h.lemma_.lower() in _WHERE_NOUNS):
            return None  # "an attack near the town of Kalat, which killed six officers": the
            # parse hung the clause on the place; the attack did it, not the town
        if who and (h.ent_type_ in ("GPE", "LOC", "FAC") or h.lemma_.lower() in _WHERE_NOUNS):
            # "a rally by thousands of people in the capital, Tbilisi, who were protesting":
            # "who" is people, the parse hung it on the place after them
            h = next((t for t in reversed(doc[h.sent.start:h.i]) if people_noun(t)), h)
    if h.lower_ in _PRONOUN_PERSON:
        prior = _person_noun_before(h)
        if prior is not None:
            return make_actor(prior, index, trigger_type)
        ent = _reporters_self(h, index) or _previous_subject(h, index) \
            or index.before(h.idx, {"PERSON"})
        if ent is None:
            return None
        return _entity_actor(ent, ent.name, index, [])
    if h.pos_ == "PRON":
        return None
    if h.text == "West" and any(c.lower_ == "the" for c in h.children):
        # "accused the West of meddling": the Western governments (CAMEO's WST)
        return Actor(text="the West", entity=None, country=None, sector="government")
    if h.lemma_.lower() in _PARTS_OF_BODIES:
        # "the regional branch of the UGTT labour union": the body it is part of
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
        if inner is not None and (inner.ent_type_ in ("ORG", "NORP") or any(
                t.ent_type_ == "ORG" for t in inner.subtree)):
            h = inner
    if h.lower_ in lx.QUANTITY_HEADS or h.pos_ == "NUM":
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # (the last object: "a group of counter - demonstrators" splits into three)
        inner = next((p for p in reversed(list(of.children)) if p.dep_ == "pobj"), None) \
            if of else None
        if inner is None and h.pos_ == "NUM" and h.dep_ in ("nsubj", "nsubjpass"):
            inner = _elided_group(h)
        if inner is not None and (_held_people(inner) or inner.lower_ in ("them", "us")):
            # ("at least 14 of them": people the sentence before counted)
            # "17 of those arrested", "three of the detained": people held, private people
            start, end = _phrase(h)
            return Actor(text=_trim(doc[start:end].text), entity=None, country=None,
                         sector="civilians")
        if inner is not None:
            h = inner
        elif trigger_type == "PROTEST" and h.dep_ == "nsubj" and h.tag_ in ("NNS", "CD"):
            # "as thousands marched against tax increases": a crowd, of private people
            return Actor(text=doc[_phrase(h)[0]:h.i + 1].text, entity=None, country=None,
                         sector="civilians")
    if trigger_type == "PROTEST" and (h.dep_ == "nsubj" or h.dep_ == "pobj"
                                      and h.head.lower_ == "by") \
            and (people_noun(h) or h.tag_ == "NNS" and any(c.dep_ == "nummod"
                                                            for c in h.children)) \
            and not _actor_head(h) and not index.in_span(h.idx, h.idx + len(h.text)):
        # "Families of inmates protested outside the prison", "a march by several hundred
        # unemployed graduates": private people (a counted crowd marches, whatever its noun)
        start, end = _phrase(h)
        end = min([end, *(c.i for c in h.children if c.dep_ == "prep" and c.i > h.i
                          and c.lower_ in _PLACE_PREPS | {"to", "toward", "towards"})])
        return Actor(text=_trim(doc[start:end].text), entity=None, country=None,
                     sector="civilians")
    start, end = _phrase(h)
    while start < h.i and doc[start].lower_ in WEEKDAYS:
        start += 1  # "On Sunday peacekeepers ...": the day the parse took into the phrase
    if index.dateline and doc[start].idx < index.dateline[1] <= h.idx:
        # "Goma – M23 rebels": the dateline is not part of the actor
        while start < h.i and (doc[start].idx < index.dateline[1] or doc[start].is_punct
                               or doc[start].is_space):
            start += 1
    span = doc[start:end]
    words = [t.lower_ for t in span]
    # an appositive name: "the governor of the region, Oleh Synyehubov"; the name a phrase
    # gives it: "the youth movement known as GenZ 212", "a militia called the Wagner Group"
    appos = [c for c in h.children if c.dep_ == "appos"] + [
        n for c in h.children if c.dep_ == "acl" and c.lower_ in ("known", "called", "named")
        for n in c.subtree if n.dep_ in ("pobj", "oprd") and n.head.i in (c.i, *(
            p.i for p in c.children if p.dep_ == "prep" and p.lower_ == "as"))]
    if not appos and h.lemma_.lower() in _PERSON_ROLES:
        # the parse hangs the name on the role's place: "The governor of Norte de Santander
        # province, William Villamizar,"
        appos = [t for t in h.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                 and t.head.dep_ == "pobj" and t.head.head.head.i == h.i]
    mentions = index.in_span(span.start_char, span.end_char)
    for a in appos:
        mentions += index.in_span(a.idx, a.idx + len(a.text))
    text = doc_text(h.doc)
    mentions = [m for m in mentions if not _AFFILIATION.match(text, m[1])]  # "al-Qaeda-linked"
    # who the actor is: the name at its head, else a person or organization named in its own
    # words, not one in a phrase after the head ("the killing by police of a boy, X") nor the
    # person whose role noun it is ("Vladimir Putin's spokesman")
    nested = _nested(h)
    role = h.lemma_.lower() in _PERSON_ROLES | _OWNED \
        and not any(s_ <= h.idx < e_ for s_, e_, _ in mentions)
    owner = {t.i for c in h.children if c.dep_ == "poss" for t in c.subtree} if role else set()

    # (an organization after the head is what the actor belongs to: "members of Hamas")
    # nor one in a relative clause of the head ("a ceasefire in eastern Congo, where M23
    # rebels have seized territory")
    clause = {t.i for c in h.subtree if c.dep_ == "relcl" and c.i > h.i for t in c.subtree}

    def named(start_char: int, ent) -> bool:
        tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if tok is not None and tok.root.i in clause:
            return False
        if ent.type != "PERSON":
            return True
        return tok is None or (tok.root.i not in nested and tok.root.i not in owner)

    # the name in apposition to the head names it: "Kim Jong Un's sister, Kim Yo Jong"
    head_ent = None if any(s <= h.idx < e for s, e, _ in mentions) else next(
        (ent for a in appos for s, e, ent in mentions if s <= a.idx < e), None)
    if head_ent is None:
        for s, e, ent in mentions:
            if s <= h.idx < e or (ent.type in ("PERSON", "ORG") and head_ent is None
                                  and named(s, ent)):
                head_ent = ent
        for s, _, ent in mentions:
            if ent.type == "PERSON" and (head_ent is None or head_ent.type != "PERSON") \
                    and named(s, ent):
                head_ent = ent
    if head_ent is None and h.lower_ in _BLOC_ANAPHORS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        # "the EU's foreign policy chief said the bloc condemns": the international body
        # named last (a trade union or a party coalition is named, not "the bloc")
        body = index.before(h.idx, {"ORG"}, doc_text(h.doc), prefer=_intergovernmental)
        if body is not None and _intergovernmental(body):
            return _entity_actor(body, body.name, index, body.name.lower().split())
    if head_ent is None and not _actor_head(h):
        return _craft_side(h, index, trigger_type)
    if head_ent is None and h.tag_ == "NN" and weapon_noun(h) and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children) \
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in h.children):
        return None  # "the drone struck the market": a weapon, its users unnamed here
    if head_ent is None and h.lower_ in _GROUP_ANAPHORS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        # "after the group fired": a named group before a train or a paper named since
        named = index.before(h.idx, {"ORG"}, doc_text(h.doc), prefer=_group_like)
        if named is not None:
            return _entity_actor(named, named.name, index, named.name.lower().split())
    if head_ent is None and (h.lemma_.lower() in _CRAFT | _INSTALLATIONS or weapon_noun(h)
                             or sector_of([h.lower_]) in ("military", "police")):
        # (forces and arms only: "said ... its supporters had attacked officers" are the
        # party's supporters, not the speaker's)
        owner = _pronoun_owner(h)
        if owner is not None:  # "Ukraine's military intelligence said its drones attacked"
            side = make_actor(owner, index, trigger_type)
            if side is not None:
                return side
    # a person's own name says nothing of their sector ("Tishana King", "Mr Major")
    names = {(s_, e_) for s_, e_, ent in mentions if ent.type == "PERSON"}
    words = [t.lower_ for t in span if not any(s_ <= t.idx < e_ for s_, e_ in names)]
    sector = sector_of(words, head_ent)
    if head_ent is None and (h.lower_ in lx.SECTOR_WORDS or h.lemma_.lower() in lx.SECTOR_WORDS):
        # the head noun says the sector, whatever a phrase after it names ("police of a boy")
        sector = sector_of([t.lower_ for t in span if t.i <= h.i]) or sector
    country = None
    for _, _, ent in mentions:  # "Japan's Prime Minister X": the modifier says the country
        if ent.type in ("GPE", "NORP") and ent is not head_ent:
            country = country or index.country(ent)
    for _, _, ent in mentions:
        country = country or index.country(ent)
    if country is None:
        for t in span:
            if (t.pos_ in ("PROPN", "ADJ") or t.ent_type_ in ("NORP", "GPE")) \
                    and not any(s_ <= t.idx < e_ for s_, e_ in names):
                country = country or country_of(t.text)  # (not "Turk" of "Volker Turk")
    text = _trim(span.text)
    comma = text.find(", ")
    if comma > 0 and span.start_char + comma > h.idx:
        text = text[:comma]  # "families in Sukkur, a spokeswoman ...": a misattached aside
    if head_ent is not None:
        if head_ent.type in ("PERSON", "ORG"):
            text = head_ent.name
        if head_ent.type in ("GPE", "NORP") and sector is None:
            sector = "government" if head_ent.type == "GPE" else None
        if head_ent.type in ("GPE", "NORP") and sector is None and trigger_type in (
                "ASSAULT", "RETREAT", "MOBILIZE"):
            sector = "military"
        country = country or index.country(head_ent)
        return Actor(text=text, entity=head_ent.id,
                     country=None if sector == "igo" else country, sector=sector)
    if sector is None and h.lemma_.lower() == "bomber" and not weapon_noun(h):
        sector = lx.SECTOR_WORDS.get("attacker")  # "a suicide bomber": an attacker
    if country is None and sector is None and h.lower_ not in lx.ACTOR_NOUNS:
        return None
    if sector is None and trigger_type in ("ASSAULT", "RETREAT", "MOBILIZE") and \
            h.tag_ in ("NNPS", "NNS") and h.lower_ not in lx.ACTOR_NOUNS:
        sector = "military"  # "the Russians" as a fighting party (not "unidentified men")
    return Actor(text=text, entity=None, country=country, sector=sector)


def _group_like(ent) -> bool:
    """Whether an organization's name reads as a group of people: a known armed or political
    group, or a name ending in a group word ("Baloch Liberation Army", "Rapid Support Forces";
    not "Jaffar Express", a train)."""
    words = ent.name.lower().split()
    return known_group(ent.name) is not None or bool(words) and words[-1] in _GROUP_HEADS


_GROUP_HEADS = frozenset({"army", "forces", "front", "movement", "brigade", "brigades", "party",
                          "group", "militia", "organisation", "organization", "alliance",
                          "league", "council", "union", "congress", "battalion", "committee"})

# "the bloc", "the alliance": the international body the article named last
_BLOC_ANAPHORS = {"bloc", "alliance", "union", "organisation", "organization"}


def _intergovernmental(ent) -> bool:
    return sector_of(ent.name.lower().split(), ent) == "igo"


# "the group", "the movement": the organization the article named last
_GROUP_ANAPHORS = {"group", "movement", "militia", "organisation", "organization", "faction"}


def _craft_side(h: Token, index: EntityIndex, trigger_type: str) -> Actor | None:
    """'rammed one of its vessels', 'fired on a Chinese ship': the side a ship, aircraft or
    vehicle belongs to (its flag's country, or the "its" of the one who says so)."""
    if h.pos_ == "NUM" or h.lower_ == "one":  # "one of its vessels"
        of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        h = next((c for c in of.children if c.dep_ == "pobj"), h) if of is not None else h
    if h.lemma_.lower() not in _CRAFT | _INSTALLATIONS:
        return None
    side = next((m for m in h.children if m.dep_ in ("amod", "compound", "poss")
                 and country_of(m.text)), None)
    owner = side if side is not None else _pronoun_owner(h)
    if owner is None and trigger_type in ("ASSAULT", "COERCE"):
        # "attacked a police convoy", "an army base": the force it belongs to (not what is
        # given: "provide patrol vessels")
        force = next((m for m in h.children if m.dep_ in ("amod", "compound")
                      and m.lower_ in _SIDE_MODIFIERS), None)
        if force is not None:
            start, end = _phrase(h)
            return Actor(text=_trim(h.doc[start:end].text), entity=None, country=None,
                         sector=sector_of([force.lower_]))
    return make_actor(owner, index, trigger_type) if owner is not None else None


def thing_of_a_side(actor: Actor) -> bool:
    """Does an actor stand for its side by a vehicle or a post of it ("police convoy", "army
    base"), which the side's people, named in another mention, replace?"""
    last = actor.text.split()[-1].lower() if actor.text.split() else ""
    return actor.entity is None and (last in _CRAFT | _INSTALLATIONS
                                     or last.removesuffix("s") in _CRAFT | _INSTALLATIONS)


# the forces whose vehicles and posts stand for them as targets
_SIDE_MODIFIERS = frozenset({"police", "army", "military", "navy", "naval", "security",
                             "rebel", "militia", "insurgent", "militant", "guerrilla",
                             "peacekeeping"})


def _pronoun_owner(h: Token) -> Token | None:
    """'X said its drones had attacked ...': the subject of the reporting verb a phrase with
    "its"/"their" sits under is whose forces or weapons they are."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in h.children):
        return None
    subjects = _clause_subjects(h)
    if any(p.dep_ == "poss" and p.pos_ in ("NOUN", "PROPN") for s in subjects
           for p in s.children):
        return None  # "the enemy's efforts are focused on the withdrawal of its units"
    if h.dep_ in ("dobj", "pobj") and any(
            s.dep_ == "nsubj" and s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            for s in subjects):
        # "Eritrea is mobilising its army": its own named subject's, no other side (but "a
        # Chinese vessel rammed one of its boats": the speaker's)
        return None
    for verb in h.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lx.REPORTING:
            host = verb if verb.dep_ != "conj" or any(
                c.dep_ == "nsubj" for c in verb.children) else subject_host(verb)
            # ("Pakistan's military accused India ... and said its forces had ...": the
            # subject the coordinated "said" shares)
            owner = next((c for c in host.children if c.dep_ == "nsubj"), None)
            # "..., their lawyers said": the phrase is the subject itself, its owner unnamed
            return None if owner is not None and owner.i == h.i else owner
    return None


def _clause_subjects(h: Token) -> list[Token]:
    """The subjects of the nearest verb above h that has one, below any reporting verb."""
    for v in h.ancestors:
        if v.pos_ in ("VERB", "AUX"):
            if v.lemma_.lower() in lx.REPORTING:
                return []
            found = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if found:
                return found
    return []


# verbs of asking whose object is what is asked for, never the one asked
_ASKED_FOR = frozenset({"demand", "seek", "request"})


def _held_people(t: Token) -> bool:
    """"those arrested", "the detained": people named by what was done to them."""
    if t.lower_ in ("those", "these") and any(c.dep_ == "acl" and c.tag_ == "VBN"
                                               for c in t.children):
        return True
    return t.tag_ == "VBN" and t.dep_ == "pobj" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _elided_group(h: Token) -> Token | None:
    """'two police officers were arrested, and one was charged': a number standing alone as
    a subject counts one of the group the previous clause's subject names."""
    for t in reversed(h.sent[: h.i - h.sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS"):
            return t
    return None


def _reporters_self(h: Token, index: EntityIndex):
    """'Oli said in a letter to President Poudel that he was stepping down': "he" in what a
    person says is that person (not the last name written before it)."""
    clause = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in lx.REPORTING:
        return None
    speaker = next((t for t in clause.head.children if t.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    found = [e for s_, e_, e in index.in_span(speaker.idx, speaker.idx + len(speaker.text))
             if e.type == "PERSON"]
    return found[0] if found else None


def _previous_subject(h: Token, index: EntityIndex):
    """'"...," said Julio Campos, who called for the resignation of Minister Carlos Malaver.
    He warned ...': a pronoun that opens its sentence, or is the object of its main verb,
    continues the person the sentence before is about (its subject or its speaker), not the
    last name written there."""
    doc, sent = h.doc, h.sent
    opens = h.i == sent.start and h.dep_ in ("nsubj", "nsubjpass")
    # "Hasanli was arrested in November ... Prosecutors accused him of ...": the object of
    # the sentence's main verb continues that person too
    object_of_main = h.dep_ in ("dobj", "dative") and h.head.dep_ == "ROOT"
    if sent.start == 0 or not (opens or object_of_main):
        return None
    prev = doc[sent.start - 1].sent
    for start, end, ent in index.spans:
        if ent.type != "PERSON" or not prev.start_char <= start < prev.end_char:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ in ("nsubj", "nsubjpass") \
                and root.head.dep_ == "ROOT":
            return ent
    return None


def _person_noun_before(h: Token) -> Token | None:
    """'a spokesman told reporters, and he accused ...', 'The man had a firearm. He shot ...':
    a subject in the same or the previous sentence that names a person by role or as a man,
    a woman, a suspect, when no name comes between it and the pronoun."""
    doc, sent = h.doc, h.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    singular = h.lower_ in ("he", "him", "his", "she", "her", "hers")
    for t in reversed(doc[start:h.i]):
        if t.ent_type_ == "PERSON":
            return None  # a name is nearer: the entity index decides
        if singular and t.tag_ == "NNS" or h.dep_ in ("dobj", "dative", "pobj") \
                and t.head.i == h.head.i:
            continue  # "Prosecutors accused him": not the plural, not his own verb's subject
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (
                t.lemma_.lower() in _PERSON_ROLES
                or t.tag_ == "NN" and t.lower_ in _ONE_PERSON):
            return t
    return None


_GROUPS = {"crowd", "mob", "family", "gang", "cartel", "youth"}
# nouns that tell one person, to which a later "he" or "she" may refer
_ONE_PERSON = {w for w, sector in lx.SECTOR_WORDS.items() if sector in ("civilians", "criminals")
               and not w.endswith("s") and w not in _GROUPS} | {
    "man", "person", "suspect", "defendant", "gunman", "attacker", "assailant", "inmate",
    "prisoner"}
# what a person has that acts on its own ("Khan's party said it would appeal")
_OWNED = {"party", "government", "family", "lawyer", "lawyers", "camp", "office",
          "administration", "campaign", "ally", "allies", "supporters", "aide", "aides",
          "movement", "team"}
_PERSON_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "minister",
                 "commander", "president", "governor", "mayor", "prosecutor", "judge",
                 "ambassador", "envoy", "negotiator", "leader", "general", "officer"}


def _actor_head(h: Token) -> bool:
    """Whether a phrase head can be an actor: a sector noun, a country name, a person word."""
    low, lemma = h.lower_, h.lemma_.lower()
    if low in lx.SECTOR_WORDS or lemma in lx.SECTOR_WORDS or low in lx.ACTOR_NOUNS \
            or lemma in lx.ACTOR_NOUNS:
        return True
    if lemma == "bomber" and not weapon_noun(h):
        return True  # "a suicide bomber"
    if h.pos_ == "NOUN" and lx.agent_sector(low, lemma) is not None:
        return True
    return h.pos_ == "PROPN" and country_of(h.text) is not None


def _entity_actor(ent, text: str, index: EntityIndex, words: list[str]) -> Actor:
    sector = sector_of(words, ent)
    return Actor(text=text, entity=ent.id, sector=sector,
                 country=None if sector == "igo" else index.country(ent))


def _trim(text: str) -> str:
    text = text.removesuffix("'s").removesuffix("’s")  # "summoned Britain's ambassador"
    if text.count('"') == 1 or text.count("“") + text.count("”") == 1:
        text = text.strip('"“” ')  # 'accusing "infiltrated groups" of': half a quotation
    for word in ("outside ", "inside ", "near "):  # "rallied outside parliament": the parser
        if text.startswith(word):                  # may hang the preposition on the noun
            text = text[len(word):]
    for det in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


_GENERAL_AFTER = {"manager", "counsel", "director", "secretary", "assembly", "election",
                  "public", "practitioner", "partner", "editor", "strike", "motors", "electric"}
_GENERAL_BEFORE = {"attorney", "secretary", "solicitor", "inspector", "auditor", "surgeon",
                   "consul", "procurator", "prosecutor"}


def _civil_general(words: list[str]) -> list[str]:
    """Words without a "general" that is no army rank ("general manager", "attorney general")."""
    out = []
    for k, w in enumerate(words):
        if w == "general" and (
                (k + 1 < len(words) and words[k + 1].strip("-") in _GENERAL_AFTER)
                or (k > 0 and words[k - 1].strip("-") in _GENERAL_BEFORE)):
            continue
        out.append(w)
    return out


def sector_of(words: list[str], ent=None) -> str | None:
    """Sector from the entity's titles (their head word first), then the phrase's words."""
    titles = [" ".join(_civil_general(t.lower().split()))
              for t in getattr(ent, "titles", None) or []]
    titles = [t for t in titles if t]
    words = _civil_general(words)
    if ent is not None and getattr(ent, "type", "") == "ORG" \
            and known_group(getattr(ent, "name", "")) is not None:
        return "rebels"  # "the National Liberation Army": an armed group, whatever its name
    if ent is not None and getattr(ent, "type", "") == "PERSON" \
            and getattr(known_actor(getattr(ent, "name", "")), "role", None) == "IGO":
        return "igo"  # "Guterres said": the UN's chief speaks for it, not for Portugal
    for w in [*words, *(x for t in titles for x in t.lower().split())]:
        if w in lx.SECTOR_MODIFIERS:
            return lx.SECTOR_MODIFIERS[w]
    for title in titles:
        tw = title.lower().split()
        head = tw[tw.index("of") - 1] if "of" in tw and tw.index("of") > 0 else tw[-1]
        for w in [head, *tw]:
            if w in lx.SECTOR_WORDS:
                return lx.SECTOR_WORDS[w]
    # the phrase's head noun decides ("defence minister" is government, "army chief" military)
    for w in reversed(words):
        if w in ("minister", "secretary", "president", "governor", "official", "officials",
                 "ministry", "spokesman", "spokeswoman", "spokesperson"):
            return "government"
    name = getattr(ent, "name", "") if ent is not None else ""
    if getattr(ent, "type", "") == "ORG" and (len(name.split()) > 1 or name.isupper()) \
            and name.lower().split()[-1] in words and international_body(name):
        # the phrase is the body's name: "the African Union Commission", "the European
        # Commission" are no state's (a bare "Commission" may be a national one's name cut
        # short; "European companies" are businesses, whatever entity "European" names)
        return "igo"
    for w in reversed(words):
        if w in lx.SECTOR_WORDS:
            return lx.SECTOR_WORDS[w]
    if "armed" in words:
        return "rebels"  # "armed men", "armed groups" (but "armed forces" are the military)
    for w in reversed(words):  # Phoenix's agent nouns: "the junta", "magistrates"
        sector = lx.agent_sector(w, w[:-1] if w.endswith("s") else None)
        if sector is not None:
            return sector
    if ent is not None and getattr(ent, "type", "") == "GPE":
        return "government"
    if ent is not None and getattr(ent, "type", "") == "ORG" and \
            getattr(ent, "name", "") in INTERNATIONAL_BODIES:
        return "igo"  # "the Arab League called for calm"
    return None


# acts an authority orders done, and does by ordering them ("ordered the release of X")
_ORDERED_ACTS = frozenset({"release", "expulsion", "deportation", "detention", "arrest",
                           "extradition"})
_ORDERED_KEYS = frozenset(f"order {done}" for done in {*_ORDERED_DONE.values(), "expel"})


def verb_actors(c: Candidate, role: str, index: EntityIndex) -> None:
    """Fill actor1/actor2 of a verb trigger from its dependents."""
    tok = c.trigger
    subj, passive = _subject(tok)
    if not passive and tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(
            ch.dep_ == "dobj" for ch in tok.children) and any(
            ch.dep_ in ("auxpass", "nsubjpass") for ch in tok.head.children):
        passive = True  # "three miners were killed and 11 wounded": the passive goes on
    agent = None
    for ch in tok.children:
        if ch.dep_ == "agent":
            agent = next((p for p in ch.children if p.dep_ == "pobj"), None)
    obj = next((ch for ch in tok.children if ch.dep_ in ("dobj", "dative")), None)
    misparsed = _verb_read_as_adjective(tok)
    if misparsed is not None:
        subj, obj = misparsed
        passive = False
    if obj is None and not passive:
        # "detained opposition leader Maria Corina Machado": a parse that hangs the object on
        # the verb as an adverbial noun; a date or time ("said Tuesday") is none
        obj = next((ch for ch in tok.children if ch.dep_ == "npadvmod" and ch.i > tok.i
                    and ch.pos_ in ("NOUN", "PROPN") and not ch.ent_type_
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in ch.subtree)), None)
    if obj is None and not passive and tok.i + 1 < len(tok.doc):
        # "accused neighbouring Eritrea", "indicted impeached President Yoon": the parse makes
        # the participle before the object a verb of its own and hangs the object on it
        part = tok.doc[tok.i + 1]
        if part.head.i == tok.i and part.dep_ in ("xcomp", "advcl", "ccomp") \
                and part.tag_ in ("VBG", "VBN", "VBD") and not any(
                    ch.dep_ in ("nsubj", "aux", "mark") for ch in part.children):
            obj = next((ch for ch in part.children if ch.dep_ == "dobj"
                        and ch.pos_ == "PROPN" and ch.i > part.i), None)
    prep_obj = None
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in _PREPS_ACTOR2:
            prep_obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if prep_obj is not None and tok.lemma_.lower() in _MOTION \
                    and prep_obj.ent_type_ in ("GPE", "LOC", "FAC"):
                prep_obj = None  # "returned to Cairo for talks": where they went
            if prep_obj is not None and (prep_obj.ent_type_ in ("DATE", "TIME")
                                         or prep_obj.i in c.actor_tokens):
                prep_obj = None  # "on Tuesday"; "respond with force": the trigger's own noun
            if prep_obj is not None and ch.lower_ == "with" and role != "joint" \
                    and obj is not None and c.type in MATERIAL_CONFLICT \
                    and prep_obj.lemma_.lower() not in lx.ACTOR_NOUNS:
                prep_obj = None  # "attacked the outpost with drones": what they attacked with
            if prep_obj is not None:
                break
    if prep_obj is None:
        # "travel to Damascus for talks with Syria's authorities": the other side hangs on the
        # act noun the trigger's key took in ("travel for talk")
        prep_obj = next((p for i in sorted(c.actor_tokens) for n in [tok.doc[i]]
                         if n.dep_ == "pobj" and n.head.head.i == tok.i
                         for ch in n.children if ch.dep_ == "prep"
                         and ch.lower_ in ("with", "against")
                         for p in ch.children if p.dep_ == "pobj"), None)
    if prep_obj is None and c.type in MATERIAL_CONFLICT:
        prep_obj = _aim_beside(tok, obj)
    if prep_obj is None and obj is not None and obj.lemma_.lower() in _VOLLEYS | {"warrant"}:
        # "launched a barrage of missiles at Ukrainian cities": the volley's aim is the target;
        # "issued an arrest warrant for the former governor": the one it names
        at = next((ch for ch in obj.children if ch.dep_ == "prep"
                   and ch.lower_ in ("at", "on", "against", "into", "for")), None)
        prep_obj = next((p for p in at.children if p.dep_ == "pobj"), None) if at else None
    if c.key in _ORDERED_KEYS and (obj is None or obj.i in c.actor_tokens):
        obj = next((s for ch in tok.children if ch.dep_ in ("ccomp", "xcomp", "oprd")
                    for s in ch.children if s.dep_ in ("nsubj", "nsubjpass")), obj)
    if prep_obj is None and obj is not None and obj.i in c.actor_tokens \
            and obj.lemma_.lower() in _ORDERED_ACTS:
        # "ordered the release of activist X", "ordered the expulsion of the envoy": the one
        # the ordered act is done to
        of = next((ch for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        prep_obj = next((p for p in of.children if p.dep_ == "pobj"), None) if of else \
            next((p for p in obj.children if p.dep_ == "poss"), None)  # "Omtatah's release"
        if prep_obj is not None:
            obj = prep_obj
    a1 = a2 = None
    if agent is not None and not passive and subj is not None and tok.tag_ == "VBN":
        passive = True  # "a woman hit and killed by a motorist": a by-phrase makes it passive
    if passive and agent is None and _HARM.get(tok.lemma_.lower()) == c.type:
        agent = _when_subject(tok, index, c.type)  # "were injured when protesters threw stones"
    if passive and agent is None and c.type in ("ASSAULT", "COERCE"):
        agent = _frame_agent(tok)  # "was shot dead in a confrontation with a police team"
    if passive:
        a1, a2 = agent, subj
    elif role == "patient":
        a1, a2 = agent, subj
    else:
        a1 = subj
        a2 = obj if obj is not None and obj.i not in c.actor_tokens and not (
            c.type == "REQUEST" and tok.lemma_.lower() in _ASKED_FOR) else None
        # ("demanded more detectives", "sought guarantees": what is asked, not who)
        if a2 is None or make_actor(a2, index, c.type) is None:
            a2 = prep_obj
        if (a2 is None or make_actor(a2, index, c.type) is None) and obj is not None \
                and obj.pos_ == "NOUN" and not (
                    c.type == "ACCUSE" and obj.lemma_.lower() not in _COMPLAINTS):
            # (but "condemned the violence against demonstrators": those the condemned act
            # was done to are not the side condemned; "filed a complaint against X" is)
            # "signed an agreement with Y", "imposed sanctions on Y", "launched an attack
            # against Y": the object's own phrase names the other side
            a2 = next((p for ch in obj.children if ch.dep_ == "prep"
                       and ch.lower_ in ("with", "against", "on", "to", "upon", "into")
                       for p in ch.children if p.dep_ == "pobj"), None)
            if a2 is not None and make_actor(a2, index, c.type) is None:
                a2 = None
            a2 = a2 if a2 is not None else prep_obj
        if role == "joint" and subj is not None:  # the other side of talks, a deal, a clash
            if a2 is None or make_actor(a2, index, c.type) is None:
                a2 = next((x for x in subj.children if x.dep_ == "conj"), None)
            if a2 is None:
                # "X and Y signed": a parse that gives the verb two subjects, no conjunct
                other = next((x for x in tok.children if x.dep_ == "nsubj" and x.i != subj.i),
                             None)
                if other is not None:
                    a1, a2 = sorted((subj, other), key=lambda t: t.i)
            if a2 is None:
                # "negotiators from Hamas and Israel returned for talks": the two sides
                a2 = next((x for x in subj.subtree if x.dep_ == "conj"
                           and x.head.dep_ == "pobj" and x.head.head.head.i == subj.i), None)
                if a2 is not None:
                    a1 = a2.head
    if a1 is None and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # "Russian shelling killed two civilians": a gerund used as a noun names its side
        a1 = next((ch for ch in tok.children if ch.dep_ in ("amod", "compound", "poss")
                   and country_of(ch.text)), None)
    c.actor1 = make_actor(a1, index, c.type) if a1 is not None else None
    c.actor2 = make_actor(a2, index, c.type) if a2 is not None else None
    if passive and subj is not None and c.type == "ASSAULT" and weapon_noun(subj):
        c.implied_source = True  # "a grenade was lobbed into a bus station"
    if a1 is not None and c.actor1 is None:
        if a1.pos_ == "PRON":
            c.pronoun_subject = a1.lower_ in ("they", "we", "it", "i")
        elif (a1.pos_ in ("NOUN", "PROPN") or a1.tag_ == "VBG") and weapon_noun(a1):
            c.implied_source = True  # "a roadside bomb killed five soldiers": unnamed authors
            side = next((m for m in a1.children if m.dep_ in ("amod", "compound", "poss")
                         and country_of(m.text)), None)
            if side is not None:  # "Russian missiles struck ...": Russia's
                c.actor1 = make_actor(side, index, c.type)
        elif a1.pos_ == "NOUN" and a1.lemma_.lower() in _CRAFT and (side := next(
                (m for m in a1.children if m.dep_ in ("amod", "compound", "poss")
                 and country_of(m.text)), None)) is not None:
            c.actor1 = make_actor(side, index, c.type)  # "the Chinese ship had rammed": China
        elif a1.pos_ in ("NOUN", "PROPN"):
            c.nonactor_subject = True  # "an earthquake killed ...": not a political event
    if (c.actor2 is None or tok.lemma_.lower() in _OPPOSING) and obj is not None \
            and obj.pos_ == "NOUN":
        # "repelled an attack by militants": the attackers are the other side (not the base
        # they attacked: "repelled an attack by militants on an army base")
        by = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"), None)
        who = next((p for p in by.children if p.dep_ == "pobj"), None) if by else None
        if who is not None:
            c.actor2 = make_actor(who, index, c.type) or c.actor2
    if c.actor2 is None and c.type == "ASSAULT" and c.key in TAKE_GROUND:
        # "recaptured a bridge in Omdurman from the RSF": the side that lost it
        c.actor2 = _taken_from(tok, obj, index, c.type)
    if c.actor2 is None and c.type == "ASSAULT" and obj is not None:
        # "bombed targets in Gaza": the place attacked stands for its side
        places = [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("in", "inside")
                  for p in ch.children if p.dep_ == "pobj"]
        for t in [*obj.subtree, *places]:
            if t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ in ("in", "inside"):
                c.actor2 = make_actor(t, index, c.type)
                break
    if c.actor2 is None and c.type in (VERBAL - {"CONSULT"}) | {"SANCTION"} and not c.learned:
        # (not for a verb the scorer alone codes: "headed Nixon's committee" is no dyad)
        c.actor2 = _owner(obj, index, c.type, c.actor1)
    if c.actor2 is None and c.type in ("THREATEN", "REQUEST", "AGREE", "REJECT"):
        c.actor2 = _inner_target(tok, index, c.type)
    condition = _conditional_threat(tok) if c.type == "THREATEN" else None
    if condition is not None:
        c.learned = False  # the form of a threat ("would ... if"), not the scorer alone, says so
    if c.actor2 is None and condition is not None:
        c.actor2 = make_actor(condition, index, c.type)
    if c.actor2 is None and c.type == "THREATEN":
        # "threatened to resume operations if Hamas did not disarm": the one the condition
        # asks to act is the one threatened
        cond = next((x for h in [tok, *(x for x in tok.children if x.dep_ == "xcomp")]
                     if (x := if_clause(h)) is not None), None)
        who = next((s for s in cond.children if s.dep_ == "nsubj" and s.pos_ != "PRON"),
                   None) if cond is not None else None
        if who is not None:
            c.actor2 = make_actor(who, index, c.type)
    if c.type == "THREATEN" and c.actor2 is None and not any(
            ch.dep_ == "xcomp" for ch in c.trigger.children) and condition is None \
            and not (obj is not None and obj.lemma_.lower() in _THREATENED_FORCE) \
            and _warning(c.trigger) is None \
            and (
            c.key == "threaten" or c.key == c.trigger.lemma_.lower() and lx.VERBS.get(c.key)
            is None):
        # "threatened regional stability", "warned that the situation is dangerous": no act
        # is threatened
        c.hypothetical = True
    if c.key == "host" and obj is not None and obj.ent_type_ not in _HOSTED_KINDS \
            and obj.lemma_.lower() not in lx.NOUNS and obj.lemma_.lower() not in _HOSTED:
        # "Chile hosts a share of the world's telescopes", "the city hosts the World Cup": a
        # host of things or games meets nobody
        c.hypothetical = True
    if tok.lemma_.lower() == "strike" and obj is not None and obj.lemma_.lower() in _STRUCK_WORDS:
        c.hypothetical = True  # "struck a sharper tone", "struck a balance": a manner of speech
    if tok.lemma_.lower() in _TIES and tok.tag_ in ("VBN", "VBD") and obj is None \
            and any(ch.dep_ == "prep" and ch.lower_ in ("to", "with") for ch in tok.children):
        # "insurgents linked to the Islamic State group" (the tagger may read "linked" as
        # the sentence's verb): an affiliation that says who they are, no act
        c.hypothetical = True
    if c.key == "push back" and obj is None and not any(
            ch.dep_ in ("nsubjpass", "auxpass") for ch in c.trigger.children):
        # "has pushed back against Chinese actions": resisted in words ("pushed back the
        # rebels", "were pushed back by police" drive a force back)
        c.type, c.mode = "REJECT", None
    if c.key in lx.GENERIC_TRANSFER or c.key == "send troops":
        _transfer(c, obj)  # (troops sent: to a side is aid, within one's own land deployment)
    if c.type in ("AGREE", "SUPPORT") and obj is not None and any(
            t.lemma_.lower() in _PENALTIES for t in obj.subtree) \
            and tok.lemma_.lower() not in _JUDGING | {"support", "back", "endorse"}:
        # ("welcomed the sanctions", "backed sanctions": a stance on them, not imposing them)
        # "leaders agreed a new package of sanctions against Russia": the agreement imposes
        c.type, c.mode = "SANCTION", None
        if c.actor2 is None:
            on = next((p for t in obj.subtree if t.dep_ == "prep"
                       and t.lower_ in ("against", "on") for p in t.children
                       if p.dep_ == "pobj"), None)
            c.actor2 = make_actor(on, index, c.type) if on is not None else None
    if c.type == "SUPPORT" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        c.hypothetical = True  # "police backed by helicopters": a description, not an act
    seized = subj if passive else obj
    if c.key == "hijack" and seized is not None and seized.lemma_.lower() not in HIJACKED \
            and seized.ent_type_ not in ("PERSON", "ORG", "PRODUCT"):
        c.hypothetical = True  # "the protests had been hijacked by ...": a figure of speech
    if c.key == "suspend" and (obj is None or obj.lemma_.lower() not in _SUSPENDED):
        c.hypothetical = True  # "suspending broadcasts": no ties or talks broken off
    if tok.head.lemma_.lower() in _STATES and tok.dep_ in ("acomp", "xcomp", "oprd", "attr") \
            and tok.tag_ == "VBN" and c.type in ("COERCE", "SANCTION"):  # (campuses that
        # "remain occupied" are a protest going on)
        c.hypothetical = True  # "1,700 people remain jailed": a state, not a new act
    if c.type == "COERCE" and (c.key == "block" or c.key.endswith(" roadblock")) \
            and c.actor1 is not None and c.actor1.sector not in _STATE_SECTORS \
            and (c.key != "block" or c.actor1.sector in ("civilians", "opposition")):
        # "students blocked a major intersection", "coca growers set up roadblocks" (police
        # roadblocks restrict)
        c.type, c.mode = "PROTEST", "obstruct"
    if c.mode == "censor" and (c.actor1 is None or c.actor1.sector not in _STATE_SECTORS):
        # "the junta suspended the broadcasts of France 24" is censorship; "journalists
        # walked off the job, suspending broadcasts" is a strike
        c.hypothetical = True
    if tok.lemma_.lower() == "plead" and any(t.lower_ in ("guilty", "innocent")
                                             for t in tok.subtree):
        c.hypothetical = True  # "pleaded guilty": a plea in court, no appeal to anyone
    if c.type == "ASSAULT" and tok.lemma_.lower() == "target" and any(
            t.lemma_.lower() in _PENALTIES for t in tok.sent):
        c.hypothetical = True  # "sanctions targeting its gas exports": aimed, not attacked
    if c.type == "RETREAT" and c.mode == "release" and obj is not None and (
            obj.lemma_.lower() in _RELEASED_THINGS or _in_quotes(obj)):
        c.hypothetical = True  # "released a film", "released 'The Notorious Bettie Page'"
    returner = index.by_id(c.actor1.entity) if c.actor1 is not None else None
    if c.type == "RETREAT" and c.mode == "return" and returner is not None \
            and returner.type == "PERSON":
        c.hypothetical = True  # "LaRue returned to his home state": a life, not a return

    if c.type == "ASSAULT" and c.actor2 is None and not passive and obj is not None \
            and obj.lemma_.lower() in _FREED and obj.lemma_.lower() not in ("soldier", "suspect"):
        start, end = _phrase(obj)  # "abducted at least 50 students": people, the victims
        c.actor2 = Actor(text=_trim(obj.doc[start:end].text), entity=None, country=None,
                         sector="civilians")
    if c.actor2 is None and c.type in ("COERCE", "SANCTION", "ASSAULT"):
        counted = _counted_people(subj if passive else obj)
        if counted is not None:
            # "Six suspected informants were arrested", "sentenced 23 opposition figures":
            # people counted, the ones it was done to, though no political actor
            start, end = _phrase(counted)
            c.actor2 = Actor(text=_trim(counted.doc[start:end].text), entity=None,
                             country=None, sector="civilians")
    if c.type == "RETREAT" and c.mode == "release" and c.actor2 is None:
        # "the data released by the ministry", "released a statement": no one set free
        freed = subj if passive else obj
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            freed = tok.head
        if freed is not None and freed.lemma_.lower() in _FREED:
            start, end = _phrase(freed)  # "two hostages": people, though no political actor
            c.actor2 = Actor(text=_trim(freed.doc[start:end].text), entity=None, country=None,
                             sector="civilians")
        elif freed is not None and freed.pos_ == "NOUN":
            c.hypothetical = True
    if tok.lemma_.lower() == "agree" and any(ch.dep_ == "ccomp" for ch in tok.children) \
            and not any(ch.dep_ in ("prep", "xcomp", "dobj") for ch in tok.children):
        c.hypothetical = True  # "both agree that the train is a good alternative": an opinion
    if c.actor1 is not None and c.actor2 is not None and \
            c.actor1.text.lower() == c.actor2.text.lower():
        c.actor1 = None  # one phrase cannot be both sides ("journalists who languish in jails")
    if c.type == "RETREAT" and c.mode == "withdraw" and obj is not None and (
            people_noun(obj) and obj.lemma_.lower() not in _FORCES | {"soldier"}
            or obj.lemma_.lower() in _RESCUED):
        c.hypothetical = True  # "pulling relatives out with their bare hands": a rescue
    where = _water_or_road(a2) if c.actor2 is not None and a2 is not None else None
    if where == "water" and c.type == "ASSAULT" and c.mode == "heavy-weapons":
        # "fired missiles into the East Sea": a launch into the sea, no one attacked
        c.type, c.mode, c.actor2 = "MOBILIZE", "weapons", None
    elif where is not None and c.type == "PROTEST":
        c.actor2 = None  # "protesters who had blocked Rustaveli Avenue": where, not whom
    for t in (a1, a2):
        if t is not None:
            c.actor_tokens.update(range(*_phrase(t)))
            c.actor_subtrees.update(x.i for x in t.subtree)


_AIMS = frozenset({"at", "on", "against", "upon"})


def _aim_beside(tok: Token, obj: Token | None) -> Token | None:
    """Whom an act was aimed at when the parse hangs "at ..." elsewhere: on a verb joined to
    the trigger that shares its subject ("fired tear gas and live ammunition at protesters",
    "live" read as a verb), or on the trigger's object and the objects joined to it."""
    holders = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
               and lx.VERBS.get(verbs.verb_lemma(c)) is None  # (not an act of its own)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if obj is not None:
        holders += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _AIMS:
                aim = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if aim is not None and aim.ent_type_ not in ("DATE", "TIME"):
                    return aim
    return None


_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "waters", "river", "lake"})
_ROAD_WORDS = frozenset({"avenue", "road", "street", "highway", "boulevard", "square", "bridge",
                         "motorway", "expressway"})


def _water_or_road(tok: Token) -> str | None:
    """"water" or "road" for an argument that is a body of water or a road, no side to an
    act ("the East Sea", "Rustaveli Avenue", "the main highway"), else None."""
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return None
    low = tok.lemma_.lower()
    if low in _WATER_WORDS:
        return "water"
    if low in _ROAD_WORDS:
        return "road"
    return None


# verbs of taking ground, whose "from" names the side that held it
TAKE_GROUND = {"capture", "recapture", "regain control", "regain", "retake", "seize"}


def _taken_from(tok: Token, obj: Token | None, index: EntityIndex, etype: str):
    heads = {tok.i} | ({t.i for t in obj.subtree} if obj is not None else set())
    for t in (obj.subtree if obj is not None else ()):
        if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i in heads \
                and t.ent_type_ not in ("GPE", "LOC", "FAC"):
            return make_actor(t, index, etype)
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ == "from":
            t = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if t is not None and t.ent_type_ not in ("GPE", "LOC", "FAC"):
                return make_actor(t, index, etype)
    return None


def _owner(obj: Token | None, index: EntityIndex, etype: str, actor1: Actor | None):
    """Whose proposal or goods: 'rejected a Ukrainian proposal', 'a ban on Russian diamonds'."""
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    for t in obj.subtree:
        if t.i == obj.i or t.dep_ not in ("poss", "amod", "compound", "pobj"):
            continue
        if t.dep_ == "pobj" and t.head.lower_ not in ("by", "from", "of", "on"):
            continue
        actor = make_actor(t, index, etype)
        if actor is not None and actor.country and (
                actor1 is None or actor1.country != actor.country):
            return actor
    return None


def _inner_target(tok: Token, index: EntityIndex, etype: str):
    """'threatened to retaliate against European companies': the target of the inner act;
    'demanded that the government hold elections': the subject asked to act; 'demanded the
    resignation of the economy minister': the one to go."""
    for x in tok.children:
        if x.dep_ == "dobj" and x.lemma_.lower() in _OUSTINGS and etype in ("REQUEST", "REJECT"):
            of = next((p for p in x.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            who = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
            actor = make_actor(who, index, etype) if who is not None else None
            if actor is not None:
                return actor
    if etype == "REQUEST":
        # "demanded an apology from Moscow", "sought assurances from the government": the one
        # asked gives it (not "the withdrawal of troops from the region", an act's place)
        hosts = [tok, *(x for x in tok.children if x.dep_ == "dobj"
                        and x.lemma_.lower() not in lx.NOUNS)]
        who = next((p for h in hosts for x in h.children if x.dep_ == "prep"
                    and x.lower_ == "from" for p in x.children if p.dep_ == "pobj"), None)
        actor = make_actor(who, index, etype) if who is not None else None
        if actor is not None:
            return actor
    for x in tok.children:
        if x.dep_ == "ccomp" and etype in ("REQUEST", "REJECT"):
            subj = next((c for c in x.children if c.dep_ == "nsubj"), None)
            actor = make_actor(subj, index, etype) if subj is not None else None
            if actor is not None:
                return actor
        if x.dep_ != "xcomp":
            continue
        for ch in x.children:
            if ch.dep_ == "dobj":
                actor = make_actor(ch, index, etype)
                if actor is not None:
                    return actor
            if ch.dep_ in ("ccomp", "xcomp"):  # "agreed to help Vietnam build a port"
                inner = next((c for c in ch.children if c.dep_ == "nsubj"), None)
                actor = make_actor(inner, index, etype) if inner is not None else None
                if actor is not None:
                    return actor
            if ch.dep_ == "prep" and ch.lower_ in ("against", "on", "with"):
                pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return make_actor(pobj, index, etype)
    return None


# what is asked of an office-holder: to go ("the resignation of the minister")
_OUSTINGS = frozenset({"resignation", "removal", "dismissal", "ouster", "impeachment",
                       "sacking", "firing", "departure", "recall"})


# verbs of harm whose passive names its victims, and the act that harmed them in a "when"
# clause ("twelve officers were injured when protesters threw stones")
_HARM = {"kill": "ASSAULT", "injure": "ASSAULT", "wound": "ASSAULT", "hurt": "ASSAULT"}


def _when_subject(tok: Token, index: EntityIndex, etype: str) -> Token | None:
    """The subject of a "when"/"as" clause of a passive verb of harm, if it names an actor
    (the clause may hang on the harm joined to it: "a worker was killed and dozens were
    injured when police fired")."""
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        joined.append(tok.head)
    # (or on the day the harm is dated by: "were injured on Friday when police fired")
    days = [p for v in (tok, *joined) for pr in v.children if pr.dep_ == "prep"
            for p in pr.children if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")]
    for cl in [c for v in (tok, *joined, *days) for c in v.children]:
        if cl.dep_ in ("advcl", "relcl") and cl.pos_ == "VERB" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in cl.children):
            subj = next((x for x in cl.children if x.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") \
                    and make_actor(subj, index, etype) is not None:
                return subj
    return None


# verbs whose subject undergoes what the warning threatens ("would face bombing", "would pay
# a heavy price")
_SUFFER = frozenset({"face", "suffer", "pay", "bear", "regret", "receive"})


def _conditional_threat(tok: Token) -> Token | None:
    """'warned that Israel would "return Lebanon to the Stone Age" if Hezbollah widened the
    conflict': a reported act on a condition is the form of a threat, whatever the act.
    Returns the condition's subject (the one warned), or the act's object, or the clause."""
    for cl in tok.children:
        if cl.dep_ != "ccomp" or not any(a.lower_ in ("would", "will", "'ll") and a.dep_ == "aux"
                                         for a in cl.children):
            continue
        x = if_clause(cl)
        if x is None:
            continue
        subj = next((s for s in x.children if s.dep_ == "nsubj"), None)
        obj = next((o for o in cl.children if o.dep_ == "dobj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
        # "Iran would face bombing if it did not reach a deal": who would suffer it
        sufferer = next((s for s in cl.children if s.dep_ == "nsubj"), None)
        if cl.lemma_.lower() in _SUFFER and sufferer is not None \
                and sufferer.pos_ != "PRON":
            return sufferer
        return obj or cl
    return None


def if_clause(tok: Token) -> Token | None:
    """The condition a verb's act is made on: its "if" or "unless" clause."""
    return next((x for x in tok.children if x.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children)), None)


# what an army sends that is itself a force: its sending is a deployment ("sent warships")
_FORCES = frozenset({"troop", "soldier", "force", "warship", "ship", "jet", "aircraft", "plane",
                     "tank", "vessel", "fighter", "bomber", "destroyer", "frigate", "carrier",
                     "submarine", "battalion", "brigade", "unit", "marine", "paratrooper"})


def _transfer(c: Candidate, obj: Token | None) -> None:
    """'send/provide/give X to Y' is AID when X is material and Y an actor; 'deploy rescuers'
    is humanitarian aid rather than mobilization."""
    words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    mode = next((m for m, cues in lx.AID_MODES.items() if words & cues), None)
    if c.type == "MOBILIZE":
        if mode == "humanitarian":
            c.type, c.mode = "AID", "humanitarian"
        return
    sent = obj
    if sent is not None and (sent.lemma_.lower() in lx.QUANTITY_HEADS or sent.pos_ == "NUM"):
        of = next((p for p in sent.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        sent = next((p for p in of.children if p.dep_ == "pobj"), sent) if of else sent
    if sent is not None and sent.lemma_.lower() in _FORCES and c.trigger.lemma_.lower() in (
            "send", "dispatch"):
        # "sending dozens of warships toward the island": a deployment, unless to a side
        to = next((p for p in c.trigger.children if p.dep_ in ("prep", "dative")
                   and p.lower_ == "to"), None)
        rec = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        side = make_actor(rec, c.index, c.type) if rec is not None \
            and rec.ent_type_ in ("GPE", "ORG", "NORP") else None
        own = c.actor1.country if c.actor1 is not None else None
        geo = getattr(c.index.by_id(side.entity), "geo", None) \
            if side is not None and side.entity else None
        if side is None or side.country is not None and side.country == own \
                or geo is not None and geo.kind != "country" and own is not None:
            # "sent troops toward the island", "sent extra troops to the state", "is sending
            # troops to the Catatumbo region": deployed (a region is no side to aid)
            c.type, c.mode, c.actor2 = "MOBILIZE", "troops", None
            return
        c.actor2, c.mode = side, "military"
        return
    if obj is None or obj.lemma_.lower() in lx.NOT_MATERIAL or mode is None:
        c.hypothetical = True  # not an event: drop
        return
    if c.actor2 is None:
        to = next((p for p in c.trigger.children if p.dep_ in ("prep", "dative")
                   and p.lower_ == "to"), None)
        rec = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        if rec is None and obj is not None:
            to = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "to"), None)
            rec = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        if rec is not None:
            c.actor2 = make_actor(rec, c.index, c.type)
    if c.actor2 is None:
        c.hypothetical = True
        return
    c.mode = c.mode or mode


def _calls_for(tok: Token) -> Token | None:
    """The "for" phrase of the noun "call(s)", or of its verb right after the noun's phrase
    ("prompting calls from Chisinau for his release": the parse hangs it on the verb)."""
    own = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if own is not None or tok.dep_ != "dobj":
        return own
    return next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for"
                 and c.i == tok.right_edge.i + 1), None)


def _for_clauses(tok: Token) -> list[Token]:
    """Clauses 'for X to Y' of a noun, or of its verb right after the noun."""
    def for_clause(cl: Token) -> bool:
        return cl.dep_ in ("acl", "relcl", "advcl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in cl.children)
    out = [cl for cl in tok.children if for_clause(cl)]
    if not out and tok.dep_ == "dobj":
        out = [cl for cl in tok.head.children if cl.i > tok.i and for_clause(cl)
               and cl.left_edge.i == tok.right_edge.i + 1]
    return out


# verbs of a state one is in ("remained in detention"; not "are under arrest": news)
_STATES = {"remain", "stay", "languish", "spend"}
# words that tie a group to acts of its past ("militants involved in attacks")
_INVOLVED = {"involved", "responsible", "implicated", "behind", "blamed", "wanted", "known"}
# verbs that punish someone for an act (their object did it)
_PUNISHING = {"sentence", "convict", "jail", "imprison", "charge", "arrest", "detain", "fine",
              "punish", "indict", "prosecute", "try", "execute", "hang", "sanction", "blame"}
# what befalls an agreement already made
_BREACHES = frozenset({"violation", "breach", "term", "implementation", "collapse", "spirit",
                       "anniversary", "text", "framework", "signatory"})
# what "strike" takes in a figure of speech
_STRUCK_WORDS = frozenset({"tone", "note", "chord", "balance", "pose", "figure", "nerve"})
# what a host receives for talks: a person, a delegation, a country's envoys
_HOSTED_KINDS = {"PERSON", "ORG", "GPE", "NORP"}
_HOSTED = {"delegation", "leader", "counterpart", "minister", "president", "envoy", "official",
           "officials", "delegate", "visitor", "guest", "team", "representative", "head",
           "meeting", "summit", "conference", "round", "forum", "dialogue", "negotiator"}


# verbs that judge or look into an act someone else did: "the party called the arrest
# politically motivated", "the EU condemned the crackdown" (the subject is not its author)
_JUDGING = {"call", "describe", "condemn", "denounce", "criticize", "criticise", "welcome",
            "praise", "hail", "slam", "decry", "blast", "deplore", "mourn", "investigate",
            "probe", "question", "dispute", "lament", "regret", "witness", "film", "document",
            # ... or speak of it: "the pope referred to the arrests in his prayer"
            "refer", "mention", "recall", "discuss", "address", "cite",
            # ... or judge it: "both governments find these clashes useful"
            "find", "consider", "deem", "view"}


def noun_actors(c: Candidate, role: str, index: EntityIndex) -> None:
    """Fill actors of an event noun: possessor, 'by X', 'between X and Y', its verb's subject."""
    tok = c.trigger
    a1 = a2 = trim = by_cut = None
    of_patient = False  # a2 came from "the <act> of X"
    for ch in tok.children:
        if ch.dep_ == "poss" and ch.pos_ == "PRON":
            continue  # "the party renewed its calls": the verb's subject says whose
        if ch.dep_ == "poss" and ch.ent_type_ in ("DATE", "TIME"):
            continue  # "Tuesday's attack": when, not whose
        if ch.dep_ == "poss" and (c.type, c.mode) in _DONE_TO:
            a2 = ch  # "his arrest", "the team's second such arrest": the one arrested
            of_patient = True
        elif ch.dep_ == "poss":
            a1 = ch
        elif ch.dep_ == "amod" and country_of(ch.text) and a1 is None:
            a1 = ch
        elif ch.dep_ == "prep":
            pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if ch.lower_ == "by":
                a1 = pobj
                # "the killing by police of a boy": the parser hangs the victim on the police
                of = next((x for x in pobj.children if x.dep_ == "prep" and x.lower_ == "of"),
                          None)
                victim = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
                if victim is not None and a2 is None:
                    a2, trim = victim, pobj
            elif ch.lower_ == "between":
                a1 = pobj
                a2 = next((x for x in pobj.children if x.dep_ == "conj"), None)
            elif ch.lower_ in ("with", "against", "on"):
                if a2 is None and pobj.ent_type_ not in ("DATE", "TIME"):
                    a2 = pobj  # (not "on Monday", nor over "the expulsion of X on Monday")
            elif ch.lower_ == "of":
                # "the expulsion of Russian diplomats", "the release of the hostages": a noun
                # of an act done to someone takes them in its "of" phrase
                if role == "patient" or c.type in ("ASSAULT", "COERCE", "SANCTION") or (
                        c.type, c.mode) == ("RETREAT", "release"):
                    a2 = pobj
                    of_patient = role != "patient"
                    # "the detention of a tanker by Estonian authorities": the parse hangs
                    # the doer on the one it was done to
                    by = next((x for x in pobj.children if x.dep_ == "prep"
                               and x.lower_ == "by"), None)
                    doer = next((x for x in by.children if x.dep_ == "pobj"), None) \
                        if by is not None else None
                    if doer is not None and a1 is None:
                        a1, by_cut = doer, by
                else:
                    a1 = a1 or pobj
        elif ch.dep_ == "acl":  # "the call, initiated by Austin"
            for g in ch.children:
                if g.dep_ == "agent":
                    by = next((p for p in g.children if p.dep_ == "pobj"), None)
                    if by is not None:
                        c.initiator = make_actor(by, index, c.type)
    head = tok.head
    if a1 is None and a2 is None and tok.dep_ == "nsubj" and head.i != tok.i:
        # "fighting broke out between the army and militants"
        for ch in head.children:
            pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if ch.dep_ == "prep" and ch.lower_ == "between" and pobj is not None:
                a1 = pobj
                a2 = next((x for x in pobj.children if x.dep_ == "conj"), None)
    if a1 is None and a2 is None and tok.dep_ == "pobj" and head.lower_ == "under":
        role = "patient"  # "two gang members are under arrest", "a ship under attack"
        c.patient = True
    if tok.dep_ == "pobj" and head.lower_ in ("in", "under") and (c.type, c.mode) == (
            "COERCE", "arrest") and head.head.lemma_.lower() in _STATES:
        c.hypothetical = True  # "remained in detention": a state, not a new arrest
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "involved in attacks ... and the killing of civilians"
    if first.dep_ == "pobj" and first.head.lower_ in ("in", "for") \
            and first.head.head.lower_ in _INVOLVED:
        c.background = True  # "militants involved in attacks on security forces": their past
    called = False
    if tok.lemma_.lower() == "call" and a2 is None:
        # "calls for the prime minister to quit": the one called on to act (the parser may
        # hang the clause on the noun or on its verb)
        for cl in _for_clauses(tok):
            a2 = next((x for x in cl.children if x.dep_ == "nsubj"), None)
            called = a2 is not None
            c.inner.add(cl.i)
        asked = _calls_for(tok)  # "calls for his release": the release is what is asked
        if asked is not None:
            c.inner.update(p.i for p in asked.children if p.dep_ == "pobj")
    if tok.lemma_.lower() == "demand" and c.type == "REQUEST" and a2 is None:
        # "repeated its demand that the prime minister resign": the one asked to act
        a2 = next((t for t in tok.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.i > tok.i),
                  None) or (next((t for x in head.children if x.dep_ == "ccomp" and x.i > tok.i
                                  for t in x.children if t.dep_ in ("nsubj", "nsubjpass")), None)
                            if tok.dep_ == "dobj" else None)
        called = a2 is not None
    # the verb's subject is the author of the act its object names ("Western countries
    # announced the expulsion of Russian diplomats"), unless the act befell it
    first_a2 = a2  # its actor is made once here and kept below unless a2 changes
    made_a2 = make_actor(a2, index, c.type) if a2 is not None else None
    # "an attack on the base": no side; "an attack on the army base": a side by a thing of
    # it, which leaves the attack's author to the verb's subject as well
    weak_a2 = a2 is not None and (made_a2 is None or thing_of_a_side(made_a2))
    if tok.dep_ == "pobj" and head.lower_ == "over" and head.head.pos_ == "VERB":
        c.background = True  # "imposed sanctions over the crackdown": the reason, told before
    owner = _owning_verb(tok)
    if owner is None and c.type == "REQUEST" and tok.dep_ == "dobj" and any(
            ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in tok.children):
        owner = head  # "repeated its demand", "reiterated their call": the subject's own
    if a1 is None and (a2 is None or called or of_patient or weak_a2 or owner is not None) \
            and tok.dep_ in ("dobj", "pobj", "attr") \
            and head.i != tok.i and not (tok.dep_ == "pobj"
                                         and head.lower_ in (*_WHEN_PREPS, "over")) \
            and not (tok.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ == "by")):
        # ("was alarmed by the shelling": the cause of a state, not the subject's act)
        # ("arrested after the raid": the raid was not theirs)
        verb = head.head if tok.dep_ == "pobj" and head.dep_ == "prep" else head
        if owner is not None:
            verb = owner  # "claimed responsibility for the bombing": the claimant's act
        if tok.dep_ == "pobj" and head.lower_ in ("in", "of") and verb.dep_ == "dobj" \
                and _amount(verb):
            verb = verb.head  # "announced $15 million in aid": the verb of the amount
        punished = next((x for x in verb.children if x.dep_ == "dobj"), None) \
            if tok.dep_ == "pobj" and head.lower_ in ("for", "over") \
            and verb.lemma_.lower() in _PUNISHING else None
        if punished is not None:
            a1 = punished  # "sentenced 12 men for an attack on a temple": theirs, not the court's
        elif verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() not in lx.REPORTING
                                                or verb.lemma_.lower() in _OWN_NEWS
                                                or owner is not None) \
                and verb.lemma_.lower() not in _JUDGING | lx.AVOID | _OPPOSING:
            # ("a navy ship thwarted a piracy attack": the subject is the other side)
            subj, passive = _subject(verb)
            if subj is not None and subj.lemma_.lower() in lx.NOUNS:
                subj = None  # "Navalny's arrest sparked protests": an event, not their author
            if c.type == "PROTEST" and verbs.verb_lemma(verb) not in _PROTEST_HOSTS:
                subj = None  # "police followed the march": not its marchers
            if subj is not None and not passive:
                if called:
                    a1 = subj  # "the opposition increased calls for the minister to quit"
                elif (role == "patient" or verb.lemma_.lower() in VICTIM_VERBS) \
                        and not of_patient and (a2 is None or weak_a2):
                    # "three bank workers died in a petrol bomb attack": the dead are its
                    # targets, never its authors (who are then unknown, not absent)
                    a2 = subj
                    c.implied_source = verb.lemma_.lower() in VICTIM_VERBS
                else:
                    a1 = subj
                    if role == "joint":
                        a2 = next((x for x in subj.children if x.dep_ == "conj"), None)
    if c.type == "AID" and a2 is None:
        # "humanitarian aid for Haiti", "a package of aid to Ukraine", "announced $15 million
        # in aid for Haiti": the recipient hangs on the noun, on the amount or on its verb
        hosts = [tok]
        if tok.dep_ == "pobj" and _amount(head.head):
            hosts += [head.head] + ([head.head.head] if head.head.dep_ == "dobj" else [])
        a2 = next((p for h in hosts for ch in h.children
                   if ch.dep_ == "prep" and ch.lower_ in ("to", "for")
                   for p in ch.children if p.dep_ == "pobj"
                   and p.ent_type_ not in ("DATE", "TIME", "MONEY")), None)
    if of_patient and a1 is None:
        c.implied_source = True  # "the arrest of three suspects": by the authorities
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be" and any(
            ch.dep_ in ("acomp", "attr") for ch in head.children):
        c.hypothetical = True  # "the trial had been fair": a judgement of an act told already
    if c.type == "AID" and tok.dep_ == "pobj" and head.lower_ == "for":
        c.hypothetical = True  # "turned to Russia for security assistance": sought, not given
    c.actor1 = make_actor(a1, index, c.type) if a1 is not None else None
    if a1 is not None and c.actor1 is None and a1.pos_ == "PRON" and tok.dep_ == "dobj":
        # "the union said it would observe a strike": the speaker, as for a verb's pronoun
        # (not "it's unlikely to have been an attack": a judgement, no one's act)
        c.pronoun_subject = a1.lower_ in ("they", "we", "it", "i")
    c.actor2 = made_a2 if a2 is first_a2 else \
        make_actor(a2, index, c.type) if a2 is not None else None
    if trim is not None and c.actor1 is not None and c.actor1.entity is None:
        c.actor1.text = _trim(trim.doc[trim.left_edge.i:trim.i + 1].text)
    if by_cut is not None and c.actor2 is not None and c.actor2.entity is None \
            and a2 is not None and a2.i < by_cut.i:
        c.actor2.text = _trim(by_cut.doc[_phrase(a2)[0]:by_cut.i].text)  # (not "by ...")
    for t in (a1, a2):
        if t is not None:
            c.actor_tokens.update(range(*_phrase(t)))


# "claimed responsibility for the bombing", "took credit for the attack": the subject owns the
# act named after "for" (its author by its own word: modality "claimed")
_ANSWERING = frozenset({"responsibility", "credit"})
_OWNING = frozenset({"claim", "take", "accept", "admit", "assume"})


def _owning_verb(tok: Token) -> Token | None:
    """The verb by which its subject owns the act a noun names: "claimed responsibility for
    the bombing", "took credit for the attack"."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "for" or head.head.lemma_.lower() not in _ANSWERING:
        return None
    noun = head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OWNING:
        return noun.head
    return None


# reporting verbs whose object act is the subject's own: "Japan announced new aid",
# "the EU unveiled sanctions" (not "reported an attack")
_OWN_NEWS = frozenset({"announce", "unveil"})


def _amount(tok: Token) -> bool:
    """A noun that counts what follows it: "$15 million (in aid)", "tonnes (of food)"."""
    return tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or tok.like_num \
        or tok.lemma_.lower() in lx.QUANTITY_HEADS | {"package", "tonne", "ton", "shipment",
                                                      "consignment", "truckload"}


# --- 3. modality -----------------------------------------------------------------------------

# a day the news happened on: an aside that names one tells the news, not the past
_NEWS_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "tonight", "now"})


def _aside_about_subject(tok: Token, nominal: bool = False) -> bool:
    """Is the trigger in an aside about the sentence's subject, set off by a comma, in the
    past and with no day of the news ("Petro, a former guerrilla who clashed with Trump over
    deportations, rejected ...", "Anwar, who helped broker the July ceasefire, said ...",
    "The junta, which seized power in 2020, ...")? Such an aside gives the actor's past:
    background."""
    cur = tok
    if nominal:  # "who clashed with Trump over deportations": the verb over the noun
        cur = next((t for t in _chain(tok)[1:] if t.pos_ in ("VERB", "AUX")), tok)
    path = [cur]
    for _ in range(4):  # "who helped broker": the trigger under its clause's verb
        if cur.dep_ == "relcl" or cur.dep_ not in ("xcomp", "conj"):
            break
        cur = cur.head
        path.append(cur)
    if cur.dep_ != "relcl":
        return False
    noun = cur.head
    first = cur.left_edge
    if first.lower_ not in ("who", "which", "whose"):
        return False
    if noun.dep_ == "appos":  # "Petro, a former guerrilla who ...": the comma before the appos
        first = noun.left_edge
    while noun.dep_ == "appos":
        noun = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or first.i == 0 or \
            first.doc[first.i - 1].text != ",":
        return False
    if noun.head.i < noun.i and noun.head.lemma_.lower() in lx.REPORTING:
        return False  # '"...," said X, who called on ...': the report goes on, no aside
    # in the past, active ("who seized", "who had led"); "who shot him and has now been
    # charged" is news
    if any(a.dep_ == "auxpass" or a.lower_ in ("has", "have") for v in path
           for a in v.children) or cur.tag_ != "VBD" and not (
            cur.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had"
                                      for a in cur.children)):
        return False
    return not any(t.lower_ in _NEWS_DAYS for t in cur.subtree)


def _chain(tok: Token) -> list[Token]:
    """The trigger and the verbs governing it, up to the sentence root."""
    out = [tok]
    cur = tok
    while cur.head.i != cur.i and len(out) < 8:
        cur = cur.head
        out.append(cur)
    return out


# people one sets free ("released two hostages"); another noun released is a thing
# people-nouns the sector and actor tables (lexicon.json, agents.tsv) lack, and the endings of
# nouns of a person's role or trade
_PEOPLE_NOUNS = frozenset({"businessman", "businessmen", "colleague", "elder", "figure", "friend",
                           "informant", "lawyer", "migrant", "parent", "pilgrim", "rescuer",
                           "shopkeeper", "survivor", "volunteer", "voter", "worshipper"})
_PERSON_ENDINGS = ("ist", "ian", "ant", "ent", "eer", "ee")


def _counted_people(tok: Token | None) -> Token | None:
    """The head of a counted group of people ("six suspected informants", "23 opposition
    figures", "hundreds of inmates"), or None (rockets, trucks and homes are no people)."""
    if tok is None or tok.pos_ not in ("NOUN", "NUM"):
        return None
    if tok.lemma_.lower() in lx.QUANTITY_HEADS or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
        if tok is None:
            return None
    elif not any(t.like_num for t in tok.doc[max(tok.left_edge.i - 1, tok.sent.start):tok.i]):
        return None  # (a parse may hang the number elsewhere: "Six suspected informants")
    return tok if people_noun(tok) else None


def people_noun(tok: Token) -> bool:
    """A plural noun of people ("informants", "families", "lawyers"), not of things."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and tok.i == tok.sent.start:
        # a capitalised first word is tagged a name and keeps its plural ("Families of ...")
        low = tok.lower_
        lemma = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
    elif tok.tag_ != "NNS" or weapon_noun(tok):
        return False
    return lemma in _FREED or lemma in _PEOPLE_NOUNS or lemma.endswith(_PERSON_ENDINGS) \
        or any(w in lx.SECTOR_WORDS or w in lx.ACTOR_NOUNS for w in (lemma, tok.lower_))


_FREED = {"hostage", "prisoner", "captive", "detainee", "inmate", "journalist", "activist",
          "soldier", "sailor", "crew", "passenger", "worker", "child", "woman", "man",
          "civilian", "people", "person", "student", "citizen", "national", "fisherman",
          "tourist", "suspect", "protester", "opponent", "dissident", "captain", "pilot"}
# what is hijacked in fact: a vehicle or people on it ("hijacked a bus")
HIJACKED = {"plane", "aircraft", "airliner", "jet", "flight", "ship", "vessel", "boat",
             "tanker", "freighter", "bus", "truck", "lorry", "car", "train", "convoy",
             "passenger", "crew", "hostage", "people", "tug", "dhow", "trawler", "helicopter",
             "sloop", "dinghy", "canoe", "yacht"}
# what a state suspends when it breaks something off ("suspended ties", "suspended talks")
_STATE_SECTORS = {"government", "military", "police", "judiciary", "legislature"}
_SUSPENDED = {"relation", "relations", "tie", "ties", "talk", "talks", "negotiation",
              "negotiations", "cooperation", "membership", "participation", "agreement",
              "deal", "treaty", "accord", "aid", "assistance", "funding", "exports", "imports",
              "flights", "trade", "contacts", "dialogue", "mission", "operations", "visas",
              # a permit withdrawn from a company, a broadcaster or a party
              "licence", "license", "permit", "accreditation", "registration", "concession",
              "contract"}
# nouns whose possessor is the one the act befell ("his arrest", "Navalny's release")
_DONE_TO = {("COERCE", "arrest"), ("RETREAT", "release"), ("SANCTION", "convict"),
            ("COERCE", "deport"), ("ACCUSE", "allege")}
# what rescuers pull out of rubble or water ("pulled out bodies"): no side withdraws
_RESCUED = {"body", "corpse", "remains", "survivor", "victim", "debris", "rubble", "wreckage"}
_RELEASED_THINGS = {"film", "movie", "album", "book", "report", "statement", "data",
                    "figure", "video", "footage", "song", "record", "result", "detail",
                    "list", "version", "game", "product", "app", "budget", "plan", "document",
                    "image", "photo", "photograph", "recording", "tape", "transcript",
                    "finding", "study", "survey", "guidance", "guideline", "memo", "letter",
                    "information", "name", "update", "trailer", "single", "edition", "series"}


def _in_quotes(tok: Token) -> bool:
    """Whether a word stands inside quotation marks in its sentence (a title): straight
    quotes left open, or more opening than closing marks (“ ”, `` '')."""
    before = tok.doc[tok.sent.start:tok.i].text
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") \
        or before.count("``") > before.count("''")


# verbs whose subject holds the protest its object names ("students staged a march")
_PROTEST_HOSTS = {"stage", "hold", "organize", "organise", "lead", "join", "launch", "call",
                  "begin", "start", "plan", "continue", "mount", "take", "announce",
                  "go", "end", "resume", "escalate", "step", "spearhead", "rally", "observe"}
_PENALTIES = {"sanction", "embargo", "tariff", "penalty"}
_WHEN_PREPS = {"after", "before", "during", "since", "following", "amid", "despite", "until"}
_DEONTIC = {"must", "should", "ought"}  # what someone is told to do has not happened
_MAY = {"would", "could", "might", "may"}
_GENERIC = {"many", "several", "numerous", "frequent", "repeated", "some", "most", "all",
            "such", "countless", "past", "previous", "earlier", "similar"}
# how an event noun hangs on the verb whose modal it takes (its object, its verb's conjunct)
_NOUN_LINKS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "conj", "xcomp"}


_LONG_SPANS = {"week", "month", "year", "decade"}


def _long_after(clause: Token) -> bool:
    """Whether an adverbial clause is introduced by "<weeks, months, years> after"."""
    after = [ch for ch in clause.children if ch.dep_ in ("mark", "prep")
             and ch.lower_ == "after"]
    for t in [clause, *after]:
        if any(ch.dep_ == "npadvmod" and ch.lemma_.lower() in _LONG_SPANS
               for ch in t.children):
            return bool(after)
    return False


# verbs that ask someone else to act: the act in their complement has not happened
_DIRECTIVE = {"order", "urge", "ask", "tell", "call", "invite", "encourage", "instruct",
              "direct", "request", "demand", "want", "advise", "beg", "implore", "pressure",
              "press", "appeal", "command", "permit", "allow", "authorize", "authorise"}


# conflicts counted ("fought two wars", "three civil wars")
_WARS = frozenset({"war", "conflict", "battle", "campaign", "uprising", "insurgency"})
# adverbs of an act nobody meant
_ACCIDENTAL = frozenset({"accidentally", "mistakenly", "inadvertently", "erroneously",
                         "unintentionally"})
# verbs whose object event is wanted, not done ("proposing talks", "demanded a ceasefire")
_PROPOSING = frozenset({"propose", "offer", "suggest", "seek", "want", "urge", "demand",
                        "request", "invite", "discuss", "negotiate", "consider", "explore",
                        "debate"})
# words before an event noun that say it has not happened ("a possible ceasefire")
_UNREALIZED = frozenset({"possible", "potential", "proposed", "prospective", "eventual",
                         "future", "hoped-for", "mooted"})
# verbs of brokering: the broker of a deal is no party to it ("a deal mediated by the UAE")
_BROKERING = frozenset({"mediate", "broker", "facilitate", "sponsor"})
# what a court's loser appeals: a step in a trial, no appeal to anyone
_RULINGS = frozenset({"ruling", "verdict", "decision", "sentence", "conviction", "judgment",
                      "judgement", "order"})


def _supposed(tok: Token) -> bool:
    """"Forces were supposed to withdraw": an act that was due, and (news implies) not done."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() == "suppose" and any(
        ch.dep_ == "auxpass" for ch in head.children)


def modality(c: Candidate, index: EntityIndex, quote_speaker=None) -> None:
    """Set modality, claimed_by, hypothetical and background from the governing chain."""
    tok = c.trigger
    chain = _chain(tok)
    # Nouns take modality from their own modifiers only: "the call didn't appear to signal ..."
    # negates the signalling, not the call.
    own = [tok] if c.nominal else chain
    hedged = negated = planned = False
    reporter = None
    if _aside_about_subject(tok, c.nominal):
        c.background = True
    # hedges, negation and plans reach the trigger only through complement links ("did not
    # appear to signal", "plans to attack"), not through an adverbial clause ("as troops
    # withdraw" under "likely won")
    scope = True
    for i, t in enumerate(own):
        if reporter is not None:
            break
        if i > 0 and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lx.REPORTING \
                and own[i - 1].dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj", "dobj"):
            reporter = t
            break
        if i > 0 and own[i - 1].dep_ not in ("xcomp", "ccomp", "conj", "aux", "pcomp", "prep"):
            scope = False
        # a conjunct's own negation is not the trigger's ("would not respond ... and
        # threatened to expel"): "not" reaches it only through complements
        # (nor one of a conjunct with a subject of its own: "the party had not obtained a
        # permit and that its supporters had attacked officers")
        via_conj = i > 0 and own[i - 1].dep_ == "conj" and (
            own[i - 1].tag_ in ("VBD", "VBZ")
            or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in own[i - 1].children))
        for ch in t.children:
            if not scope and ch.dep_ != "prep":
                continue
            low = ch.lower_
            if (ch.dep_ == "neg" or (low in ("no", "never") and ch.dep_ in ("det", "neg",
                                                                         "advmod"))) \
                    and not via_conj:
                negated = True
            elif ch.dep_ in ("aux", "advmod", "amod") and (low in lx.HEDGES
                                                           or ch.lemma_.lower() in lx.HEDGES):
                hedged = True
            elif ch.dep_ in ("aux", "amod") and (low in lx.PLANNED or ch.lemma_ in lx.PLANNED
                                                 or low in ("planned", "proposed", "upcoming")) \
                    and not via_conj:
                planned = True
            elif ch.dep_ == "advmod" and low in lx.HABITUAL and i == 0:
                c.background = True
            elif ch.dep_ == "mark" and low in lx.HYPOTHETICAL_MARKS:
                c.hypothetical = True
            elif ch.dep_ == "aux" and low in _DEONTIC:
                c.hypothetical = True  # "Israel must agree to a withdrawal": demanded, not done
            elif ch.dep_ == "mark" and low == "since" and t.pos_ == "VERB":
                c.background = True
            elif ch.dep_ == "prep" and low in lx.BACKGROUND_PREPS:
                pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in lx.BACKGROUND_SPANS and \
                        any(p.lower_ == "of" for p in pobj.children):
                    if tok in pobj.subtree:
                        c.background = True
        if i > 0 and scope:
            lemma = t.lemma_.lower()
            if lemma in lx.HEDGES and t.pos_ in ("VERB", "AUX", "ADJ"):
                hedged = True
            if lemma in lx.PLANNED and t.pos_ in ("VERB", "ADJ") and (
                    own[i - 1].dep_ == "xcomp" or own[i - 1].dep_ == "ccomp" and any(
                        ch.dep_ == "aux" and ch.lower_ == "to" for ch in own[i - 1].children)):
                planned = True  # ("analysts expect the army to launch an offensive")
            if lemma in lx.AVOID and own[i - 1].dep_ in ("dobj", "xcomp", "pcomp", "ccomp",
                                                         "prep"):  # "prevented X from attacking"
                c.hypothetical = True
            if lemma in ("refuse", "fail", "deny") and own[i - 1].dep_ == "xcomp":
                negated = True
            if lemma in _DIRECTIVE and t.pos_ == "VERB" and (
                    own[i - 1].dep_ == "xcomp" or own[i - 1].dep_ == "ccomp" and (
                        own[i - 1].tag_ == "VB" or any(ch.dep_ == "aux" and ch.lower_ == "to"
                                                       for ch in own[i - 1].children)
                        # "demanded that authorities release him": the subjunctive the
                        # tagger reads as a present tense
                        or own[i - 1].tag_ == "VBP" and any(
                            ch.dep_ == "mark" and ch.lower_ == "that"
                            for ch in own[i - 1].children))):
                # "ordered the ambassador to leave", "we want the Senate to reject the law",
                # "demanding that the government close the embassy": asked, not done
                c.hypothetical = True
        if t.dep_ == "pobj" and t.head.lower_ in ("before", "without"):
            c.hypothetical = True
        if t.dep_ == "pcomp" and t.head.lower_ in ("before", "without"):
            c.hypothetical = True
    if any(t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "since"
           for t in chain[:4]):
        # "relations have been strained since December, when a plane crashed ..., killing 38":
        # the act that began a state of affairs is its background
        c.background = True
    if not c.nominal and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" \
            and tok.head.pos_ == "AUX" and any(ch.dep_ == "aux" and ch.lower_ == "to"
                                               for ch in tok.children):
        c.hypothetical = True  # "troops were to withdraw": an obligation, not an act
    if not c.nominal and any(ch.dep_ in ("xcomp", "ccomp") and any(
            m.lower_ == "whether" and m.dep_ in ("mark", "advmod", "nsubj") for m in ch.children)
            for ch in tok.children):
        c.hypothetical = True  # "is deciding whether to remove him": nothing decided yet
    if any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until"
                                     for m in t.children) and _ahead(t.head)
           for t in chain[:3]):
        # "will stay off the roads until authorities agree to a plan", "will not go home until
        # Khan is released": a condition, not an act ("calm held until police arrested her"
        # tells the arrest)
        c.hypothetical = True
    if any(t.dep_ in ("acl", "ccomp", "relcl") and t.head.lemma_.lower() in _PROSPECTS
           and t.head.pos_ == "NOUN" for t in chain[:3]):
        c.hypothetical = True  # "citing the risk that he would mobilise supporters"
    if c.nominal and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("flee", "escape"):
        c.background = True  # "crossed the river to escape the fighting": what they fled
    if any(ch.dep_ == "advmod" and ch.lower_ in _ACCIDENTAL
           for t in (tok, tok.head if tok.dep_ == "advcl" else tok) for ch in t.children):
        c.hypothetical = True  # "jets accidentally dropped bombs on a village": no attack
    if c.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "under" and any(
            ch.dep_ in ("det", "poss") for ch in tok.children):
        c.background = True  # "under the deal, troops are due to withdraw": the framework
    if c.nominal and tok.dep_ in ("dobj", "pobj") and (
            tok.head.lemma_.lower() in lx.AVOID
            or tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lx.AVOID):
        c.hypothetical = True  # "murder to avoid arrest", "fled to escape arrest"
    if c.nominal and (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PROPOSING
                      or tok.dep_ == "pobj" and tok.head.lower_ == "for"
                      and tok.head.head.lemma_.lower() in ("call", "push", "press", "appeal")):
        c.hypothetical = True  # "proposing talks", "called for a ceasefire": not (yet) held
    if c.nominal and any(ch.dep_ == "amod" and ch.lower_ in _UNREALIZED for ch in tok.children):
        c.hypothetical = True  # "to discuss a possible ceasefire": not agreed
    if c.nominal and c.type == "AGREE" and c.actor1 is not None and any(
            ch.dep_ == "acl" and ch.lemma_.lower() in _BROKERING for ch in tok.children):
        c.hypothetical = True  # "a deal mediated by the UAE": the mediation is its own event
    if not c.nominal and _supposed(tok):
        c.hypothetical = True  # "were supposed to withdraw by late January": did not
    if not c.nominal and tok.lemma_.lower() == "appeal" and (any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in _RULINGS for ch in tok.children)
            or not any(ch.dep_ == "prep" and ch.lower_ in ("to", "for")
                       or ch.dep_ in ("dobj", "xcomp", "ccomp", "dative") for ch in tok.children)):
        # "said it would appeal the ruling", "his lawyers said they would appeal", "appealed
        # against the verdict": a step in court ("appealed to the UN", "appealed for calm"
        # ask someone)
        c.hypothetical = True
    if not c.nominal and tok.lemma_.lower() == "shelter" and not any(
            ch.dep_ == "dobj" for ch in tok.children):
        c.hypothetical = True  # "where displaced families were sheltering": took refuge
    if c.nominal and tok.tag_ == "NNS" and any(
            ch.dep_ in ("amod", "det") and ch.lower_ in _GENERIC for ch in tok.children):
        c.hypothetical = True  # "many attacks on minorities went unpunished": no one event
    if c.nominal:  # "any deal must bring a full withdrawal": the withdrawal is demanded
        for prev, t in zip(chain, chain[1:]):
            if prev.dep_ not in _NOUN_LINKS or t.lemma_.lower() in lx.REPORTING:
                break
            if t.pos_ in ("VERB", "AUX") and any(
                    ch.dep_ == "aux" and ch.lower_ in _DEONTIC | _MAY for ch in t.children):
                c.hypothetical = True
                break
    if not c.nominal and tok.lemma_.lower() in ("fight", "battle", "combat") \
            and tok.tag_ == "VBG" and any(ch.dep_ == "aux" and ch.lower_ in ("is", "are", "'s",
                                                                          "been")
                                          for ch in tok.children):
        # "says it is fighting extremists", "has been fighting to topple the government for
        # 15 years": an ongoing campaign, no act
        c.background = True
    if not c.nominal and tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(
            ch.dep_ == "aux" and ch.lower_ == "been" for ch in tok.children):
        c.background = True  # "the mission, which has been handing over bases": a process
    if not c.nominal and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in tok.children) \
            and any(ch.dep_ == "prep" and ch.lower_ == "for" and any(
                t.lemma_.lower() in _LONG_SPANS for t in ch.subtree)
                and not any(p.dep_ == "pobj" and p.lemma_.lower() == "time"
                            for p in ch.children)
                for ch in tok.children):
        # "the RSF has surrounded El Fasher for more than a year" (but "had delivered aid for
        # the first time in months" is news)
        c.background = True
    if not c.nominal and any(ch.dep_ == "prep" and ch.lower_ == "since" for ch in tok.children) \
            and any(ch.lower_ == "been" for ch in tok.children) and tok.tag_ == "VBG":
        c.background = True  # "have been fighting federal forces since last year": the setting
    if not c.nominal and any(ch.dep_ == "advmod" and ch.lower_ == "since" for ch in tok.children) \
            and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in tok.children):
        c.background = True  # "Kosovo has since taken control of most institutions": since then
    # "fought two wars over Nagorno-Karabakh": wars counted are history, not an act of the news
    if not c.nominal and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _WARS and any(
            n.dep_ == "nummod" for n in ch.children) for ch in tok.children):
        c.background = True
    # "more than a year after the RSF seized the city": an act dated long before the news
    for t in chain[: 1 if c.nominal else 3]:
        if t.dep_ == "advcl" and _long_after(t):
            c.background = True
    # "after months of refusing ...": the trigger sits under such a prepositional phrase
    for t in chain[1:]:
        if t.dep_ == "pobj" and t.lemma_.lower() in lx.BACKGROUND_SPANS and \
                t.head.lower_ in lx.BACKGROUND_PREPS:
            c.background = True
        if t.dep_ in ("advcl",) and any(ch.dep_ == "mark" and ch.lower_ == "since"
                                        for ch in t.children):
            c.background = True
    if not c.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and c.type in ("AID", "COOPERATE") \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        # "the observatory, funded by the National Science Foundation", "insurgents linked to
        # the Islamic State group": who backs them, told as what they are, not an act (the
        # same of SUPPORT, "police backed by helicopters", is ``verb_actors``')
        c.background = True
    if not c.nominal and tok.tag_ in ("VBP", "VBZ") and c.type in ("ASSAULT", "COERCE") \
            and not any(ch.dep_ in ("aux", "auxpass") for ch in tok.children) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        # "groups that attack civilians", "as gangs fight over the ports", "the regime
        # detains another for a comment online": what is done again and again, in the simple
        # present, is the setting, not an act of the news (a headline's present is skipped)
        c.background = True
    if c.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in _BREACHES:
        c.background = True  # "a clear violation of the peace agreement": the one in force
    if any(t.dep_ == "relcl" and any(ch.dep_ == "prep" and ch.lower_ == "since"
                                     for ch in t.children)
           and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in t.children)
           and any(ch.dep_ == "nsubj" and ch.lower_ in ("which", "who") for ch in t.children)
           for t in chain[:2]):
        # "JAS, which has stepped up raids since the end of the rainy season": what a group
        # has been doing, told to say who it is
        c.background = True
    if not c.nominal and tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("of", "for") \
            and tok.head.head.lemma_.lower() in _CHARGING | _PUNISHING:
        c.background = True  # "executed a man convicted of killing a guard": the charge
    if c.trigger.sent.text.rstrip().endswith("?"):
        c.hypothetical = True
    if reporter is None and not c.nominal:
        for t in chain[1:]:
            if t.lemma_.lower() == "accord":  # "according to X"
                reporter = t
    speaker = None
    if reporter is not None and any(ch.dep_ == "neg" for ch in reporter.children):
        c.hypothetical = True  # "none of them did not say 'X raped me'": told as unsaid
    if reporter is not None:
        subj, _ = _subject(reporter)
        if reporter.lemma_.lower() == "accord":
            prep = next((ch for ch in reporter.children if ch.dep_ == "prep"), None)
            subj = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep else None
        speaker = make_actor(subj, index) if subj is not None else None
    if speaker is None and quote_speaker is not None:
        speaker = quote_speaker
    c.claimed_by = speaker
    subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None) \
        if not c.nominal else None
    if subj is None and not c.nominal and (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
            ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)):
        subj = _subject(tok)[0]  # "not one senator would come down to talk to us"
    if subj is not None and (subj.left_edge.lower_ in ("not", "no", "none", "neither")
                             or any(ch.dep_ == "det" and ch.lower_ == "no"
                                    for ch in subj.children)):
        negated = True  # "not a single minister has resigned", "no troops withdrew"
    if negated:
        c.modality = "negated"
    elif hedged:
        c.modality = "hedged"
    elif planned:
        c.modality = "planned"
    elif speaker is not None and _is_claim(c, speaker):
        c.modality = "claimed"


def _ahead(verb: Token) -> bool:
    """Is a clause told of the future or as a rule: a modal ("would stay"), or a present
    tense ("we stay", "do not go home")?"""
    return verb.tag_ in ("VB", "VBP", "VBZ") or any(
        ch.dep_ == "aux" and ch.lower_ in ("will", "would", "shall", "must", "'ll", "wo")
        for ch in verb.children)


# nouns of what may happen: an act in a clause on one of them has not happened
_PROSPECTS = frozenset({"risk", "fear", "danger", "possibility", "prospect", "chance",
                        "likelihood", "threat", "spectre", "specter"})


def _is_claim(c: Candidate, speaker: Actor) -> bool:
    """A reported use of force is a claim; a government announcing its own side's act
    ("the Pentagon said Austin urged ...", "the Treasury said the US imposed ...") is the act
    itself, so it stays asserted."""
    if c.type in ("ASSAULT", "RETREAT", "MOBILIZE", "PROTEST", "COERCE"):
        return True  # battlefield and street claims are one side's word
    a1 = c.actor1
    if a1 is None or speaker.country is None or a1.country is None:
        return False
    return speaker.country != a1.country
