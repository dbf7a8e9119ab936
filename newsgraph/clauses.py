"""Clause structure the quotes and events stages both read from the parse.

``subject_host``: the verb whose subject a conjoined verb shares. The parser hangs the second
of two coordinated verbs on the nearest verb, often one inside the first verb's complement:
in "Odinga called for the bill to be withdrawn and urged supporters to join", "urged" is
attached to "withdrawn", whose subject is "the bill". A finite verb ("urged") is coordinated
with a finite verb, so a non-finite head (a to-infinitive, a bare participle) is passed over
for the verb that governs it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .events.lexicon import REPORTING  # the verbs that report speech, one list for the project

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_COMPLEMENT = frozenset({"advcl", "xcomp", "ccomp", "acl", "pcomp"})
# auxiliaries of a reported clause's own future: a simple past coordinated with it is the
# reporter's ("warned that Beijing would never tolerate it and threatened countermeasures");
# not "had" ("said police had shot five and wounded dozens": the tagger reads the second
# participle as a past tense)
_FORWARD = frozenset({"will", "would", "shall", "wo", "'ll"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def finite(verb: Token) -> bool:
    """Whether a verb carries tense itself or through an auxiliary ("urged", "has said")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def subject_host(verb: Token) -> Token:
    """For a conjoined verb, the verb whose subject it shares (its head, or the verb governing
    a non-finite head); for any other token, its head."""
    head = verb.head
    if verb.dep_ != "conj" or not finite(verb):
        return head
    # "said the convoy was hit by a bomb and then came under fire": what befell the passive's
    # subject, no act of the reporter
    undergone = verb.lemma_ in ("come", "go") and any(c.lower_ == "under" for c in verb.children)
    # (the reporter named before the clause: "X said ... and rejected"; one named after it
    # reports the whole of it: "Xi was received by ... and held talks with ..., media said")
    reporter_first = head.head.i < head.i
    if head.dep_ == "ccomp" and head.head.i != head.i and verb.lemma_ != "be" and not undergone \
            and reporter_first and (
            head.lemma_ == "be" or _passive(head) and not _passive(verb)
            and head.head.lemma_ in REPORTING):
        # "Petro said the attack was a crime and ordered the army to ...", "Vucic said the
        # protesters were being manipulated and rejected calls to resign": an act coordinated
        # with a reported copula or passive is the reporter's
        return head.head
    if head.dep_ == "ccomp" and head.head.i != head.i and verb.tag_ == "VBD" and reporter_first \
            and head.head.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ in _FORWARD for c in head.children):
        # "warned that Beijing would never tolerate it and threatened countermeasures": a past
        # tense is not coordinated with a reported "would": the act is the reporter's
        return head.head
    for _ in range(3):
        if finite(head) or head.dep_ not in _COMPLEMENT or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ == "ADP":  # "after being ...": the preposition's verb
            head = head.head
    return head
