"""Quotes and reported speech in a parsed Doc, each with its speaker and cue.

The cascade:

1. Direct quotes: every quoted passage (``marks.find_quotes``) is a piece.
2. Its cue: the reporting verb the parse attaches it to (the passage hangs, within four steps,
   from a cue verb outside it: ``said the "enemy's main efforts …"``, or a cue verb hangs from
   it: ``"…," she said``); failing the parse, a cue verb right before or after the passage.
3. Its speaker: the cue's subject, resolved to an entity (``speakers``).
4. A piece without a cue takes the cue and speaker of the piece before it in the same
   sentence when the cue sits between them (the second half of a split quote); in headline
   style a name and a colon before it are its speaker ("Biden: "…"").
5. Reported speech: a cue verb with a clausal complement (``ccomp``: "officials said the call
   didn't …"), or hanging off the clause it reports ("…, officials said"), a directive verb
   with an infinitive ("urged citizens to stay home"), and "according to X, …". The content
   is the clause without its complementizer ("that"). A clause that is mostly a direct quote
   is left to the direct quote; one that only embeds a short quote ("the country has "likely
   won the battle" for Kharkiv, …") is kept as well. An unattributed passage inside a
   reported clause takes its cue and speaker.
6. Quotes that run on (``continue_speakers``): an unattributed passage that fills its sentence
   takes the speaker of the quote just before it (same or previous paragraph); one left open
   at its paragraph's end takes the speaker of the passage closing it in the next paragraph.
   A passage still without cue or speaker is kept, unless it is under three words: a scare
   quote or a title ("likely won" in a headline), not speech.

Split quotes ("We will not retreat," she said, "not one step.") are two Quote pieces, not one:
a Quote is one contiguous span of the text, and the words between the pieces are not quoted.
Both pieces carry the same speaker and the same cue offsets (``cue_start``), which is how a
reader groups them back into one utterance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Token

from ..doctext import doc_text
from ..record import Entity, Quote, Speaker
from .lexicon import CUE_VERBS, DIRECTIVE_VERBS, FRAMING_VERBS, NEEDS_CLAUSE
from .marks import QuoteMarks, find_quotes
from .speakers import EntityIndex, phrase_before, phrase_span, resolve, subject_of

_CLIMB = 4  # how far up the tree a quoted passage may hang below its cue
_NEAR = 5  # tokens between a passage and a cue verb that still attributes it
_MIN_WORDS = 3  # an uncued quote shorter than this is a scare quote or a title
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})
_HANG_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})
_SENT_END = frozenset({".", "!", "?"})
_MARKS = frozenset("“”\"‘’'«»„")
# What may stand between a passage and its cue: the speaker, an object, a date.
_BETWEEN_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADP", "ADV"})
_BREAK = re.compile(r"\n")


def _is_cue(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in CUE_VERBS


def _is_word(tok: Token) -> bool:
    return not (tok.is_punct or tok.is_space)


class _Extractor:
    def __init__(self, doc: Doc, entities: Sequence[Entity] | None):
        self.doc = doc
        self.text = doc_text(doc)
        self.marks = find_quotes(self.text)
        self.index = (EntityIndex(entities, [(m.open, m.close + 1) for m in self.marks], doc)
                      if entities is not None else None)
        # Token attributes as arrays: iterating a Doc in Python costs more than the rest of
        # the stage together.
        arr = doc.to_array([IDX, LEMMA, LOWER, POS]) if len(doc) else numpy.zeros((0, 4), "uint64")
        starts = arr[:, 0].tolist()
        strings = doc.vocab.strings
        cue_lemmas = numpy.array([strings.add(w) for w in CUE_VERBS], dtype="uint64")
        self.candidates = numpy.flatnonzero(
            (numpy.isin(arr[:, 1], cue_lemmas) & (arr[:, 3] == VERB))
            | (arr[:, 2] == strings.add("according"))).tolist()
        # Tokens whose text with its trailing whitespace holds a line break, in order (a
        # character belongs to the last token starting at or before it).
        self.breaks = sorted({bisect.bisect_right(starts, m.start()) - 1
                              for m in re.finditer("\n", self.text)})
        self.pieces: list[tuple[QuoteMarks, int, int]] = []  # marks, first token, end token
        self.piece_of = [-1] * len(doc)
        for m in self.marks:
            a = bisect.bisect_left(starts, m.start)
            b = bisect.bisect_left(starts, m.end)
            if a >= b:
                continue
            for i in range(a, b):
                self.piece_of[i] = len(self.pieces)
            self.pieces.append((m, a, b))
        self.speakers: dict[int, Speaker | None] = {}
        self.piece_quote: dict[int, Quote] = {}  # piece -> its direct Quote, once found

    # -- speakers -------------------------------------------------------------------------

    def speaker(self, cue: Token) -> Speaker | None:
        """The speaker of a cue verb (cached: split pieces share it)."""
        if cue.i not in self.speakers:
            self.speakers[cue.i] = self._speaker(cue)
        return self.speakers[cue.i]

    def _speaker(self, cue: Token) -> Speaker | None:
        head, by_position = subject_of(cue), False
        if head is None:
            head, by_position = phrase_before(cue), True
        if head is None or self.piece_of[head.i] != -1:
            return None
        return resolve(phrase_span(head, by_position), head, self.index)

    # -- direct quotes --------------------------------------------------------------------

    def cue_by_parse(self, a: int, b: int) -> Token | None:
        doc = self.doc
        for tok in doc[a:b]:
            cur = tok.head
            if a <= cur.i < b:
                continue
            for _ in range(_CLIMB):
                if (_is_cue(cur) or cur.lemma_.lower() in FRAMING_VERBS) \
                        and self.piece_of[cur.i] == -1:
                    return cur if self._same_paragraph(cur, a, b) else None
                if cur.head.i == cur.i or cur.dep_ in _MODIFIER_DEPS or (
                        cur.pos_ == "VERB" and any(c.dep_ in _SUBJ for c in cur.children)):
                    # a quote framed by another clause ("a move critics called "too
                    # little"") is that clause's words, not the main verb's
                    break
                cur = cur.head
        sents = {doc[a].sent.start, doc[b - 1].sent.start}
        for s in sents:
            for tok in doc[s:doc[s].sent.end]:
                if (self.piece_of[tok.i] == -1 and _is_cue(tok) and a <= tok.head.i < b
                        and tok.dep_ in _HANG_DEPS and self._same_paragraph(tok, a, b)):
                    return tok
        return None

    def _same_paragraph(self, cue: Token, a: int, b: int) -> bool:
        # The parser can glue a headline to the first sentence; a quote and its cue never
        # sit in different paragraphs.
        return not self._crosses_break(min(cue.i, a), max(cue.i, b - 1))

    def _crosses_break(self, lo: int, hi: int) -> bool:
        """Whether a line break falls between tokens lo and hi."""
        k = bisect.bisect_left(self.breaks, lo)
        return k < len(self.breaks) and self.breaks[k] < hi

    def cue_nearby(self, a: int, b: int) -> Token | None:
        """A cue verb right after the passage ("…," said the minister) or right before it
        ("He told reporters: "…""), with nothing but the speaker, an object or a date between.
        """
        doc = self.doc
        for i in range(b, min(len(doc), b + _NEAR + 1)):
            tok = doc[i]
            if self.piece_of[i] != -1 or "\n" in tok.text or tok.text in _SENT_END:
                break
            if _is_cue(tok):
                return tok
            if _is_word(tok) and tok.pos_ not in _BETWEEN_POS:
                break
        k = a - 1
        while k >= 0 and doc[k].text in _MARKS:
            k -= 1
        if k < 0 or not (doc[k].text in (":", ",") or _is_cue(doc[k])):
            return None
        for i in range(k, max(-1, k - _NEAR - 1), -1):
            tok = doc[i]
            if self.piece_of[i] != -1 or "\n" in tok.text or tok.text in _SENT_END:
                break
            if _is_cue(tok):
                return tok
            if _is_word(tok) and tok.pos_ not in _BETWEEN_POS and not tok.ent_type_:
                break
        return None

    def direct(self) -> list[_Piece]:
        """Every quoted passage as a direct Quote, with its cue and speaker where found."""
        doc, text = self.doc, self.text
        out: list[_Piece] = []
        cued: list[tuple[int, Token]] = []  # (piece end token, cue) of cued pieces
        for m, a, b in self.pieces:
            cue = self.cue_by_parse(a, b) or self.cue_nearby(a, b)
            speaker = self.speaker(cue) if cue is not None else None
            if cue is None and cued:
                prev_end, prev_cue = cued[-1]
                if (doc[prev_end - 1].sent.start == doc[a].sent.start
                        and prev_end <= prev_cue.i < a):
                    cue, speaker = prev_cue, self.speaker(prev_cue)
            if cue is None:
                speaker = self.colon_speaker(a)
            start, end = m.start, m.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            if start >= end:
                continue
            quote = Quote(text=text[start:end], start=start, end=end, direct=True,
                          speaker=speaker)
            if cue is not None:
                quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.idx, cue.idx + len(cue)
                cued.append((b, cue))
            self.piece_quote[self.piece_of[a]] = quote
            words = sum(1 for t in doc[a:b] if _is_word(t))
            out.append(_Piece(quote, words, self._fills_sentence(a, b), m.closed, m.open))
        return out

    def colon_speaker(self, a: int) -> Speaker | None:
        """Headline style: a name, a colon, the quote ("Biden: "We will not back down"")."""
        doc = self.doc
        k = a - 1
        while k >= 0 and doc[k].text in _MARKS:
            k -= 1
        if k < 1 or doc[k].text != ":":
            return None
        first = k
        while first > 0 and not self._opens_line(first) and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first == k or not (first == 0 or self._opens_line(first)):
            return None
        return resolve(doc[first:k], doc[k - 1], self.index)

    def _opens_line(self, i: int) -> bool:
        doc = self.doc
        return bool(doc[i].is_sent_start) or "\n" in doc[i - 1].text_with_ws

    def continue_speakers(self, pieces: list[_Piece], reported: list[Quote]) -> None:
        """Give an unattributed passage the speaker of the quote it continues.

        A passage that fills its sentence continues the quote just before it (direct or
        reported) when that one is in the same or the previous paragraph; a passage left
        open at its paragraph's end (news style for a quote that runs on) takes the speaker
        of the passage that closes it in the next paragraph.
        """
        everything = sorted([p.quote for p in pieces] + reported, key=lambda q: q.start)
        position = {id(q): i for i, q in enumerate(everything)}
        text = self.text
        for p in pieces:
            q = p.quote
            if q.speaker is not None or q.cue is not None:
                continue
            i = position[id(q)]
            prev = everything[i - 1] if i > 0 else None
            if p.fills and prev is not None and prev.speaker is not None \
                    and len(_BREAK.findall(text, prev.end, q.start)) <= 2:
                q.speaker = prev.speaker
        for p, nxt in zip(reversed(pieces[:-1]), reversed(pieces[1:]), strict=True):
            if not p.closed and p.quote.speaker is None and nxt.quote.speaker is not None \
                    and len(_BREAK.findall(text, p.quote.end, nxt.opened)) <= 2:
                p.quote.speaker = nxt.quote.speaker

    def _fills_sentence(self, a: int, b: int) -> bool:
        doc = self.doc
        first, last = doc[a].sent, doc[b - 1].sent
        outside = [t for t in doc[first.start:last.end]
                   if (t.i < a or t.i >= b) and _is_word(t)]
        return len(outside) <= 1

    # -- reported speech ------------------------------------------------------------------

    def reported(self) -> list[Quote]:
        out: list[Quote] = []
        for i in self.candidates:
            tok = self.doc[i]
            if self.piece_of[tok.i] != -1:
                continue
            if _is_cue(tok):
                out.extend(self._clause(tok))
            elif tok.lower_ == "according" and tok.i + 1 < len(self.doc) \
                    and self.doc[tok.i + 1].lower_ == "to":
                out.extend(self._according(tok))
        return out

    def _clause(self, cue: Token) -> list[Quote]:
        if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl") \
                and not any(c.dep_ in ("aux", "auxpass") for c in cue.children):
            return []  # "Asked whether he would run, Paul said …": Paul was asked, not asking
        # the complement in the cue's paragraph (a glued headline can be a second "ccomp"),
        # the one after the cue first: "X said that …" is commoner than "…, X said"
        comps = [c for c in cue.children if c.dep_ == "ccomp"
                 and not self._crosses_break(min(c.left_edge.i, cue.i),
                                             max(c.right_edge.i, cue.i))]
        comp = next((c for c in comps if c.i > cue.i), comps[0] if comps else None)
        if comp is not None:
            lo, hi = comp.left_edge.i, comp.right_edge.i + 1
            if lo <= cue.i < hi:
                return []
            for child in comp.rights:
                # "said A and said B": B is the second "said"'s content, not part of A
                if child.dep_ == "conj" and _is_cue(child):
                    hi = min(hi, child.left_edge.i)
            for tok in comp.doc[lo:hi]:
                # "said A, which critics called …": a trailing non-restrictive clause is the
                # writer's comment on A, not part of what was said
                edge = tok.left_edge.i
                if tok.dep_ == "relcl" and tok.right_edge.i >= hi - 2 and edge > lo \
                        and comp.doc[edge - 1].text == ",":
                    hi = edge - 1
                    break
            while lo < hi and (comp.doc[lo].dep_ == "mark" and comp.doc[lo].lower_ == "that"):
                lo += 1
        elif cue.dep_ == "parataxis" and cue.head.i < cue.i and cue.lemma_.lower() not in \
                NEEDS_CLAUSE:
            lo, hi = cue.head.left_edge.i, cue.left_edge.i
        elif cue.lemma_.lower() in DIRECTIVE_VERBS and (xcomp := next(
                (c for c in cue.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)):
            # "urged citizens to stay home": the addressee and the infinitive
            obj = next((c for c in cue.rights if c.dep_ in ("dobj", "nsubj") and c.i < xcomp.i),
                       None)
            lo = obj.left_edge.i if obj is not None else xcomp.left_edge.i
            hi = xcomp.right_edge.i + 1
            if obj is None and any(c.dep_ == "neg" for c in xcomp.children) \
                    and any(c.dep_ == "auxpass" for c in xcomp.children):
                return []  # "an official who asked not to be named": a condition, not a quote
        else:
            return []
        speaker = self.speaker(cue)
        if speaker is None:
            return []
        quote = self._content(lo, hi, speaker, cue.text, cue.idx, cue.idx + len(cue))
        return [quote] if quote else []

    def _according(self, acc: Token) -> list[Quote]:
        doc = self.doc
        to = doc[acc.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None or self.piece_of[obj.i] != -1:
            return []
        speaker = resolve(phrase_span(obj), obj, self.index)
        sent = acc.sent
        right = max(obj.right_edge.i, to.i) + 1
        cue_end = to.idx + len(to)
        out = []
        for lo, hi in ((sent.start, acc.i), (right, sent.end)):
            quote = self._content(lo, hi, speaker, "according to", acc.idx, cue_end)
            if quote:
                out.append(quote)
        return out

    def _content(self, lo: int, hi: int, speaker: Speaker, cue: str, cue_start: int,
                 cue_end: int) -> Quote | None:
        """A reported-speech Quote over tokens [lo, hi), or None when it is not one."""
        doc = self.doc
        breaks = self.breaks
        for k in breaks[bisect.bisect_left(breaks, lo):bisect.bisect_left(breaks, hi)]:
            if doc[k].idx < cue_start:  # keep to the cue's paragraph
                lo = k + 1
            else:
                hi = k + 1
                break
        while lo < hi and (not _is_word(doc[lo]) or doc[lo].dep_ == "cc"):
            lo += 1
        while hi > lo and (not _is_word(doc[hi - 1]) or doc[hi - 1].dep_ == "cc"):
            hi -= 1
        words = [t for t in doc[lo:hi] if _is_word(t)]
        if len(words) < 2:
            return None
        # keep the marks of a passage the clause starts or ends with: "would 'deliver change'"
        if lo > 0 and self.piece_of[lo] != -1 and self.piece_of[lo - 1] == -1 \
                and doc[lo - 1].text in _MARKS:
            lo -= 1
        if hi < len(doc) and self.piece_of[hi - 1] != -1:
            k = hi
            while k < len(doc) and self.piece_of[k] == self.piece_of[hi - 1]:
                k += 1  # trailing punctuation inside the marks: “… failed,”
            if k < len(doc) and doc[k].text in _MARKS:
                hi = k + 1
        quoted = 0
        inside = sorted({self.piece_of[t.i] for t in doc[lo:hi]} - {-1})
        for i in inside:
            _, a, b = self.pieces[i]
            if any(_is_word(t) and not lo <= t.i < hi for t in doc[a:b]):
                return None  # the passage is a direct quote that this clause only cuts into
            direct = self.piece_quote.get(i)
            if direct is None:
                continue
            if direct.cue is None and direct.speaker is None:
                # an unattributed passage inside reported speech is that speaker's words
                direct.speaker, direct.cue = speaker, cue
                direct.cue_start, direct.cue_end = cue_start, cue_end
            if direct.cue_start == cue_start:
                quoted += sum(1 for t in doc[a:b] if _is_word(t))
        if quoted and len(words) - quoted <= quoted:
            return None  # mostly quoted: the direct quote stands for it
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        return Quote(text=self.text[start:end], start=start, end=end, direct=False,
                     speaker=speaker, cue=cue, cue_start=cue_start, cue_end=cue_end)


@dataclass(slots=True)
class _Piece:
    quote: Quote
    words: int
    fills: bool  # the passage is its sentence(s), give or take one word
    closed: bool  # False: left open at its paragraph's end
    opened: int  # offset of its opening mark


def extract_quotes(doc: Doc, entities: Sequence[Entity] | None) -> list[Quote]:
    """Direct quotes and reported speech in ``doc``, in text order.

    Args:
        doc: a parsed Doc (tagger, lemmatizer and dependency parser have run).
        entities: the article's entities with their mentions, to link speakers; None when
            there are none to link (speakers then carry their text and offsets only).

    Returns:
        One Quote per quoted passage or reported clause, sorted by offset.

    Raises:
        ValueError: the Doc has not been parsed.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("newsgraph_quotes needs a dependency parse: run it after spaCy's "
                         "'parser' (load the pipeline with newsgraph.pipeline.load_nlp)")
    ex = _Extractor(doc, entities)
    pieces = ex.direct()
    reported = ex.reported()
    ex.continue_speakers(pieces, reported)
    quotes = reported + [p.quote for p in pieces if p.words and (
        p.quote.speaker is not None or p.quote.cue is not None or p.words >= _MIN_WORDS)]
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
