"""``newsgraph train events``: fit the verb event-type scorer (newsgraph.events.verbs).

Data (none of it a test set; see docs/data.md):

1. The CAMEO verb-pattern dictionary of PETRARCH2 (MIT licence; newsgraph/events/data/
   cameo_verbs.txt): about 400 verb blocks, each a list of synonymous verbs with a default
   CAMEO code and patterns such as ``- * (AGAINST &MILITARY) [190]``. Every verb of a block,
   alone and with each pattern, is one example; its CAMEO code is mapped to a PLOVER type by the
   CAMEO→PLOVER 2021 table (../shared/bench/plover-gsr-cameo/cameo2plover_2021.jsonl, the
   table only; the set's coded sentences are a test set and are never read here). Code ``---``
   and the CAMEO statements (01) are no event (NONE); appeals (02) are REQUEST, as in PLOVER.
2. newsgraph's own trigger lexicon (newsgraph.events.lexicon.VERBS, written from the PLOVER
   manual), each key as a pattern, counted ``LEXICON_WEIGHT`` times.
3. Real news sentences: verbs of the ECB+ train topics (../shared/bench/ecbplus, split
   "train") whose lemma neither the dictionary nor the lexicon knows, as NONE, with the
   features the parser really gives ("said", "went", "announced").

Every fifth verb block and every fifth ECB+ document is held out: the card reports the figures
of a model fit without them. The shipped weights are then fit on all of it.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..errors import EvalError
from ..events import lexicon as lx
from ..events.verbs import (
    DICTIONARY,
    MODEL,
    NONE,
    PARTICLES,
    noun_forms,
    pattern_features,
    token_features,
    verb_lemma,
)

_SKIP = {"a", "an", "the", "$", "+", "%", "^", "'s"}
_PREPS = {"about", "above", "across", "after", "against", "along", "amid", "among", "around",
          "as", "at", "before", "behind", "between", "beyond", "by", "despite", "during",
          "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out",
          "outside", "over", "past", "since", "through", "throughout", "to", "toward",
          "towards", "under", "until", "upon", "with", "within", "without"}
# The lexicon's keys count this many times: where a key and a CAMEO pattern read the same words
# differently ("put on trial": ACCUSE here, COERCE in CAMEO), newsgraph's convention wins.
LEXICON_WEIGHT = 10.0
# A dictionary verb alone (its block's default code) counts this many times against each of its
# patterns: "nominated Regina Benjamin" is no accusation because "name a suspect" is one.
VERB_WEIGHT = 5
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")


def cameo_map(bench: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER 2021 type."""
    path = bench / "plover-gsr-cameo" / "cameo2plover_2021.jsonl"
    if not path.exists():
        raise EvalError(f"{path} is missing: point --bench at the shared gold sets")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["cameo"], row["plover_event"])
    return out


