"""Titles, roles and countries of people and organizations, read from their context.

- ``premodifier``: "Russian Minister of Defense Sergei Shoigu" -> ("Minister of Defense", RU).
- ``appositive``: "The governor of the Kharkiv region, Oleh Synyehubov," -> ("governor of the
  Kharkiv region", UA), and "Name, the governor of ...," the other way round.
- ``introduction``: "... put a Russian soldier on trial. Vadim Shishimarin, 21, appeared ..."
  -> ("soldier", RU): news names a person right after introducing them by description.
- ``org_country``: the country an organization's name or its premodifier states.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..abbreviations import spelled_out
from ..doctext import doc_text
from ..quotes.lexicon import CUE_VERBS
from . import geo
from .actors import known_actor, known_group
from .fix import ACRONYM_CUES, is_title_word
from .lexicon import (
    INSTITUTIONS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    WIRE_AGENCIES,
    international_body,
)
from .words import is_common_word

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# the articles that open names in other languages ("Los Choneros", "La Nación", "El Tiempo")
_FOREIGN_ARTICLES = frozenset({"los", "las", "la", "el", "le", "les", "al", "il", "lo", "die",
                               "der"})
_LINKS = frozenset({"of", "for", "the"})  # inside titles: "Minister of Defense"
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Latin"})
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})
# Words after a title noun that start something else than the title: "a nurse *from* Odesa"
# (origin), "an official *who* asked not to be named".
_TITLE_STOPS = frozenset({
    "from", "in", "who", "whom", "whose", "which", "that", "with", "near", "on", "since",
    "after", "before", "during", "when", "where", "based", "living", "said", "says",
})

EntsAt = dict[int, Span]  # token index -> the entity span covering it


def ents_at(spans: list[Span]) -> EntsAt:
    """Map each token index to the entity span that covers it."""
    return {i: s for s in spans for i in range(s.start, s.end)}


def span_country(span: Span) -> str | None:
    """Country of a GPE/LOC/NORP/ORG span from its own words."""
    text = span.text
    if span.label_ in ("GPE", "LOC"):
        return geo.place_country(text)
    if span.label_ == "NORP":
        return geo.country_of_demonym(text)
    if span.label_ == "ORG":
        return org_country(span)
    return None


def org_country(span: Span) -> str | None:
    """Country of an organization: a known institution or agency, else a country name or
    nationality word among its first words ("Russian Defense Ministry", "United States Air
    Force"), else one its name ends with ("Bank of England" stays unresolved: England is no
    ISO country)."""
    text = span.text
    if text in INSTITUTIONS:
        return INSTITUTIONS[text]
    if international_body(text):
        # "United Nations Integrated Office": the UN's, of no country; but a national section
        # ends with its country: "Amnesty International Kenya", "UNICEF Nigeria"
        words = text.split()
        return next((c for n in (2, 1) if len(words) > n
                     and (c := geo.country_code(" ".join(words[-n:])))), None)
    owner = _possessor_country(span)
    if owner is not None:
        return owner  # "China's Taiwan Affairs Office": China's, whatever its name says
    group = known_group(text, main_name=True)
    if group is not None and group.country:
        return group.country  # "Hamas leader Yahya Sinwar": the group's country
    if text in WIRE_AGENCIES:
        whole = doc_text(span.doc)
        at = whole.find(f"({text})")
        spelled = spelled_out(whole, at, text) if at >= 0 else None
        if spelled is None:
            return WIRE_AGENCIES[text]
        # "Pakistan Tehreek-e-Insaf (PTI)": the article's own PTI is no news agency
        return next((c for w in spelled.split() if (c := geo.country_code(w)
                                                     or geo.country_of_demonym(w))), None)
    words = [t.text for t in span]
    for n in (3, 2, 1):
        for i in range(0, len(words) - n + 1):
            if not all(w[:1].isalpha() for w in words[i:i + n]):
                continue  # "Al -" of "Al-Shabaab" is no town (Ål, Norway)
            part = " ".join(words[i:i + n])
            if n == 1 and i > 0 and is_common_word(part) and words[i - 1] != "of":
                continue  # "Butterball Turkey Talk Line": a word, not the country (but
                # "the Coast Guard of China")
            if n == 1 and part.lower() in _FOREIGN_ARTICLES:
                continue  # "Los Lobos": an article, not the town some gazetteer calls "Los"
            if n == 1 and i > 0 and words[i - 1] in _COMPASS \
                    and not geo.country_of_demonym(f"{words[i - 1]} {part}"):
                continue  # "North American Free Trade Agreement": a continent, not the US
            code = geo.country_code(part) or (geo.country_of_demonym(part) if n == 1 else None)
            if code is None and i + n < len(words) and (
                    # "Niger Delta Development Commission" (but "San Simon University": a
                    # town's name in three countries says none)
                    (n >= 2 and geo.is_place(part) and len(geo.town_countries(part, 1000)) <= 1)
                    or (n == 1 and part[:1].isupper() and not is_common_word(part)
                        and geo.is_major_place(part))):  # "Oregon State Police"
                code = geo.place_country(part)
            if code:
                return code
    return None


def _possessor_country(span: Span) -> str | None:
    """The country whose possessive stands right before a span ("Iran's", "China's")."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text not in _POSSESSIVE or doc[i - 1].ent_type_ not in ("GPE", "NORP"):
        return None
    j = i - 1
    while j > 0 and doc[j - 1].ent_type_ == doc[i - 1].ent_type_ and doc[j].ent_iob_ == "I":
        j -= 1
    owner = doc[j:i]
    if doc[i - 1].ent_type_ == "GPE":
        return geo.country_code(owner.text) or geo.place_country(owner.text)
    return geo.country_of_demonym(owner.text)


