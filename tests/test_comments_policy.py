"""Issue 15: the civility policy on comments written here: clauses, evidence spans,
disguised words, quoting, spam; the normalizer; the classifier's arithmetic; the CLI."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import numpy as np
import pytest

from newsgraph.moderation.classifier import Classifier
from newsgraph.moderation.lexicon import CLAUSES, Lexicon, lexicon
from newsgraph.moderation.normalize import Normalizer
from newsgraph.moderation.obfuscate import RULES, obfuscate, obfuscate_word
from newsgraph.moderation.policy import moderate


@pytest.fixture(scope="module")
def norm():
    return Normalizer(lexicon().words())


@pytest.mark.parametrize("raw,plain", [
    ("f#ck", "fuck"), ("F*CK", "fuck"), ("b!tch", "bitch"), ("sh1t", "shit"),
    ("m0r0n", "moron"), ("fuuuuuck", "fuck"), ("idiooot", "idiot"), ("s h i t", "shit"),
    ("f.u.c.k", "fuck"), ("i-d-i-o-t", "idiot"), ("mоrоn", "moron"),  # Cyrillic о
    ("ｆｕｃｋ", "fuck"), ("fu\u200bck", "fuck"), ("a$$hole", "asshole"),
    ("f u c k i n g i d i o t", "fucking idiot"),
    # misspelt, run together, "1" for "l", masked inside a longer word
    ("fcuking", "fucking"), ("phuck", "fuck"), ("c1own", "clown"), ("1d10tic", "idiotic"),
    ("clusterf**k", "clusterfuck"), ("sh*tshow", "shitshow"),
    ("fuckingridiculous", "fucking ridiculous"), ("filthygypsies", "filthy gypsies"),
    ("sh-it", "shit"), ("circle-w*nk", "circle-wank"),
])
def test_normalizer_undoes_disguises(norm, raw, plain):
    assert norm(raw).text == plain


@pytest.mark.parametrize("text", [
    "The U.S. and the U.K. met in 2022.", "a b c", "Meeting at 10:30, room 4B.",
    "@USER #MAGA see URL", "I need 2 apples",
    # English words a swap or a search inside would spoil, and a town with a policy word in it
    "the dragon's lair", "a garden hose", "Scunthorpe United", "Cockermouth", "cocktail hour",
    "the assassination", "a well-known self-made man", "the so-called reform",
])
def test_normalizer_leaves_ordinary_text(norm, text):
    assert norm(text).text == text.lower()


def test_normalizer_maps_spans_back(norm):
    raw = "Well, you f#cking  b!tch, s h i t."
    n = norm(raw)
    for word, orig in (("fucking", "f#cking"), ("bitch", "b!tch"), ("shit", "s h i t")):
        s = n.text.index(word)
        a, b = n.span(s, s + len(word))
        assert raw[a:b] == orig


@pytest.mark.parametrize("text,clause", [
    ("You are a f#cking idiot", "personal"),
    ("shut up you m0r0n", "personal"),
    ("What a load of sh1t", "obscene"),
    ("This is fuuuuucking ridiculous", "obscene"),
    ("These immigrants are animals", "derogatory"),
    ("Send the f@ggots home", "derogatory"),
])
def test_offensive_comments_are_held_with_clause_and_evidence(text, clause):
    d = moderate(text)
    assert d.decision in ("reject", "review")
    assert clause in d.clauses
    assert any(e.clause == clause for e in d.evidence)
    for e in d.evidence:  # evidence points at the text as written
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text", [
    "I disagree with the minister's reading of the ceasefire.",
    "Thanks for the clear map of the front line.",
    "The reporter got the date wrong: the offensive started in May.",
    "Can someone explain why the talks collapsed?",
    "A fair question about the supply lines.",  # held by a retrained model once
    # rejected outright by thresholds chosen with review counted as wrong (scores 0.55-0.56)
    "Respectfully, the other side has a point about the grain corridor.",
    "This policy is a disaster for farmers, plain and simple.",
])
def test_civil_comments_go_live(text):
    d = moderate(text)
    assert d.decision == "allow" and d.clauses == [] and d.evidence == []


def test_quoting_a_word_to_report_it_is_shown_not_counted():
    quoted = moderate("He called them 'animals' at the rally, which is outrageous.")
    assert quoted.decision == "allow"
    ev = [e for e in quoted.evidence if e.text == "animals"]
    assert ev and ev[0].quoted and ev[0].clause == "derogatory"
    assert "quoted" in quoted.reason
    # the same word used, not quoted, is an attack on a group
    used = moderate("They are animals.")
    assert used.decision != "allow" and "derogatory" in used.clauses
    assert not any(e.quoted for e in used.evidence)


def test_group_word_needs_a_group():
    assert moderate("The zoo's animals were moved to safety.").decision == "allow"


def test_spam():
    d = moderate("Buy now! click here http://a.example http://b.example http://c.example")
    assert d.decision == "reject" and d.clauses == ["spam"]
    assert {e.clause for e in d.evidence} == {"spam"}


@pytest.mark.parametrize("text", [
    "I made $400/day from my sofa. Here's how → easy-cash-club.biz",  # sum, cue, arrow, link
    "Great piece. Join my signals group on Telegram, 250% gains",
    "cheap-meds.ru cheap-meds.ru no prescription needed",  # the same link twice
    "Deals today >>> bit.ly/abc123 bit.ly/abc123",
    "Read my blog for the REAL story!!! mytruth.example.com",
    "You have won an iPhone! Claim at prize-example.xyz",
])
def test_advertising_is_spam(text):
    d = moderate(text)
    assert d.decision == "reject" and "spam" in d.clauses, d


@pytest.mark.parametrize("text", [
    "The full audit is here: https://www.nao.org.uk/reports/ - page 12 has the figures.",
    "The deal is worth $400 million, see reuters.com for the details.",
    "The president said on Telegram that the talks would go on.",
])
def test_a_source_or_a_sum_is_not_spam(text):
    d = moderate(text)
    assert d.decision == "allow" and "spam" not in d.clauses, d


def test_an_insult_after_a_nationality_is_derogatory():
    d = moderate("Typical Scots, a nation of whingers.")
    assert d.decision != "allow" and "derogatory" in d.clauses


def test_a_word_quoted_after_remark_is_not_counted():
    d = moderate("The senator's remark that migrants are 'animals' was dehumanising.")
    assert d.decision == "allow"
    assert any(e.quoted for e in d.evidence)


def test_decision_to_dict_shape():
    out = moderate("You are a f#cking idiot").to_dict("c9")
    assert set(out) >= {"id", "decision", "clauses", "score", "evidence"}
    assert out["id"] == "c9" and 0.0 <= out["score"] <= 1.0
    assert all(set(e) >= {"start", "end", "text", "clause"} for e in out["evidence"])
    assert set(out["clauses"]) <= set(CLAUSES)


@pytest.mark.parametrize("rule", RULES)
def test_disguised_insults_still_caught(rule):
    rng = random.Random(7)
    text = "you are a " + obfuscate_word("fucking", rule, rng) + " " + \
        obfuscate_word("idiot", rule, rng)
    d = moderate(text)
    assert d.decision == "reject", (rule, text, d)
    assert {"obscene", "personal"} <= set(d.clauses)


def test_obfuscate_changes_words_by_rule():
    rng = random.Random(1)
    assert obfuscate("you are an idiot", "spaced", rng, share=1.0) == "y o u a r e an i d i o t"
    assert obfuscate("@USER idiot", "leet", random.Random(2), share=1.0).startswith("@USER ")


def test_lexicon_rejects_unknown_clause():
    with pytest.raises(ValueError):
        Lexicon({"rude": {"strong": ["x"]}})


def test_classifier_matches_scikit_learn():
    """The shipped arithmetic equals scikit-learn's TfidfVectorizer + LogisticRegression."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from newsgraph.moderation.features import lexicon_counts, model_text
    from newsgraph.moderation.train import pruned

    docs = ["you are an idiot", "thanks for the report", "what a stupid idea, idiot",
            "good reporting @user url", "the troops withdrew", "shut up moron moron",
            "nice map", "you fool"]
    y = [1, 0, 1, 0, 0, 1, 0, 1]
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                            token_pattern=r"(?u)\b\w+\b")
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    texts = [model_text(d) for d in docs]
    lex = np.vstack([lexicon_counts(d) for d in docs])
    x = sparse.hstack([words.fit_transform(texts), chars.fit_transform(texts),
                       sparse.csr_matrix(lex)]).tocsr()
    clf = LogisticRegression(C=10, max_iter=1000).fit(x, y)
    clause = LogisticRegression(max_iter=1000).fit(x, ["personal", "obscene"] * 4)
    model = pruned(words, chars, clf, clause, keep=10 ** 6)
    ours = Classifier(model)
    for d, want in zip(docs, clf.predict_proba(x)[:, 1], strict=True):
        assert ours.explain(d).score == pytest.approx(want, abs=1e-5)