def plover(code: str, table: dict[str, str]) -> str:
    """PLOVER type of a CAMEO code ('042:043' reads as its source code 042)."""
    code = code.split(":")[0].strip()
    if not code or code.startswith("-") or code.startswith("01"):
        return NONE
    if code.startswith("02"):
        return "REQUEST"
    for n in (4, 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return NONE


def _noun(word: str) -> list[str]:
    """Forms of a dictionary noun: lower case, a naive singular, its synonym sets."""
    if word.startswith("&"):
        return [word.rstrip("_").lower()]
    w = word.rstrip("_").lower()
    forms = [w]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        forms.append(w[:-1])
    return list(dict.fromkeys(f for x in forms for f in noun_forms(x)))


def _groups(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Items of a pattern side: ('paren', words), ('brace', words) or ('word', [w])."""
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("(", "{"):
            close = ")" if t == "(" else "}"
            j = i + 1
            words = []
            while j < len(tokens) and tokens[j] != close:
                if tokens[j] not in "{}()":
                    words.append(tokens[j])
                j += 1
            out.append(("paren" if t == "(" else "brace", words))
            i = j + 1
            continue
        if t not in ")}" and t.lower() not in _SKIP:
            out.append(("word", [t]))
        i += 1
    return out


def parse_pattern(body: str) -> dict | None:
    """Slots of one pattern (subject, object, preps, particle), or None when it has no verb."""
    tokens = _TOKEN.findall(body)
    if "*" not in tokens:
        return None
    k = tokens.index("*")
    left, right = _groups(tokens[:k]), _groups(tokens[k + 1:])
    slots: dict = {"subj": [], "obj": [], "obj_mods": [], "preps": [], "prt": None}
    if left:
        words = [w for w in left[-1][1] if w.lower() not in _SKIP]
        if words:
            slots["subj"] = _noun(words[-1])
    pending_prep = None
    for kind, words in right:
        words = [w for w in words if w.lower() not in _SKIP]
        if not words:
            continue
        if kind == "paren":
            prep = words[0].lower()
            nouns = words[1:]
            slots["preps"].append((prep, _noun(nouns[-1]) if nouns else []))
            continue
        if kind == "word" and words[0].lower() in _PREPS and pending_prep is None:
            if words[0].lower() in PARTICLES and not slots["obj"] and slots["prt"] is None:
                slots["prt"] = words[0].lower()
            else:
                pending_prep = words[0].lower()
            continue
        if pending_prep is not None:
            slots["preps"].append((pending_prep, _noun(words[-1])))
            pending_prep = None
            continue
        if not slots["obj"]:
            slots["obj"] = _noun(words[-1])
            slots["obj_mods"] = [w.lower() for w in words[:-1] if not w.startswith("&")]
    if pending_prep is not None:
        slots["preps"].append((pending_prep, []))
    return slots


def _verb_lemma(form: str) -> tuple[str, str | None] | None:
    """(lemma, particle) of a dictionary verb line's first word; None for odd multi-word ones."""
    word = form.lstrip("+").rstrip("_")
    parts = [p for p in word.lower().split("_") if p]
    if not parts or not parts[0].isalpha():
        return None
    if form.startswith("+"):
        if len(parts) == 2 and parts[1] in PARTICLES | {"up", "down"}:
            return parts[0], parts[1]
        return None  # "+KILLED_AND", "+ANGERED_BY": inflected phrases
    return parts[0], None


def dictionary_blocks(table: dict[str, str]) -> list[list[tuple[dict, str]]]:
    """Per verb block, its examples: (features, PLOVER type)."""
    blocks: list[list[tuple[dict, str]]] = []
    verbs: list[tuple[str, str | None, str]] = []
    patterns: list[tuple[str, str]] = []
    default = "---"

    def flush():
        if not verbs:
            return
        ex = []
        for lemma, prt, code in verbs:
            # the verb alone stands for its default reading, which most of its uses take
            for _ in range(VERB_WEIGHT):
                ex.append((pattern_features(lemma, prt=prt), plover(code, table)))
            for body, pcode in patterns:
                slots = parse_pattern(body)
                if slots is None:
                    continue
                prt_ = slots.pop("prt") or prt
                ex.append((pattern_features(lemma, prt=prt_, **slots), plover(pcode, table)))
        blocks.append(ex)

    in_verbs = False
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            flush()
            verbs, patterns, default, in_verbs = [], [], head.group(2), True
            continue
        if not in_verbs:
            continue
        text = line.split("#")[0]
        code_m = re.search(r"\[([^\]]*)\]", text)
        code = code_m.group(1) if code_m else default
        text = re.sub(r"\[[^\]]*\]", "", text)
        if line.startswith("-"):
            patterns.append((text[1:].strip(), code))
            continue
        first = re.sub(r"\{[^}]*\}", "", text).split()
        if not first:
            continue
        parsed = _verb_lemma(first[0])
        if parsed is not None:
            verbs.append((*parsed, code))
    flush()
    return blocks


def lexicon_examples() -> list[tuple[dict, str]]:
    """newsgraph's own trigger lexicon as patterns."""
    out = []
    for key, (etype, _mode, _role) in lx.VERBS.items():
        words = key.split()
        verb, rest = words[0], words[1:]
        slots: dict = {"obj": [], "preps": [], "prt": None, "xcomp": None}
        if len(rest) >= 2 and rest[0] == "to" and rest[1] not in lx.NOUNS:
            slots["xcomp"] = rest[1]
        elif len(rest) == 1 and rest[0] in PARTICLES and rest[0] not in ("in", "on"):
            slots["prt"] = rest[0]
        elif len(rest) == 1 and rest[0] in _PREPS:
            slots["preps"] = [(rest[0], [])]
        elif len(rest) == 1:
            slots["obj"] = noun_forms(rest[0])
        elif len(rest) == 2 and rest[0] in _PREPS:
            slots["preps"] = [(rest[0], noun_forms(rest[1]))]
        elif len(rest) == 2 and rest[0] in PARTICLES:
            slots["prt"] = rest[0]
            slots["obj"] = noun_forms(rest[1])
        elif len(rest) == 2:
            slots["obj"] = noun_forms(rest[0])
            slots["preps"] = [(rest[1], [])]
        elif rest:
            slots["obj"] = noun_forms(rest[0])
            slots["preps"] = [(rest[1], noun_forms(rest[2]))]
        out.append((pattern_features(verb, **slots), etype))
    return out


def known_lemmas() -> set[str]:
    """Verb lemmas the dictionary or the lexicon codes (their real uses are not NONE)."""
    out = {k.split()[0] for k in lx.VERBS}
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "-", "&", "+")) or not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)", line)
        word = m.group(1) if m else line.split()[0]
        parsed = _verb_lemma(word)
        if parsed is not None:
            out.add(parsed[0])
    return out