def named_after(span: Span, at: EntsAt) -> str | None:
    """Country of the place or organization an organization's name is followed by: "the
    Ministry of Justice of Azerbaijan", "Federal University of Technology, Owerri"."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text in ("of", ",") and i + 1 in at:
        other = at[i + 1]
        if other.start == i + 1 and other.label_ in ("GPE", "LOC"):
            return span_country(other)
    return None



# family words: a relative named by a person's name shares that person's country
_KIN = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father",
                  "widow", "widower", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
                  "granddaughter", "sibling"})


# a word, with an elided article of a borrowed title ("chargé d’affaires")
_WORD_WITH_ELISION = re.compile(r"^(?:[^\W\d_]['’])?[^\W\d_]+$")


def described_before(span: Span, at: EntsAt) -> str | None:
    """Country of a nationality, or a place or country written with "'s", before the
    lowercase words that describe a name: "the British retail chain Tesco", "Slovak architect
    Ivan Matusik", "Hollywood producer Harvey Weinstein", "Kenya's police"."""
    doc = span.doc
    i = span.start - 1
    words = 0
    while i >= 0 and words < 3 and i not in at:
        tok = doc[i]
        if tok.text == "-" and words and i > 0 and not tok.whitespace_ \
                and not doc[i - 1].whitespace_ and doc[i - 1].is_lower:
            i -= 1  # "Italy fly-half Paolo Garbisi": a hyphenated role is one word
            continue
        # the tagger takes a role noun before a name for a verb now and then ("Czech pair")
        if not (tok.is_lower and not tok.is_stop and _WORD_WITH_ELISION.match(tok.text)
                and (tok.pos_ in ("NOUN", "ADJ") or tok.dep_ == "compound"
                     or tok.lower_ in _COLLECTIVES)):
            break
        words += 1
        i -= 1
    if any(doc[j].lower_ in ACRONYM_CUES for j in range(i + 1, span.start)):
        return None  # "known by its French initials UGTT": a language, not whose it is
    possessive = i >= 0 and doc[i].text in _POSSESSIVE
    if possessive:
        i -= 1
    owner = at.get(i) if i >= 0 else None
    if owner is None and words and not possessive and i >= 0 and doc[i].text[:1].isupper():
        return geo.country_of_demonym(doc[i].text)  # a nationality the NER left untagged
    if owner is None or owner.end != i + 1:
        return None
    if owner.label_ == "PERSON" and possessive and any(
            doc[j].lemma_.lower() in _KIN for j in range(i + 2, span.start)):
        # "North Korean leader Kim Jong Un's powerful sister Kim Yo Jong": the family's country
        actor = known_actor(owner.text)
        return premodifier(doc, owner, at)[1] or described_before(owner, at) \
            or (actor.country if actor is not None else None)
    if not possessive and len(owner) == 1 and owner.text[:1].isupper() \
            and owner.label_ != "NORP" and geo.country_of_demonym(owner.text):
        return geo.country_of_demonym(owner.text)  # "Slovak" the NER took for a name
    if owner.label_ == "NORP" and not possessive:
        return span_country(owner)
    if owner.label_ in ("GPE", "LOC") and (possessive or words > 0):
        return span_country(owner)  # "Kenya's president", "Hollywood producer"
    return None


