"""What the copy-desk checks read: the article's words, its layout, and which words are names.

Works on a fully parsed Doc (tags, entities) and on a bare tokenized one (tests, or a model
without a tagger): where a tag is missing, capitalization away from the start of a sentence is
taken as the sign of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, IS_SPACE, LENGTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc

from ..doctext import doc_text

# Entity labels (spaCy's and the record's) whose words are names.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART",
                         "LAW", "PRODUCT", "LANGUAGE", "OTHER"})
# Tokens after which a new sentence (or a quoted one) starts; spaCy's boundaries are used too.
# UTF-8 read as Latin-1 (a curly apostrophe becomes "â€™"): not a spelling of anything.
_MOJIBAKE = re.compile(r"[ÃÂ]|â$")
_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "•", "*"})
_DASHES = frozenset({"—", "–", "-"})


@dataclass(slots=True)
class Word:
    """One alphabetic token of the article."""

    text: str
    start: int
    end: int
    i: int  # token index in the Doc
    paragraph: int  # index into View.paragraphs
    initial: bool  # first word of a sentence, line or quote: capitalized by grammar
    label: str  # entity label ("" when none)
    propn: bool  # tagged as a proper noun
    name: bool = False  # ``View.is_name``: set once the whole article is read


@dataclass(slots=True)
class View:
    text: str
    # (start, end, kind): kind headline | standfirst | body | subheading
    paragraphs: list[tuple[int, int, str]]
    words: list[Word]
    title_case: list[bool]  # per paragraph: written in Title Case (capitals say nothing)
    lower_words: set[str] = field(default_factory=set)  # words the article writes in lowercase
    persons: list[tuple[int, int]] = field(default_factory=list)  # PERSON name spans (chars)

    @property
    def headline(self) -> tuple[int, int] | None:
        """Character span of the headline, if the article has one."""
        for start, end, kind in self.paragraphs:
            if kind == "headline":
                return start, end
        return None

    def in_headline(self, w: Word) -> bool:
        return self.paragraphs[w.paragraph][2] == "headline"

    def is_name(self, w: Word) -> bool:
        """Does this word look like part of a proper name?"""
        t = w.text
        if not t[:1].isupper() or (t.isupper() and len(t) > 1):
            return False  # lowercase words, and acronyms (their own rules; not spellings)
        if w.label in NAME_LABELS or w.propn:
            return t.lower() not in self.lower_words or w.label in NAME_LABELS
        if w.initial or self.title_case[w.paragraph]:
            return False
        return t.lower() not in self.lower_words


# Token attributes read as arrays (``_Row``): a Python Token object per token cost more than
# all the copy desk's checks together.
_COLUMNS = [IS_ALPHA, IDX, LENGTH, SENT_START, IS_SPACE, SPACY, ENT_TYPE, POS]
_Row = list[int]


def build_view(doc: Doc) -> View:
    """The copy desk's view of a processed (or only tokenized) Doc."""
    text = doc_text(doc)
    paragraphs = _paragraphs(doc, text)
    spans = _entity_spans(doc)
    labels = _token_labels(doc, spans)
    has_sents = doc.has_annotation("SENT_START")
    rows: list[_Row] = doc.to_array(_COLUMNS).tolist() if len(doc) else []
    strings = doc.vocab.strings
    words: list[Word] = []
    lower: set[str] = set()
    para = 0
    for i, (alpha, idx, length, _, _, _, ent_type, pos) in enumerate(rows):
        if not alpha:
            continue
        word = text[idx:idx + length]
        if _MOJIBAKE.search(word):
            continue
        while para + 1 < len(paragraphs) and idx >= paragraphs[para + 1][0]:
            para += 1
        if word.islower():
            lower.add(word)
        label = strings[ent_type] if ent_type else labels.get(i, "")
        words.append(Word(word, idx, idx + length, i, para, _initial(rows, text, i, has_sents),
                          label, pos == PROPN))
    title = [_is_title_case(text[s:e]) for s, e, _ in paragraphs]
    persons = sorted({(s, e) for s, e, label in spans if label == "PERSON"})
    view = View(text, paragraphs, words, title, lower, persons)
    for w in words:
        w.name = view.is_name(w)  # every check reads it, some several times a word
    return view


def _paragraphs(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    article = doc._.article if Doc.has_extension("article") else None
    paras = getattr(article, "paragraphs", None)
    if paras:
        return [(p.start, p.end, p.kind) for p in paras]
    # No cleaning stage: blank-line paragraphs, the first line taken as the headline.
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            kind = "headline" if not out else "body"
            out.append((pos + lead, pos + len(line.rstrip()), kind))
        pos += len(line) + 1
    return out or [(0, len(text), "body")]


def _entity_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of names: the entities stage's mentions when present, else doc.ents."""
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    ents = doc._.entities if Doc.has_extension("entities") else None
    for ent in ents or []:
        for m in getattr(ent, "mentions", []):
            spans.append((m.start, m.end, ent.type))
    return spans


def _token_labels(doc: Doc, spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> the label of the first name span that covers it (one pass per span)."""
    labels: dict[int, str] = {}
    for s, e, label in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            labels.setdefault(i, label)
    return labels


def _initial(rows: list[_Row], text: str, i: int, has_sents: bool) -> bool:
    """Does token ``i`` start a sentence or a line? (``rows``: the ``_COLUMNS`` per token.)"""
    if i == 0 or (has_sents and rows[i][3] == 1):
        return True
    _, idx, length, _, is_space, space_after, _, _ = rows[i - 1]
    prev = text[idx:idx + length]
    # (A token's trailing whitespace is one space or none: a line break is a space token.)
    if is_space and "\n" in prev:
        return True
    if prev in _DASHES:
        return bool(space_after)  # "Abdel-Hamid": a hyphen inside a name starts nothing
    return prev in _OPENERS


def _is_title_case(line: str) -> bool:
    """Headline Title Case: most words of four letters or more start with a capital."""
    long_words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    caps = sum(1 for w in long_words if w[:1].isupper())
    return caps / len(long_words) >= 0.6


def adjacent(text: str, end: int, start: int) -> bool:
    """Only a space or a hyphen between two words on one line ("Oleh Synyehubov", "Al-Sayed")."""
    between = text[end:start]
    return len(between) <= 2 and between.strip(" -") == ""
