"""The civility policy applied to one comment: a decision, the clauses it breaks and the
evidence for each.

    decision = moderate("You are a f#cking idiot")
    decision.decision      # "reject"
    decision.clauses       # ["obscene", "personal"]
    decision.evidence      # [Evidence(10, 17, "f#cking", "obscene"), Evidence(18, 23, ...)]

1. Normalize (``normalize.py``): disguised words read as the plain ones; offsets map back.
2. Lexicon (``data/lexicon.json``): policy terms by clause. A group insult ("animals") counts
   only next to a group word. A term inside quotation marks after a reporting cue ("he called
   them 'animals'") is quoted, not used: it is shown as evidence marked ``quoted`` and masked
   before the classifier scores the rest.
3. Classifier (``classifier.py``): P(offensive), the clause it looks like, and each word's
   share of the score; words with a large share are evidence too.
4. Spam rules (``data/policy.json``): links in bulk, advertising phrases, repeated text.
5. Decision (``decide``), with thresholds chosen on the dev split (``models/moderation.json``):
   reject when the score passes ``reject``, or ``lexicon`` with a strong policy term (or
   group insult) unquoted; review when a policy term comes with a lower score, or the score
   is in the band from ``review`` to ``reject``; allow otherwise. The training script picks
   ``review``, ``reject`` and ``lexicon`` together: the most dev comments decided right
   (review counts as not right, a wrong rejection counts twice against), with at most a set
   share of them sent to review.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from .classifier import Classifier, Explanation, shipped
from .lexicon import CLAUSES, Hit, lexicon, policy_data
from .normalize import Normalized

DECISIONS = ("allow", "review", "reject")
# open and close quotation marks (the normalized text keeps them)
_QUOTES = re.compile(r"\"([^\"]{1,200})\"|“([^”]{1,200})”|‘([^’]{1,200})’|"
                     r"(?<![\w])'([^']{1,200})'(?![\w])")
_WORDS = re.compile(r"[\w'’-]+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|biz|info|ru|io|xyz|"
                  r"co|ly|me|tv|top|online|shop|site|club|app|uk)\b(?:/\S*)?", re.I)
MODEL_EVIDENCE = 0.9  # a word's share of the logit that makes it evidence on its own
HIGH_MARGIN = 0.2  # above offensive + this, the model alone may reject


@dataclass(slots=True)
class Evidence:
    """Words of the comment (original offsets) and the clause they bear on."""

    start: int
    end: int
    text: str
    clause: str
    source: str = "lexicon"  # lexicon | model | rule
    quoted: bool = False  # quoted to report or discuss it: shown, not counted

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if not self.quoted:
            out.pop("quoted")
        return out


@dataclass(slots=True)
class Decision:
    """What the policy says about one comment."""

    decision: str
    clauses: list[str]
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""

    def to_dict(self, comment_id: Any = None) -> dict[str, Any]:
        """The JSON object of ``newsgraph moderate`` and ``POST /api/moderate``."""
        return {"id": comment_id, "decision": self.decision, "clauses": self.clauses,
                "score": round(self.score, 4),
                "evidence": [e.to_dict() for e in self.evidence], "reason": self.reason}


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each quotation's inside that follows a reporting cue."""
    data = policy_data()["quoting"]
    cues = set(data["cues"])
    window = int(data["window"])
    spans = []
    for m in _QUOTES.finditer(text):
        inner = next(i for i in range(1, 5) if m.group(i) is not None)
        before = [w.lower() for w in _WORDS.findall(text[max(0, m.start() - 120):m.start()])]
        after = [w.lower() for w in _WORDS.findall(text[m.end():m.end() + 40])[:3]]
        if cues.intersection(before[-window:]) or (
                len(m.group(inner).split()) <= 3 and cues.intersection(after)):
            spans.append((m.start(inner), m.end(inner)))
    return spans


def _plain_word(word: str) -> bool:
    """A stop word or a placeholder: never evidence on its own."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    core = word.strip("\"'“”‘’.,!?;:()").lower()
    return len(core) < 3 or core in ENGLISH_STOP_WORDS or core.startswith(("@", "http"))


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end] part of a name: written with a capital, not at the
    start of a sentence, or next to another capitalised word ("Dick Advocaat", "Cock and
    Bull")? A word in capitals ("DICK") is no name."""
    word = text[start:end]
    if not _NAME_WORD.fullmatch(word):
        return False
    before = re.findall(r"[\w'’]+|[.!?]", text[max(0, start - 40):start])
    after = re.findall(r"[\w'’]+", text[end:end + 40])
    prev_name = len(before) > 1 and bool(_NAME_WORD.fullmatch(before[-1])) \
        and before[-2] not in ".!?"
    next_name = bool(after) and bool(_NAME_WORD.fullmatch(after[0]) or len(after) > 1 and after[
        0] in ("and", "&", "of") and _NAME_WORD.fullmatch(after[1]))
    return prev_name or next_name