def of_after(span: Span, at: EntsAt) -> str | None:
    """Country of the place, nationality or organization a name is "of" or "from": "Lt. Gregg
    Hastings of the Oregon State Police", "Rafaat Hindy, from the Egyptian ministry"."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("of", "from"):
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    other = at.get(i)
    if other is None or other.label_ not in ("GPE", "LOC", "NORP", "ORG"):
        return None
    return span_country(other)



def office_before(span: Span, at: EntsAt) -> str | None:
    """Country of the organization whose office a title names right before a name:
    "Executive Director of the Jamaica Cancer Society, Yulit Gordon", "the Managing
    Director, Niger Delta Development Commission (NDDC), Nsima Ekere"."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")" and i >= 2 and doc[i - 2].text == "(":
        i -= 3  # "(NDDC)"
    org = at.get(i)
    if org is None or org.end != i + 1 or org.label_ not in ("ORG", "GPE"):
        return None
    j = org.start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", ","):
        return None
    title = doc[j - 1]
    if not (_role_noun(title) or (is_title_word(title.text) and title.lower_ in TITLE_HEADS)):
        return None
    return span_country(org)


def _is_title_token(tok: Token) -> bool:
    return is_title_word(tok.text) and not tok.is_punct


def _has_head(tokens: list[Token]) -> bool:
    return any(t.lower_ in TITLE_HEADS or t.lower_ in TITLE_ABBREVIATIONS for t in tokens)


# the names of armed services between a nationality and a rank ("US Marine Lieutenant General")
_SERVICES = frozenset({"Marine", "Marines", "Army", "Navy", "Naval", "Air", "Force", "Coast",
                       "Guard", "Special", "Forces", "Corps"})


MINISTRY_REACH = 400  # characters before a minister's name searched for the ministry


def ministry_before(span: Span, title: str, at: EntsAt) -> str | None:
    """The country of the ministry a minister's title names, written with its country in
    the lines just before: "Belarus's foreign ministry said ... Foreign Minister X" (one
    country only)."""
    words = title.lower().split()
    if len(words) < 2 or words[-1] != "minister":
        return None
    field = words[-2]  # "foreign", "defence", "interior"
    doc = span.doc
    found = set()
    for tok in doc[:span.start]:
        if tok.idx < span.start_char - MINISTRY_REACH or tok.lower_ not in ("ministry",
                                                                              "minister"):
            continue
        if tok.i < 2 or doc[tok.i - 1].lower_ != field:
            continue
        other = at.get(tok.i + 1)
        if tok.lower_ == "minister" and other is not None and other.label_ == "PERSON" \
                and other.start != span.start:
            continue  # "Malaysian Prime Minister Anwar Ibrahim": another person's office
        j = tok.i - 2
        if doc[j].text in _POSSESSIVE:
            j -= 1
        if j >= 0 and j in at and at[j].label_ in ("GPE", "NORP") and j < span.start:
            country = span_country(at[j])
            if country:
                found.add(country)
    return found.pop() if len(found) == 1 else None


_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# a body named by its kind alone, whose country the lines before say
_GENERIC_BODIES = frozenset({"government", "presidential", "military", "army", "police"})


