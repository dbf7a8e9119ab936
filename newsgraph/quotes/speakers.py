"""Who said it: the speaker phrase of a cue verb, and the entity it refers to.

Speaker phrase, in order:
1. the cue's subject (``nsubj``), or the subject it shares as a conjoined verb
   ("… said X and said Y"), or the antecedent of a relative pronoun ("Austin, who said …");
2. when the parse gave the cue no subject (a dateline or headline glued to the sentence), the
   noun phrase just before it, skipping adverbs and dates ("Ukraine military on Saturday said").

Entity, in order: a mention covering the phrase's head; a mention of its appositive or name
("The governor …, Oleh Synyehubov"); a personal pronoun -> the most recent PERSON named before
it outside quotes (a subject of the sentence before wins over a later object), "it" -> the
most recent organization; "a spokesman for X" -> X; a title noun ("the governor") -> the
person whose recorded titles contain it. Group nouns ("officials") and "they" have no entity.
Without a name-gender resource, "he" and "she" are not told apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..clauses import subject_host
from ..doctext import doc_text
from ..record import Entity, Speaker
from .lexicon import (
    CUE_VERBS,
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SELF_PRONOUNS,
    SPOKES_NOUNS,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj"})
_CONTROL_DEPS = frozenset({"advcl", "xcomp", "pcomp"})
_NAME_DEPS = frozenset({"appos", "compound", "nmod"})
_SKIP_LEFT = frozenset({"ADV", "PART", "AUX"})
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
# How far back (in characters) "he"/"it" may look for its antecedent: about two paragraphs.
_PRONOUN_WINDOW = 1500
# How far before the last compatible mention a subject may still be preferred: a sentence.
_SUBJECT_REACH = 300


@dataclass(slots=True, frozen=True)
class _Mention:
    start: int
    end: int
    entity: Entity


class EntityIndex:
    """Entity mentions by offset, for linking speaker phrases."""

    def __init__(self, entities: Sequence[Entity] | None, blocked: Sequence[tuple[int, int]] = (),
                 doc: Doc | None = None):
        mentions = [_Mention(m.start, m.end, e) for e in entities or () for m in e.mentions]
        mentions.sort(key=lambda m: (m.start, m.end))
        self.mentions = mentions
        # Mentions in subject position: the likelier antecedents of a speaker pronoun.
        self.subjects = {(m.start, m.end) for m in mentions
                         if doc is not None and _is_subject(doc, m.start, m.end)}
        self.starts = [m.start for m in mentions]
        self.entities = list(entities or ())
        self.blocked = sorted(blocked)  # quoted passages: names inside are not antecedents

    def covering(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps [start, end), longest mention first."""
        hi = bisect.bisect_left(self.starts, end)
        best: _Mention | None = None
        for m in self.mentions[max(0, hi - 50):hi]:
            if m.end > start and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best.entity if best else None

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.blocked, (pos, float("inf"))) - 1
        return i >= 0 and self.blocked[i][0] <= pos < self.blocked[i][1]

    def recent(self, before: int, types: frozenset[str]) -> Entity | None:
        """The entity of the given types mentioned last before ``before``, outside quotes.

        A subject mentioned shortly before the last mention wins over it: in "Smith said he
        met Jones. He said …", "He" is Smith.
        """
        i = bisect.bisect_left(self.starts, before) - 1
        last: _Mention | None = None
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if before - m.start > _PRONOUN_WINDOW or (
                    last is not None and last.start - m.start > _SUBJECT_REACH):
                break
            if m.entity.type not in types or m.end > before or self._in_quote(m.start):
                continue
            if (m.start, m.end) in self.subjects:
                return m.entity
            last = last or m
        return last.entity if last else None

    def titled(self, noun: str, before: int, words: Sequence[str] = (),
               country: str | None = None) -> Entity | None:
        """The person whose titles contain ``noun`` (and the phrase's other title ``words``,
        "foreign" of "foreign minister"), of the phrase's ``country`` when it names one
        ("Iran's foreign minister" is not Oman's): the one named last before ``before``,
        else the one named first after it."""
        noun = noun.lower()
        holders = [e for e in self.entities
                   if e.type == "PERSON" and any(
                       noun in t.lower().split() and all(w in t.lower().split() for w in words)
                       for t in e.titles)
                   and (country is None or e.country in (None, country))]
        if not holders:
            return None
        earlier = [e for e in holders if any(m.start < before for m in e.mentions)]
        if earlier:
            return max(earlier, key=lambda e: max(m.start for m in e.mentions
                                                  if m.start < before))
        return min(holders, key=lambda e: min(m.start for m in e.mentions))


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    # the subject of a reported clause ("Ashworth said *Whitfield* had lied") is what was
    # said about someone, not who goes on talking as "she"
    return root.dep_ in _SUBJECT_DEPS and root.head.dep_ != "ccomp"


def subject_of(cue: Token) -> Token | None:
    """The subject token of a cue verb, following conjunctions and relative pronouns.

    "X said A and said B": the second "said" shares X. The parser often hangs it off A's
    verb instead of the first "said"; then X is still the subject, not A's.
    """
    verb = cue
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # the subject nearest before the verb: "LONDON (Reuters) - the ministry said"
            left = [c for c in subjects if c.i < verb.i]
            child = left[-1] if left else subjects[0]
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return _same_paragraph(child, cue)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            head = subject_host(verb)
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in CUE_VERBS:
                head = head.head
            verb = head
            continue
        if verb.dep_ in _CONTROL_DEPS:
            # "…, adding that …", "was quoted as saying …": the governing verb's subject
            head = verb.head
            if head.pos_ == "ADP" and verb.dep_ == "pcomp":
                head = head.head
            if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
                verb = head
                continue
        break
    return None


