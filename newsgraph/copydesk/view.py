"""What the copy-desk checks read: the article's words, its layout, and which words are names.

Works on a fully parsed Doc (tags, entities) and on a bare tokenized one (tests, or a model
without a tagger): where a tag is missing, capitalization away from the start of a sentence is
taken as the sign of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

# Entity labels (spaCy's and the record's) whose words are names.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART",
                         "LAW", "PRODUCT", "LANGUAGE", "OTHER"})
# Tokens after which a new sentence (or a quoted one) starts; spaCy's boundaries are used too.
# UTF-8 read as Latin-1 ("Grothâ€™s" -> "Grothâ"): not a spelling of anything.
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


@dataclass(slots=True)
class View:
    text: str
    paragraphs: list[tuple[int, int, str]]  # (start, end, kind): kind headline|body|subheading
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


def build_view(doc: Doc) -> View:
    """The copy desk's view of a processed (or only tokenized) Doc."""
    text = doc.text
    paragraphs = _paragraphs(doc)
    spans = _entity_spans(doc)
    labels = _token_labels(doc, spans)
    has_sents = doc.has_annotation("SENT_START")
    words: list[Word] = []
    lower: set[str] = set()
    para = 0
    prev: Token | None = None
    for tok in doc:
        before, prev = prev, tok
        if not tok.is_alpha or _MOJIBAKE.search(tok.text):
            continue
        while para + 1 < len(paragraphs) and tok.idx >= paragraphs[para + 1][0]:
            para += 1
        if tok.text.islower():
            lower.add(tok.text)
        words.append(Word(tok.text, tok.idx, tok.idx + len(tok.text), tok.i, para,
                          _initial(tok, before, has_sents), tok.ent_type_ or labels.get(tok.i, ""),
                          tok.pos_ == "PROPN"))
    title = [_is_title_case(text[s:e]) for s, e, _ in paragraphs]
    persons = sorted({(s, e) for s, e, label in spans if label == "PERSON"})
    return View(text, paragraphs, words, title, lower, persons)


def _paragraphs(doc: Doc) -> list[tuple[int, int, str]]:
    article = doc._.article if Doc.has_extension("article") else None
    paras = getattr(article, "paragraphs", None)
    if paras:
        return [(p.start, p.end, p.kind) for p in paras]
    # No cleaning stage: blank-line paragraphs, the first line taken as the headline.
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            kind = "headline" if not out else "body"
            out.append((pos + lead, pos + len(line.rstrip()), kind))
        pos += len(line) + 1
    return out or [(0, len(doc.text), "body")]


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


def _initial(tok: Token, prev: Token | None, has_sents: bool) -> bool:
    """Does the word start a sentence or a line? (``prev``: the token before it.)"""
    if prev is None or (has_sents and tok.is_sent_start):
        return True
    if prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_:
        return True
    if prev.text in _DASHES:
        return bool(prev.whitespace_)  # "Abdel-Hamid": a hyphen inside a name starts nothing
    return prev.text in _OPENERS


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