def body_named_before(span: Span, title: str, at: EntsAt) -> str | None:
    """A spokesperson named without a body, after a sentence whose subject is one: "The China
    Coast Guard gave a different account ... Spokesperson Liu Dejun said": that body's
    country. The body is looked for in the three sentences before, across one paragraph
    break at most, the nearest first. A minister named by portfolio alone is the country's
    that spoke in the sentence just before ("Lithuania said ... Foreign Minister X said"; its
    verb one that introduces speech, ``quotes.lexicon.CUE_VERBS``)."""
    words = title.lower().split() if title else []
    spokes = bool(words) and words[0] in _SPOKESPEOPLE  # ("Spokeswoman Lieutenant General")
    # a minister named by portfolio alone after a sentence whose subject is a country:
    # "Lithuania said ... Foreign Minister Kestutis Budrys said" (one the dictionary knows
    # keeps its country)
    office = len(words) in (2, 3) and words[-1] == "minister" \
        and known_actor(span.text) is None
    if not (spokes or office):
        return None
    doc = span.doc
    sent = span.sent
    i = span.start - 1
    while i >= sent.start and doc[i].lower_ in words:
        i -= 1
    if i >= sent.start and doc[i].lower_ in _GENERIC_BODIES and spokes:
        i -= 1  # "Government spokesman Amadou Coulibaly": which government, the lines before
    if i >= sent.start and not doc[i].is_punct:
        return None  # "foreign ministry spokesman Li Qun": a body of its own before the title
    breaks = 0
    for k in range(3):
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n" in doc[before.end - 1:sent.start + 1].text_with_ws:
            breaks += 1
            if breaks > 1:
                return None
        subj = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
        body = at.get(subj.i) if subj is not None else None
        if body is None and subj is not None:
            body = next((at[t.i] for t in subj.subtree if t.i in at), None)
        if office and before.root.lemma_.lower() not in CUE_VERBS:
            return None  # a minister's country is the one that spoke just before, not acted
        if body is not None and (body.label_ == "ORG" or body.label_ in ("GPE", "LOC") and k == 0
                                 and (body.label_ == "GPE" or geo.country_code(body.text))):
            return span_country(body)  # (a country only right before: "China said ...")
        sent = before
    return None


# verbs of running a body: "the military government, led by Capt. Ibrahim Traoré"
_LEADING = frozenset({"lead", "head", "chair", "run", "command"})


def led_by(span: Span, at: EntsAt) -> str | None:
    """The country of the body a person is said to lead: "Burkina Faso's military government,
    led by Capt. Ibrahim Traoré" (its owner's possessive, or the body's own country)."""
    root = span.root
    by = root.head
    verb = by.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" \
            or verb.lemma_.lower() not in _LEADING or verb.dep_ != "acl":
        return None
    body = verb.head
    if body.i in at and at[body.i].label_ in ("ORG", "GPE", "NORP"):
        return span_country(at[body.i])
    for ch in body.children:
        if ch.dep_ in ("poss", "amod", "compound") and ch.i in at \
                and at[ch.i].label_ in ("GPE", "NORP", "ORG"):
            return span_country(at[ch.i])  # "a Hamas delegation led by Khalil al-Hayya"
    return None


_COLLECTIVES = frozenset({"pair", "duo", "trio", "couple", "brothers", "sisters", "siblings"})


def conj_sibling(span: Span, at: EntsAt) -> str | None:
    """Country stated for the first of two names joined by "and" in one apposition ("Two
    Russian citizens, Igor Kartov and Yevgeny Belov"): the second shares it."""
    root = span.root
    if root.dep_ != "conj":
        return None
    other = at.get(root.head.i)
    if other is None or other.label_ != "PERSON" or other.start >= span.start:
        return None
    stated = appositive(span.doc, other, at)[1]
    before = span.doc[other.start - 1] if other.start > 0 else None
    if stated is None and before is not None and (before.tag_ == "NNS"
                                                   or before.lower_ in _COLLECTIVES):
        # "Russian citizens Igor Kartov and Yevgeny Belov", "Czech pair Jakub Mensik and Adam
        # Pavlasek": a description of the two; "Russian President Vladimir Putin and Donald
        # Trump" describes the first alone
        stated = premodifier(span.doc, other, at)[1] or described_before(other, at)
    return stated


# offices held at a post abroad or for a place: "envoy to Syria", "ambassador to the UN"
_POSTINGS = frozenset({"envoy", "ambassador", "representative", "emissary", "coordinator",
                       "commissioner"})


