"""Geocode one article's place entities, and mark metonymy.

1. ``geocode``: the place entities (GPE/LOC/FAC) of one article are resolved together
   (``places.resolve.Resolver``), with the countries its people, groups and organizations
   belong to, the dateline, and the places written "town, region" as context; each gets
   ``geo`` (the gazetteer place, with a confidence) and the place's country.
2. ``is_metonymy``: the mentions where the place stands for its government or forces
   ("Moscow's forces", "Kyiv said", "Washington accused").
3. ``entities_from_doc``: place entities from the model's spans, for a pipeline without the
   entities stage.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..doctext import doc_text
from ..record import Entity, Geo, Mention
from ..spelling import one_slip
from .countries import country_of_demonym
from .names import key
from .resolve import Resolved, Resolver

PLACE_TYPES = ("GPE", "LOC", "FAC")

# A place that is the subject of one of these verbs acts as its government ("Kyiv said").
AGENT_VERBS = frozenset("""
say tell announce accuse deny warn demand claim urge condemn insist reject threaten launch
impose sanction agree sign respond refuse vow call blame order deploy retaliate strike attack
invade annex recognize recognise expel summon protest negotiate offer propose promise pledge
send supply provide approve veto vote seek ask request confirm report declare decide respond
back support oppose criticize criticise dismiss push press plan intend want hope believe
""".split())

# "<place>'s <noun>": the place's government, forces or policies.
AGENT_NOUNS = frozenset("""
force forces troops army military government ministry officials official leaders leader
president prime minister regime war invasion offensive attack attacks strikes decision
response position ambassador envoy embassy demands demand policy sanctions diplomats navy
air defence defense foreign intelligence spokesman spokeswoman authorities administration
delegation negotiators allies soldiers units missiles campaign annexation aggression
staff command commanders diplomacy
""".split())



def geocode(doc: Doc, entities: list[Entity], resolver: Resolver,
            dateline: str | None) -> None:
    """Fill ``geo``, ``country`` and ``metonymy`` on the place entities of one article."""
    places = [e for e in entities if e.type in PLACE_TYPES]
    if not places:
        return
    context = [c for c in (_entity_country(e) for e in entities if e.type not in PLACE_TYPES)
               if c]
    within = _written_within(doc_text(doc), places)
    names = [e.name for e in places]
    resolved = resolver.resolve(names, dateline=dateline, context_countries=context,
                                within=within)
    for i in [i for i, r in enumerate(resolved) if r is None]:
        # the entity's name failed: try its other spellings in the text
        for m in places[i].mentions:
            if key(m.text) == key(names[i]) or one_slip(m.text.split(), names[i].split()):
                continue  # a misspelling finds nothing the right spelling did not
            r = resolver.resolve([*names[:i], m.text, *names[i + 1:]], dateline=dateline,
                                 context_countries=context, within=within)[i]
            if r is not None:
                resolved[i] = r
                break
    for ent, res in zip(places, resolved):
        if res is not None and (ent.type != "FAC" or res.place.kind != "country"):
            ent.geo = _geo(res)
            # The chosen record's country, always: a guess from the name alone ("Somalia"
            # beside an Ethiopian town) must not disagree with where the place was put.
            ent.country = res.place.country
            ent.country_source = "gazetteer"
        ent.metonymy = [m for m in ent.mentions if ent.type == "GPE" and is_metonymy(doc, m)]
    _unplaced_countries(places, resolved)


def _unplaced_countries(places: list[Entity], resolved: list) -> None:
    """A place no record was chosen for keeps a country only where the article's placed
    ones agree: a guess from its name alone, or from a namesake beside it ("Jiga", whose only
    namesake is a town in Benin, in a story on Ethiopia's Amhara region), in a country no
    placed name lies in goes to the country most of them lie in (``country_source``
    "context"), or to none."""
    placed = Counter(r.place.country for r in resolved if r is not None and r.place.country)
    if not placed:
        return
    lead, n = placed.most_common(1)[0]
    for ent, res in zip(places, resolved):
        if res is None and ent.country and ent.country not in placed \
                and ent.country_source in ("gazetteer", "context"):
            ent.country = lead if n * 2 > sum(placed.values()) else None
            ent.country_source = "context" if ent.country else None


def _written_within(text: str, places: list[Entity]) -> list[tuple[int, int]]:
    """Pairs (i, j) of place entities written "i, j" ("Casiguran, Aurora", "Paris, Texas"):
    the second names where the first lies."""
    starts = {m.start: j for j, e in enumerate(places) for m in e.mentions}
    pairs = set()
    for i, e in enumerate(places):
        for m in e.mentions:
            k = m.end
            if text[k:k + 1] != ",":
                continue
            k += 1
            while k < len(text) and text[k] == " ":
                k += 1
            j = starts.get(k)
            if j is not None and j != i:
                pairs.add((i, j))
    return sorted(pairs)


def _entity_country(ent: Entity) -> str | None:
    if ent.country:
        return ent.country
    if ent.type == "NORP":
        return country_of_demonym(ent.name)
    return None


def _geo(res: Resolved) -> Geo:
    p = res.place
    return Geo(lat=round(p.lat, 5), lon=round(p.lon, 5),
               kind=p.kind if p.kind in ("city", "region", "country", "continent") else "other",
               country=p.country, admin1=p.admin1, geonameid=p.geonameid, name=p.name,
               confidence=res.confidence)


def entities_from_doc(doc: Doc) -> list[Entity]:
    """Place entities from the model's spans, one per distinct name (used when the entities
    stage is absent)."""
    by_key: dict[tuple[str, str], Entity] = {}
    for span in doc.ents:
        if span.label_ not in PLACE_TYPES:
            continue
        text = _trim(span)
        if text is None:
            continue
        k = (span.label_, key(text.text))
        ent = by_key.get(k)
        if ent is None:
            ent = by_key[k] = Entity(id=f"e{len(by_key) + 1}", name=text.text, type=span.label_)
        ent.mentions.append(Mention(start=text.start_char, end=text.end_char, text=text.text))
    return list(by_key.values())


def _trim(span: Span) -> Span | None:
    """The span without a leading 'the' or a trailing possessive."""
    start, end = span.start, span.end
    if span[0].lower_ == "the" and len(span) > 1:
        start += 1
    if end - start > 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end] if end > start else None


def is_metonymy(doc: Doc, mention: Mention) -> bool:
    """True when this place mention stands for its government or forces."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    tok = root
    while tok.dep_ == "conj" and tok.head is not tok:  # "Kyiv and Moscow('s forces)"
        tok = tok.head
    owner = tok.head
    if tok.dep_ in ("poss", "compound") and (owner.lemma_.lower() in AGENT_NOUNS
                                             or owner.lower_ in AGENT_NOUNS):
        return True  # "Moscow's forces", "Ukraine military"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and after.head.lower_ in AGENT_NOUNS:
        return True  # the parse attached the possessive elsewhere
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head.lemma_.lower() in AGENT_VERBS  # "Kyiv said"
    return False
