"""The learned event-type scorer for verb triggers: features of a verb in its parse, the model.

A verb is described by the words around it in the dependency parse, the way the CAMEO verb
dictionary writes its patterns (``- * (AGAINST &MILITARY)``): the verb's lemma, its subject,
object and particle, each preposition with its noun, an infinitive complement ("vowed to
retaliate"), passive voice and negation; nouns are also named by the dictionary's synonym sets
(&MILITARY, &WEAPON, ...). ``newsgraph.train.events`` builds the same features from the
dictionary's patterns and from real news sentences, and fits a multinomial logistic regression
over them; the weights ship in ``models/verbs.joblib`` with a card (``models/verbs.json``).

At run time the model is a dictionary of feature weights (no scikit-learn call), so scoring
every verb of an article costs far less than the parse.
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Token

DICTIONARY = Path(__file__).parent / "data" / "cameo_verbs.txt"
MODEL = Path(__file__).parent / "models" / "verbs.joblib"
NONE = "NONE"

_OBJ = ("dobj", "attr", "oprd")
_PREP = ("prep", "agent", "dative")
_SUBJ = ("nsubj", "nsubjpass", "csubj")
PARTICLES = {"back", "out", "off", "down", "up", "over", "away", "forward", "in", "on"}


@functools.cache
def synsets() -> dict[str, tuple[str, ...]]:
    """Word (lower case) -> names of the dictionary's synonym sets it belongs to."""
    out: dict[str, list[str]] = {}
    name = None
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            break  # the verb patterns begin
        if line.startswith("&"):
            name = line.split()[0].rstrip("_").lower()
        elif line.startswith("+") and name:
            word = line[1:].split("#")[0].strip().rstrip("_").lower()
            if word and "_" not in word and " " not in word:
                out.setdefault(word, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def noun_forms(word: str, lemma: str | None = None) -> list[str]:
    """A noun by its forms (word, lemma) and its synonym sets."""
    forms = [word]
    if lemma and lemma != word:
        forms.append(lemma)
    sets = synsets()
    for f in list(forms):
        forms.extend(sets.get(f, ()))
    return list(dict.fromkeys(forms))


def pattern_features(verb: str, *, subj: list[str] = (), obj: list[str] = (),
                     obj_mods: list[str] = (), preps: list[tuple[str, list[str]]] = (),
                     prt: str | None = None, xcomp: str | None = None, passive: bool = False,
                     neg: bool = False) -> dict[str, float]:
    """Features of a verb from its parts; each noun slot is a list of its forms."""
    f: dict[str, float] = {f"v={verb}": 1.0}
    for s in subj:  # only with the verb: "troops said" is no mobilization
        f[f"vs={verb}|{s}"] = 1.0
    for o in obj:
        f[f"o={o}"] = 1.0
        f[f"vo={verb}|{o}"] = 1.0
    for m in obj_mods:
        f[f"om={m}"] = 1.0
        f[f"vom={verb}|{m}"] = 1.0
    for prep, nouns in preps:  # a preposition alone says nothing ("denounce X as")
        f[f"vp={verb}|{prep}"] = 1.0
        for n in nouns:
            f[f"pn={prep}|{n}"] = 1.0
            f[f"vpn={verb}|{prep}|{n}"] = 1.0
    if prt:
        f[f"vt={verb}|{prt}"] = 1.0
    if xcomp:
        f[f"x={xcomp}"] = 1.0
        f[f"vx={verb}|{xcomp}"] = 1.0
    if passive:
        f["passive"] = 1.0
        f[f"vpass={verb}"] = 1.0
    if neg:
        f["neg"] = 1.0
    return f


_IRREGULAR = {"retook": "retake", "retaken": "retake", "overran": "overrun",
              "overtook": "overtake", "withdrew": "withdraw", "withdrawn": "withdraw",
              "slew": "slay", "slain": "slay", "fled": "flee", "shot": "shoot",
              "struck": "strike", "stricken": "strike", "threw": "throw", "thrown": "throw"}


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended where the lemmatizer cuts a lexicon verb short ("raped" ->
    "rap"): the written form less its ending, when that is a verb the lexicon knows."""
    lemma = tok.lemma_.lower()
    if lemma in _bare():
        return lemma
    low = tok.lower_
    if _IRREGULAR.get(low) in _bare():
        return _IRREGULAR[low]
    for cut, add in (("ed", "e"), ("ing", "e"), ("es", "e"), ("d", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in _bare():
            return low[: -len(cut)] + add
    return lemma


@functools.cache
def _bare() -> frozenset[str]:
    from . import lexicon as lx

    return frozenset(k.split()[0] for k in lx.VERBS)


def _forms(tok: Token) -> list[str]:
    return noun_forms(tok.lower_, tok.lemma_.lower())


def token_features(tok: Token) -> dict[str, float]:
    """Features of a verb token from its dependents in the parse."""
    subj: list[str] = []
    obj: list[str] = []
    mods: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    prt = xcomp = None
    passive = neg = False
    for ch in tok.children:
        dep = ch.dep_
        if dep in _SUBJ:
            subj = _forms(ch)
            passive = passive or dep == "nsubjpass"
        elif dep in _OBJ:
            obj = _forms(ch)
            mods = [m.lower_ for m in ch.children if m.dep_ in ("compound", "amod")]
        elif dep in _PREP:
            pobj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            preps.append((ch.lower_ if dep != "agent" else "by",
                          _forms(pobj) if pobj is not None else []))
        elif dep == "prt" or (dep == "advmod" and ch.lower_ in PARTICLES):
            prt = ch.lower_
        elif dep == "xcomp" and ch.pos_ in ("VERB", "AUX"):
            xcomp = ch.lemma_.lower()
        elif dep == "auxpass":
            passive = True
        elif dep == "neg":
            neg = True
    return pattern_features(verb_lemma(tok), subj=subj, obj=obj, obj_mods=mods, preps=preps,
                            prt=prt, xcomp=xcomp, passive=passive, neg=neg)


class VerbModel:
    """Multinomial logistic regression over sparse string features: one weight row a feature."""

    def __init__(self, classes: list[str], vocab: list[str], weights, intercept):
        import numpy

        self.classes = list(classes)
        self.index = {name: i for i, name in enumerate(vocab)}
        self.weights = numpy.asarray(weights, dtype=numpy.float32)
        self.intercept = numpy.asarray(intercept, dtype=numpy.float32)
        self.none = self.classes.index(NONE)

    def proba(self, feats: dict[str, float]):
        """Probability of each class (``classes`` order), as an array."""
        import numpy

        rows = [self.index[f] for f in feats if f in self.index]
        z = self.intercept + (self.weights[rows].sum(axis=0) if rows else 0.0)
        e = numpy.exp(z - z.max())
        return e / e.sum()

    def best(self, feats: dict[str, float]) -> tuple[str, float, float]:
        """(best class, its probability, probability of NONE)."""
        p = self.proba(feats)
        k = int(p.argmax())
        return self.classes[k], float(p[k]), float(p[self.none])


@functools.cache
def model() -> VerbModel | None:
    """The shipped scorer, loaded once; None when the package has no weights."""
    if not MODEL.exists():
        return None
    import joblib

    data = joblib.load(MODEL)
    return VerbModel(data["classes"], data["vocab"], data["weights"], data["intercept"])