def _same_paragraph(tok: Token, cue: Token) -> Token | None:
    lo, hi = sorted((tok.i, cue.i))
    return None if any("\n" in t.text_with_ws for t in tok.doc[lo:hi]) else tok


def phrase_before(cue: Token) -> Token | None:
    """The head noun just before the cue, for cues the parser left without a subject."""
    i = cue.i - 1
    doc = cue.doc
    while i >= 0:
        tok = doc[i]
        if tok.pos_ in _SKIP_LEFT or tok.ent_type_ in ("DATE", "TIME"):
            i -= 1
        elif tok.pos_ == "ADP" and i + 1 < cue.i and doc[i + 1].ent_type_ in ("DATE", "TIME"):
            i -= 1
        else:
            break
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or "\n" in doc[i].text:
        return None
    return doc[i]


def phrase_span(head: Token, by_position: bool = False) -> Span:
    """The speaker phrase around its head: the head's subtree without clauses hanging off it.

    ``by_position``: the head was found by ``phrase_before``, so its parse is not to be
    trusted; the phrase is the run of nouns and modifiers ending at the head.
    """
    if head.pos_ == "PRON":
        return head.doc[head.i:head.i + 1]
    if by_position:
        left = head.i
        while left > 0 and head.doc[left - 1].pos_ in _PHRASE_POS | {"PART"} \
                and "\n" not in head.doc[left - 1].text_with_ws:
            left -= 1
        return head.doc[left:head.i + 1]
    left, right = head.i, head.i
    for child in head.lefts:
        if child.dep_ not in _CUT_DEPS:
            left = min(left, child.left_edge.i)
    named = False
    for child in head.rights:
        if child.dep_ in _CUT_DEPS and (child.dep_ != "punct" or named):
            break  # "The governor of X, Oleh Synyehubov, in the east …": end at the name
        if child.dep_ != "punct":
            right = max(right, child.right_edge.i)
            named = named or child.dep_ == "appos"
    doc = head.doc
    for k in range(head.i - 1, left - 1, -1):
        if "\n" in doc[k].text_with_ws:  # a headline glued on by the parser
            left = k + 1
            break
    for k in range(head.i, right):
        if "\n" in doc[k].text_with_ws:
            right = k
            break
    while left < right and (doc[left].is_punct or doc[left].dep_ == "cc"):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left:right + 1]


def resolve(phrase: Span, head: Token, index: EntityIndex | None) -> Speaker:
    """A Speaker for the phrase, linked to an entity when one can be found."""
    speaker = Speaker(text=phrase.text, start=phrase.start_char, end=phrase.end_char)
    if index is None:
        return speaker
    speaker.entity = _link(phrase, head, index)
    if speaker.entity is not None and head.pos_ != "PRON":
        _widen_to_mention(speaker, phrase, index)
    return speaker


def _widen_to_mention(speaker: Speaker, phrase: Span, index: EntityIndex) -> None:
    # The parse may cut a name short ("military" of "Ukraine military" when a sentence starts
    # at "Ukraine"); the entity's mention that overlaps the phrase gives the whole name.
    for m in index.mentions:
        overlaps = m.start < phrase.end_char and m.end > phrase.start_char
        if m.entity.id == speaker.entity and overlaps:
            start, end = min(m.start, phrase.start_char), max(m.end, phrase.end_char)
            speaker.start, speaker.end = start, end
            speaker.text = doc_text(phrase.doc)[start:end]
            return


def _link(phrase: Span, head: Token, index: EntityIndex) -> str | None:
    low = head.lower_
    if head.pos_ == "PRON":
        if low in PERSON_PRONOUNS:
            ent = index.recent(head.idx, frozenset({"PERSON"}))
        elif low == "it":
            ent = index.recent(head.idx, frozenset({"ORG"}))
        else:
            ent = None  # "they", and "I"/"we" outside quotes: no safe antecedent
        return ent.id if ent else None
    ent = index.covering(head.idx, head.idx + len(head.text))
    if ent is not None:
        return ent.id
    for child in head.children:
        if child.dep_ in _NAME_DEPS and child.i >= phrase.start and child.i < phrase.end:
            ent = index.covering(child.idx, child.idx + len(child.text))
            if ent is not None and (child.dep_ == "appos" or ent.type == "PERSON"):
                return ent.id
    if low in SPOKES_NOUNS:
        # "a spokesman for the European Commission" speaks for the Commission
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                for obj in prep.children:
                    ent = index.covering(obj.idx, obj.idx + len(obj.text))
                    if obj.dep_ == "pobj" and ent is not None and ent.type != "PERSON":
                        return ent.id
    if low in GROUP_NOUNS or head.tag_ in ("NNS", "NNPS") or low in SELF_PRONOUNS:
        return None
    if head.pos_ == "NOUN":
        words = [t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")
                 and t.pos_ in ("ADJ", "NOUN", "PROPN") and t.i >= phrase.start
                 and index.covering(t.idx, t.idx + len(t.text)) is None]
        owner = next((e for t in phrase if t.i < head.i
                      and (e := index.covering(t.idx, t.idx + len(t.text))) is not None
                      and e.type in ("GPE", "NORP") and e.country), None)
        ent = index.titled(head.lemma_, head.idx, words, owner.country if owner else None)
        if ent is not None:
            return ent.id
    return None