def _negated(norm: str, hit: Hit) -> bool:
    before = [w.lower() for w in _WORDS.findall(norm[max(0, hit.start - 30):hit.start])][-2:]
    return any(w in ("not", "never", "isn't", "wasn't", "aren't", "nor") or w.endswith("n't")
               for w in before)


def _near_group(norm: str, hit: Hit) -> bool:
    """Is a group named in the four words before the hit ("Russians are drunks", "a nation
    of drunks")? Group words: the policy's cues and every nationality word."""
    before = [w.lower() for w in _WORDS.findall(norm[max(0, hit.start - 60):hit.start])][-4:]
    return any(_group_word(w) for w in before)


def _group_word(word: str) -> bool:
    from ..places.countries import country_of_demonym

    return word in policy_data()["group_cues"] or (
        len(word) > 3 and country_of_demonym(word.capitalize()) is not None)


@cache
def _stereotype_group(word: str) -> bool:
    from ..places.countries import country_of_demonym

    return word in _stereotype_data()["groups"] or (
        len(word) > 3 and country_of_demonym(word.capitalize()) is not None)


@cache
def _stereotype_data() -> dict:
    data = dict(policy_data()["stereotypes"])
    data["groups"] = frozenset(data["groups"])
    data["bad"] = frozenset(data["bad"]) | {
        t for t in lexicon().words() if " " not in t and lexicon().terms[t].clause != "spam"}
    return data


_STEREO_WORDS = re.compile(r"[\w'’-]+|=")


def _stereotypes(norm: str) -> list[tuple[int, int]]:
    """[start, end) of each group said to be one thing ("Poles are all thieves", "Typical
    French"): ``data/policy.json`` "stereotypes" gives the groups and the words around."""
    data = _stereotype_data()
    words = list(_STEREO_WORDS.finditer(norm))
    low = [w.group(0).lower().replace("’", "'") for w in words]
    found = []
    for i, w in enumerate(low):
        if not _stereotype_group(w):
            continue
        j = i + 1
        if j < len(low) and low[j] in data["group_nouns"]:
            j += 1  # "Chinese people", "Catholic priests"
        # "Typical French," / "typical Russians." (the group ends its clause), not "typical
        # French cooking"
        before = i > 0 and low[i - 1] in data["before"] and (
            j == len(low) or not norm[words[j - 1].end():words[j].start()].isspace())
        hit = before
        for seq in data["after"]:
            if hit:
                break
            part = low[j:j + len(seq)]
            hit = len(part) == len(seq) and all(
                b in data["bad"] if a == "BAD" else a == b for a, b in zip(seq, part, strict=True))
        if hit:
            first = words[i - 1] if before else words[i]
            found.append((first.start(), words[min(j, len(words)) - 1].end()))
    return found