def test_shipped_model_is_small_and_has_dev_thresholds():
    from newsgraph.moderation.classifier import MODEL

    assert MODEL.stat().st_size < 10_000_000
    card = json.loads(MODEL.with_suffix(".json").read_text())
    t = card["thresholds"]
    assert 0 < t["offensive"] < 1 and 0 < t["lexicon"] <= t["review"] <= t["reject"] < 1
    assert card["data"]["olid_dev"] > 1000


def test_cli_moderate_jsonl(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text('{"id": "a", "text": "You are a f#cking idiot"}\n'
                   'Thanks for the clear reporting.\n'
                   '{"id": "b"}\n')
    out = subprocess.run([sys.executable, "-m", "newsgraph", "moderate", str(src),
                          "--format", "jsonl"], capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 2]
    assert rows[0]["decision"] == "reject" and rows[1]["decision"] == "allow"
    assert 'no "text"' in out.stderr


def test_an_insult_aimed_at_a_group_is_derogatory():
    d = moderate("women are too stupid to vote")
    assert d.decision == "reject" and d.clauses == ["derogatory"]


def test_a_denied_insult_is_not_counted():
    assert moderate("It's not stupid to ask for evidence before believing it.").decision \
        == "allow"
    d = moderate("You are not stupid, you are an idiot")
    assert [e.text for e in d.evidence] == ["idiot"]


@pytest.mark.parametrize("text", [
    "You are a f#cking idiot", "What a shame for the villagers.", "They are animals.",
])
def test_every_held_comment_names_its_evidence(text):
    d = moderate(text)
    if d.decision != "allow":
        assert d.clauses and any(not e.quoted for e in d.evidence)


def test_training_script_runs_end_to_end_on_a_tiny_bench(tmp_path):
    """The training script on a tiny OLID-shaped set (no Davidson): a model and card that
    load and score; the shipped model is trained the same way on the real sets."""
    from newsgraph.moderation.train import train

    rng = random.Random(3)
    nice = ["thanks for the report", "the talks resume monday", "good map of the front",
            "prices rose in the city", "the minister spoke today"]
    rude = ["you are an idiot", "shut up moron", "what a stupid clown", "f*ck this liar",
            "go away you fool"]
    rows = []
    for i in range(120):
        off = i % 3 == 0
        text = rng.choice(rude if off else nice) + f" {rng.choice(nice).split()[1]}"
        rows.append({"id": i, "text": text, "subtask_a": "OFF" if off else "NOT",
                     "subtask_b": ("UNT" if "f*ck" in text else "TIN") if off else None,
                     "subtask_c": ("IND" if "f*ck" not in text else None) if off else None})
    (tmp_path / "olid").mkdir()
    (tmp_path / "olid" / "train.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "m.joblib"
    card = train(tmp_path, out=out, keep=5000, log=lambda line: None)
    assert out.exists() and card["data"]["olid_dev"] == 18
    clf = Classifier.load(out)
    assert clf.score_text("you are an idiot") > clf.score_text("thanks for the map")


@pytest.mark.parametrize("text", [
    "Typical Ruritanians, always moaning.", "Ruritanians are all thieves, ask anyone.",
    "Ruritanians = pickpockets.", "The Irish are too thick to run a bath",
    "Immigrants will never integrate, mark my words", "Muslims breed like rabbits",
])
def test_a_group_said_to_be_something_bad_is_derogatory(text):
    d = moderate(text.replace("Ruritanians", "Romanians"))
    assert d.decision == "reject" and "derogatory" in d.clauses, d
    assert any(e.source == "rule" and e.clause == "derogatory" for e in d.evidence)


@pytest.mark.parametrize("text", [
    "Muslims are all invited to the iftar at the town hall on Friday.",
    "Typical French cooking uses a lot of butter.",
    "Poles are all over the news this week after the election.",
    "Refugees cannot be returned to a war zone under international law.",
    "He said 'Romanians are all thieves' on air, which is disgraceful.",
])
def test_a_group_named_in_passing_or_quoted_is_not_a_stereotype(text):
    assert moderate(text).decision == "allow", text


@pytest.mark.parametrize("text,decision", [
    ("Dick Advocaat has managed more national teams than most of us.", "allow"),
    ("Fun fact: the Cock and Bull pub in Stony Stratford is old.", "allow"),
    ("The Bloody Sunday inquiry reported.", "allow"),
    ("You are a dick, Steve.", "reject"),
    ("Shut up you DICK", "reject"),
])
def test_a_policy_word_in_a_name_is_no_obscenity(text, decision):
    assert moderate(text).decision == decision, text