def premodifier(doc: Doc, span: Span, at: EntsAt) -> tuple[str | None, str | None]:
    """Title and country written before a name: "U.S. Defense Secretary Lloyd Austin"; the
    post of an envoy is not their country ("U.S. envoy to Syria Tom Barrack": US)."""
    i = span.start - 1
    if i in at and at[i].label_ in ("GPE", "LOC", "ORG"):
        k = at[i].start - 1
        if k >= 1 and doc[k].lower_ in ("to", "for") and doc[k - 1].lower_ in _POSTINGS:
            i = k - 1
    title: list[Token] = []
    link = _portfolio_link(doc, i)
    if link is not None:
        # "Minister for Pacific Island Affairs Pat Conroy", "Minister for Defence and Veterans
        # Affairs Sadio Camara": a portfolio's own names (a region among them) are the title's
        title = list(doc[link + 1:i + 1])
        i = link
    while i >= 0:
        tok = doc[i]
        if tok.lower_ == "staff" and i >= 2 and doc[i - 1].lower_ == "of" \
                and doc[i - 2].lower_ == "chief" and not title:
            title = [doc[i - 2], doc[i - 1], tok]  # "armed forces chief of staff X"
            i -= 3
            continue
        if _is_title_token(tok) and i not in at:
            title.insert(0, tok)
            i -= 1
        elif tok.lower_ in _LINKS and title and i > 0 and _is_title_token(doc[i - 1]) \
                and title[0].is_title:
            title.insert(0, tok)
            i -= 1
        elif tok.text == "-" and title and i > 0 and not tok.whitespace_ \
                and not doc[i - 1].whitespace_ and _is_title_token(doc[i - 1]):
            title.insert(0, tok)  # "governor-general", "attorney-general"
            i -= 1
        else:
            break
    while title and title[0].lower_ in _LINKS:
        title.pop(0)
    if not title or not _has_head(title):
        return None, None
    country = None
    # a country, nationality or institution right before the title: "Russian", "U.S.",
    # "Ukraine's", "Pentagon" (past a service's name: "US Marine Lieutenant General")
    while i > 0 and doc[i].text in _SERVICES and i not in at:
        i -= 1
    if i >= 0 and doc[i].text in _POSSESSIVE:
        i -= 1
    if i >= 0 and i in at:
        country = span_country(at[i])
        # "U.S. Forces Korea commander": the first country of a name run together owns it
        j = at[i].start
        while j > 0 and doc[j - 1].dep_ == "compound" and doc[j - 1].pos_ == "PROPN":
            j -= 1
        first = at[j] if j < at[i].start and j in at else None
        if first is not None and first.label_ in ("GPE", "ORG") and span_country(first):
            country = span_country(first)
    elif i >= 0 and doc[i].is_title:
        # "Georgian Prime Minister ..." where the NER tagged no nationality
        country = geo.country_of_demonym(doc[i].text)
    text = doc[title[0].i:title[-1].i + 1].text
    return text, country


def _portfolio_link(doc: Doc, i: int) -> int | None:
    """The "for"/"of" of a portfolio ending at token ``i`` ("Minister for Pacific Island
    Affairs"): capitalised words or "and" back to it, a title's head word before it."""
    j = i
    while j >= 0 and i - j < 6 and (doc[j].is_title or doc[j].lower_ in ("and", "&")):
        j -= 1
    if j == i or j < 1 or doc[j].lower_ not in ("for", "of") or doc[j + 1].lower_ == "and" \
            or doc[j - 1].lower_ not in TITLE_HEADS:
        return None
    return j


def _title_from_tokens(doc: Doc, start: int, end: int, at: EntsAt) -> tuple[str | None,
                                                                          str | None]:
    """A title phrase doc[start:end] -> (title without article or owner, country)."""
    country = None
    while start < end and doc[start].lower_ in _ARTICLES:
        start += 1
    # "Ukraine's top prosecutor": the owner gives the country and leaves the title
    if start in at and at[start].label_ in ("GPE", "ORG", "NORP"):
        owner = at[start]
        if owner.end < end and doc[owner.end].text in _POSSESSIVE:
            country = span_country(owner)
            start = owner.end + 1
        elif owner.label_ == "NORP":
            country = span_country(owner)
            start = owner.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None, None
    if country is None:
        country = _country_in(doc, start, end, at)
    for j in range(start + 1, end):
        if doc[j].lower_ in _TITLE_STOPS:
            end = j
            break
    # "52-year-old vendor": the age is the person's, not part of the title
    if end - start > 5 and doc[start + 1].text == "-" and doc[start + 2].lower_ == "year" \
            and doc[start + 4].lower_ == "old":
        start += 5
    return doc[start:end].text, country


def _country_in(doc: Doc, start: int, end: int, at: EntsAt) -> str | None:
    """The first country named or implied by a place, group or organization in a phrase."""
    for j in range(start, end):
        if j in at and at[j].label_ == "ORG" and international_body(at[j].text):
            # "a spokeswoman for the UN office in Haiti": where it works, not hers (but
            # "Amnesty International Kenya" is Kenya's section, whether the NER took the
            # country into the name or not)
            after = at.get(at[j].end)
            return span_country(at[j]) or (geo.country_code(after.text) if after is not None
                                            and after.start == at[j].end else None)
        if j in at and at[j].label_ in ("GPE", "LOC", "NORP", "ORG"):
            country = span_country(at[j])
            if country:
                return country
    return None