@cache
def _spam_words(kind: str) -> re.Pattern[str]:
    """The spam "phrases" or "cues" of ``data/policy.json`` as one pattern, longest first."""
    words = sorted(policy_data()["spam"][kind], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _marks(pattern: str | re.Pattern[str], searched: str, text: str) -> list[Evidence]:
    """Spam evidence for each match of ``pattern`` in ``searched`` (``text`` or its lower
    case, same offsets)."""
    return [Evidence(m.start(), m.end(), text[m.start():m.end()], "spam", "rule")
            for m in re.finditer(pattern, searched)]


def _spam(text: str) -> tuple[list[Evidence], int]:
    """Spam evidence and the number of signs (``data/policy.json`` "spam" says how they
    count: a link, a sum, a phone number, an arrow or a cue word only supports another
    sign)."""
    rules = policy_data()["spam"]
    low = text.lower()
    signs: list[list[Evidence]] = []  # one list per sign
    support: list[list[Evidence]] = []
    links = _marks(_URL, text, text)
    targets = [e.text.lower().rstrip("/.,") for e in links]
    if len(links) > int(rules["max_links"]) or len(set(targets)) < len(targets):
        signs.append(links)  # links in bulk, or one link over and over
    elif links:
        support.append(links)
    for kind, into in (("phrases", signs), ("cues", support)):
        found: dict[str, list[Evidence]] = {}  # one sign per phrase, however often
        for e in _marks(_spam_words(kind), low, text):
            found.setdefault(e.text.lower(), []).append(e)
        into.extend(found.values())
    arrows = "|".join(re.escape(a) for a in rules["arrows"])
    support += [m for m in (_marks(rules["money"], low, text), _marks(rules["phone"], text, text),
                            _marks(arrows, text, text)) if m]
    repeats = _marks(r"(\S)\1{" + str(int(rules["repeat_run"]) - 1) + ",}", text, text)
    if repeats:
        signs.append(repeats)
    words = re.findall(r"\w+", low)
    if len(words) >= 8:
        top = max(words.count(w) for w in set(words))
        if top / len(words) >= float(rules["repeated_word_share"]):
            signs.append([Evidence(0, len(text), text, "spam", "rule")])
    if signs or len(support) >= 3:
        signs += support
    if not signs:
        return [], 0
    evidence = {(e.start, e.end): e for group in signs for e in group}
    return sorted(evidence.values(), key=lambda e: (e.start, e.end)), len(signs)


def policy_thresholds(thresholds: dict[str, float]) -> dict[str, float]:
    """The decision's thresholds from a model card, with the old card's rules where a newer
    key is missing (reject alone at offensive + HIGH_MARGIN, a policy word at offensive)."""
    t_off = thresholds["offensive"]
    return {"offensive": t_off,
            "review": thresholds.get("review", t_off),
            "reject": thresholds.get("reject", round(t_off + HIGH_MARGIN, 2)),
            "lexicon": thresholds.get("lexicon", t_off)}


def decide(score: float, strong: bool, spam: int, t: dict[str, float],
           stereotyped: bool = False) -> str:
    """allow, review or reject from the score, whether an unquoted policy word (strong, or a
    group insult next to a group) is there, the number of spam signs and whether a group is
    said to be one thing; ``t`` as ``policy_thresholds`` gives it. The training script
    chooses ``t`` on the dev split with this same function."""
    if spam >= 2 or stereotyped or score >= t["reject"] or (strong and score >= t["lexicon"]):
        return "reject"
    if strong or spam or score >= t["review"]:
        return "review"
    return "allow"


@dataclass(slots=True)
class Reading:
    """What the policy reads in a comment before it decides."""

    norm: Normalized
    evidence: list[Evidence]  # lexicon words (quoted ones marked), original offsets
    strong: set[str]  # clauses named by strong policy words (or group insults)
    weak: set[str]  # clauses named by weak policy words
    explanation: Explanation  # the classifier on the text with quoted and denied words masked
    spam: list[Evidence]
    spam_signs: int  # how many signs of spam (``_spam``): two reject, one holds
    stereotyped: bool = False  # a group said to be one thing (``_stereotypes``): rejects


class Policy:
    """The civility policy with its classifier (the shipped one unless given)."""

    def __init__(self, classifier: Classifier | None = None):
        self.classifier = classifier or shipped()
        self.lexicon = lexicon()
        self.thresholds = policy_thresholds(self.classifier.thresholds)
        # what the first comments would load otherwise (word lists, nationality words), so
        # that each comment costs the same
        _plain_word("the")
        _stereotype_group("warm")
        self.classifier._normalize("warm up")

    def read(self, text: str) -> Reading:
        """Steps 1-4 of the module's docstring: normalize, lexicon, classifier, spam rules."""
        norm: Normalized = self.classifier._normalize(text)
        quoted = _quoted_spans(norm.text)
        evidence: list[Evidence] = []
        strong: set[str] = set()
        weak: set[str] = set()
        masked = list(norm.text)
        for hit in self.lexicon.find(norm.text):
            term = hit.term
            clause = term.clause
            if clause == "obscene" and _in_a_name(text, *norm.span(hit.start, hit.end)):
                # "Dick Advocaat", "the Cock and Bull pub", "Bloody Sunday": a name, not a
                # word said of anyone; the classifier does not see it either (an insult
                # before a name, "Moron Johnson", still counts)
                masked[hit.start:hit.end] = " " * (hit.end - hit.start)
                continue
            near_group = _near_group(norm.text, hit)
            if clause == "derogatory" and not term.strong and not near_group:
                continue
            if clause == "personal" and _negated(norm.text, hit):
                # "it's not stupid to ask": denied, not said of anyone; the classifier does
                # not see it either
                masked[hit.start:hit.end] = " " * (hit.end - hit.start)
                continue
            if clause == "personal" and near_group:
                clause = "derogatory"  # an insult aimed at a group ("women are too stupid")
            is_quoted = any(a <= hit.start and hit.end <= b for a, b in quoted)
            s, e = norm.span(hit.start, hit.end)
            evidence.append(Evidence(s, e, text[s:e], clause, "lexicon", is_quoted))
            if is_quoted:
                masked[hit.start:hit.end] = " " * (hit.end - hit.start)
                continue
            (strong if term.strong or clause == "derogatory" else weak).add(clause)
        stereotyped = False
        for a, b in _stereotypes(norm.text):
            if any(x <= a < y for x, y in quoted):
                continue  # quoted to report it
            s, e = norm.span(a, b)
            evidence.append(Evidence(s, e, text[s:e], "derogatory", "rule"))
            strong.add("derogatory")
            stereotyped = True
        expl = self.classifier.explain("".join(masked))
        return Reading(norm, evidence, strong, weak, expl, *_spam(text), stereotyped)

    def moderate(self, text: str) -> Decision:
        """The decision on one comment (see the module's docstring)."""
        r = self.read(text)
        norm, evidence, strong, weak, expl = r.norm, r.evidence, r.strong, r.weak, r.explanation
        score = expl.score
        t = self.thresholds
        t_off, t_rev, t_rej = t["offensive"], t["review"], t["reject"]
        model_clause = max(expl.clauses, key=expl.clauses.get) if expl.clauses else "personal"
        covered = [(e.start, e.end) for e in evidence]
        if score >= t_rev or strong:
            # (only where the policy acts on the score: an allowed comment names no words)
            # words with a large share of the score; when no policy word is there, at least
            # the word with the largest share, so a held comment always says what held it
            ranked = sorted(expl.words, key=lambda w: -w[2])
            top = next((w for w in ranked if w[2] > 0 and not _plain_word(norm.text[w[0]:w[1]])),
                       None)
            for ns, ne, share in expl.words:
                lone = top is not None and (ns, ne) == top[:2] and not any(
                    not e.quoted for e in evidence)
                if not lone and (share < MODEL_EVIDENCE or _plain_word(norm.text[ns:ne])):
                    continue
                s, e = norm.span(ns, ne)
                word = text[s:e].strip("\"'“”‘’.,!?;:()")
                if not word or any(a < e and s < b for a, b in covered):
                    continue
                s = text.index(word, s)
                evidence.append(Evidence(s, s + len(word), word, model_clause, "model"))
        spam = r.spam
        evidence += spam

        decision = decide(score, bool(strong), r.spam_signs, t, r.stereotyped)
        clauses = set(strong)
        if score >= min(t_off, t_rev):
            clauses |= weak
            if not clauses:
                clauses.add(model_clause)
        if spam:
            clauses.add("spam")
        if decision == "reject" and r.spam_signs >= 2 and score < t_rej:
            why = "spam: " + ", ".join(sorted({e.text for e in spam})[:3])
        elif decision == "reject" and r.stereotyped and score < t["lexicon"]:
            why = "a group is said to be one thing (a derogatory generalization)"
        elif decision == "reject":
            why = (f"words the policy names, and the classifier agrees (score {score:.2f}, "
                   f"threshold {t['lexicon']})" if strong and score < t_rej else
                   f"the classifier is confident (score {score:.2f}, threshold {t_rej})")
        elif decision == "review":
            why = (f"words the policy names; the classifier is unsure (score {score:.2f})"
                   if strong else "looks like spam" if spam else
                   f"close to the line (score {score:.2f}, held from {t_rev}, "
                   f"rejected from {t_rej})")
            if score >= t_rev or not (strong or spam):
                clauses |= weak or {model_clause}
        else:
            why = f"score {score:.2f}, under {t_rev}"
            clauses = set()
        if any(e.quoted for e in evidence):
            why += "; quoted words shown, not counted"
        evidence.sort(key=lambda e: (e.start, e.end))
        return Decision(decision, [c for c in CLAUSES if c in clauses], score, evidence, why)


_POLICY: Policy | None = None


def moderate(text: str) -> Decision:
    """The shipped policy's decision on one comment."""
    global _POLICY
    if _POLICY is None:
        _POLICY = Policy()
    return _POLICY.moderate(text)