def ecb_none(bench: Path, limit: int | None, log) -> list[tuple[dict, bool]]:
    """(features, held out?) of verbs in ECB+ train documents that no dictionary knows."""
    import spacy

    from ..pipeline import DEFAULT_MODEL

    path = bench / "ecbplus" / "documents.jsonl"
    if not path.exists():
        raise EvalError(f"{path} is missing: point --bench at the shared gold sets")
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    docs = [d for d in docs if d["split"] == "train"]
    if limit is not None:
        docs = docs[:limit]
    known = known_lemmas()
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    out = []
    t0 = time.time()
    for k, doc in enumerate(nlp.pipe((d["text"] for d in docs), batch_size=16)):
        for tok in doc:
            if tok.pos_ == "VERB" and verb_lemma(tok) not in known:
                out.append((token_features(tok), k % 5 == 4))
    log(f"ecb+ train: {len(docs)} documents, {len(out)} unknown verbs "
        f"({time.time() - t0:.0f}s)")
    return out


def _fit(examples: list[tuple[dict, str, float]]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _, _ in examples])
    y = [label for _, label, _ in examples]
    w = np.array([wt for _, _, wt in examples])
    clf = LogisticRegression(C=4.0, max_iter=400).fit(x, y, sample_weight=w)
    return vec, clf


def _accuracy(vec, clf, examples: list[tuple[dict, str]]) -> dict:
    pred = clf.predict(vec.transform([f for f, _ in examples]))
    gold = [label for _, label in examples]
    ok = sum(p == g for p, g in zip(pred, gold))
    ev = [(p, g) for p, g in zip(pred, gold) if g != NONE]
    found = sum(p != NONE for p, _ in ev)
    return {"n": len(gold), "accuracy": round(ok / max(len(gold), 1), 4),
            "event_type_accuracy": round(sum(p == g for p, g in ev) / max(len(ev), 1), 4),
            "events_found": round(found / max(len(ev), 1), 4)}


def train(bench: Path, out: Path | None = None, limit: int | None = None, log=print) -> dict:
    """Fit the scorer, write its weights and card, return the card."""
    import joblib

    t0 = time.time()
    table = cameo_map(bench)
    blocks = dictionary_blocks(table)
    lexicon = lexicon_examples()
    ecb = ecb_none(bench, limit, log)
    train_ex: list[tuple[dict, str, float]] = []
    dev_dict: list[tuple[dict, str]] = []
    for b, ex in enumerate(blocks):
        if b % 5 == 4:
            dev_dict += ex
        else:
            train_ex += [(f, label, 1.0) for f, label in ex]
    train_lex = [(f, label, LEXICON_WEIGHT) for f, label in lexicon]
    train_ecb = [(f, NONE, 1.0) for f, held in ecb if not held]
    dev_ecb = [(f, NONE) for f, held in ecb if held]
    log(f"dictionary: {len(blocks)} verb blocks, {sum(map(len, blocks))} examples; "
        f"lexicon {len(lexicon)}; ecb+ none {len(ecb)}")
    vec, clf = _fit(train_ex + train_lex + train_ecb)
    dev = {"dictionary blocks held out": _accuracy(vec, clf, dev_dict),
           "ecb+ verbs held out (NONE)": _accuracy(vec, clf, dev_ecb)}
    log(f"dev: {json.dumps(dev)}")
    all_ex = ([(f, label, 1.0) for ex in blocks for f, label in ex] + train_lex
              + [(f, NONE, 1.0) for f, _ in ecb])
    vec, clf = _fit(all_ex)
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_.T.astype(np.float32)  # features x classes
    keep = np.abs(coef).max(axis=1) > 1e-3
    vocab = [name for name, k in zip(vec.feature_names_, keep) if k]
    weights = coef[keep].astype(np.float16)
    path = out or MODEL
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"classes": classes, "vocab": vocab, "weights": weights,
                 "intercept": clf.intercept_.astype(np.float32)}, path, compress=3)
    counts = Counter(label for _, label, _ in all_ex)
    card = {
        "model": "multinomial logistic regression (scikit-learn, C=4) over verb-pattern "
                 "features; newsgraph.events.verbs",
        "data": {
            "petrarch2 CAMEO.2.0 verb blocks": len(blocks),
            "petrarch2 examples (verb alone and verb x pattern)": sum(map(len, blocks)),
            f"own lexicon keys (weight {LEXICON_WEIGHT:g})": len(lexicon),
            "ecb+ train verbs unknown to both (NONE)": len(ecb),
            "labels": dict(sorted(counts.items())),
            "cameo to plover": "plover-gsr-cameo/cameo2plover_2021.jsonl (table only); "
                               "01 statements NONE, 02 appeals REQUEST",
        },
        "dev": dev,
        "features kept": len(vocab),
        "seconds": round(time.time() - t0, 1),
    }
    path.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {path} ({path.stat().st_size // 1024} KiB) and its card")
    return card