def _role_noun(tok: Token) -> bool:
    low = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (low in TITLE_HEADS or low in ROLE_NOUNS)


def appositive(doc: Doc, span: Span, at: EntsAt) -> tuple[str | None, str | None]:
    """Title from an appositive on either side of the name, and the country it states."""
    root = span.root
    head = root.head
    lead = span.start  # "Qatar's prime minister, Sheikh Mohammed ...": an honorific between
    while lead > 0 and doc[lead - 1].text[:1].isupper() and is_title_word(doc[lead - 1].text):
        lead -= 1
    if head.i >= lead and head.i < span.start:
        head = head.head  # the parse hangs the name on its honorific
    if root.dep_ == "appos" and not _role_noun(head):
        # the parse hangs the name on the nearest noun: "the leader of Sudan's RSF, Mohamed
        # Dagalo" on the RSF, "A spokesman for the Taliban government in Kabul, Zabihullah
        # Mujahid" on Kabul; climb the prepositions back to the role noun
        up = head
        for _ in range(3):
            if up.dep_ == "compound":
                up = up.head
            elif up.dep_ == "pobj" and up.head.dep_ == "prep" \
                    and up.head.lower_ in ("of", "for", "at", "in", "with"):
                up = up.head.head
            else:
                break
            if _role_noun(up):
                head = up
                break
    # "The governor of the Kharkiv region, Oleh Synyehubov,"
    if (root.dep_ == "appos" or doc[root.head.i].dep_ == "appos") and head.i < lead \
            and _role_noun(head) and lead > 0 and doc[lead - 1].text == ",":
        start = head.left_edge.i
        end = lead - 1
        if any(doc[j].text in (",", ";") or doc[j].is_space for j in range(head.i, end)):
            # the phrase spans a clause; keep only the title noun and what precedes it
            end = head.i + 1
        return _title_from_tokens(doc, start, end, at)
    # "Oleh Synyehubov, the governor of the Kharkiv region," and, with an article, any
    # common noun: "Rosalinda Cruz, a 52-year-old vendor whose ..."
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ == "NORP" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
            # "Ilaria Allegrozzi, an Italian who has documented ...": a nationality
            return None, geo.country_of_demonym(child.text)
        if child.dep_ == "appos" and child.i >= span.end and (_role_noun(child) or (
                child.pos_ == "NOUN" and child.is_lower and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children))
                or child.pos_ == "NOUN" and any(  # "X, the Swedish winger,"
                    c.dep_ == "amod" and c.ent_type_ == "NORP" for c in child.children)):
            start = child.left_edge.i
            end = child.right_edge.i + 1
            for j in range(child.i, end):
                if doc[j].text in (",", ";", "(", ")") or doc[j].is_space:
                    end = j
                    break
            if start < span.end:
                continue
            return _title_from_tokens(doc, start, end, at)
    return None, None


def introduction(doc: Doc, span: Span, at: EntsAt) -> tuple[str | None, str | None]:
    """Role and country from "a/an <nationality> <role>" in the sentence before a person
    named at the start of a sentence, when nobody else is named in between."""
    sent = span.sent
    lead = [t for t in doc[sent.start:span.start] if not (t.is_punct or t.is_space)]
    if lead or sent.start == 0:
        return None, None
    prev_end = sent.start
    while prev_end > 0 and doc[prev_end - 1].is_space:
        prev_end -= 1
    if prev_end == 0:
        return None, None
    prev = doc[prev_end - 1].sent
    found: list[tuple[str, str]] = []
    for tok in prev:
        if not _role_noun(tok) or tok.lower_ != tok.text:
            continue
        det = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        norp = [c for c in tok.children if c.i in at and at[c.i].label_ == "NORP"]
        if not det or not norp:
            continue
        code = geo.country_of_demonym(at[norp[0].i].text)
        later_people = [j for j in range(tok.i, prev.end) if j in at
                        and at[j].label_ == "PERSON"]
        if code and not later_people:
            mods = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
            start = mods[0].i if mods else tok.i
            found.append((doc[start:tok.i + 1].text.lower(), code))
    if len(found) == 1:
        return found[0]
    return None, None
