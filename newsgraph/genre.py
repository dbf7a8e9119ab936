"""The genre of an article or a sentence: sport, business, culture or weather against politics.

Used by the events stage (no political events from a match report) and the entities stage (a
sports story's country says nothing of its players' nationality).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doctext import doc_text

SPORTS = {"match", "goal", "league", "cup", "season", "championship", "tournament", "coach",
          "striker", "midfielder", "scored", "score", "points", "playoff", "playoffs", "inning",
          "wicket", "derby", "fixture", "semifinal", "final", "quarterfinal", "nba", "nfl",
          "fifa", "uefa", "olympic", "olympics", "medal", "race", "lap", "squad", "innings",
          "stadium", "pitcher", "batter", "homer", "kickoff", "halftime", "rider", "riders",
          "seed", "seeded", "stage"}

# Words of the genres that hold no political event, and of politics; ``off_genre`` weighs them
# over a whole article.
GENRE_WORDS = {
    "sport": {"game", "season", "coach", "player", "league", "playoff", "playoffs",
              "championship", "champion", "tournament", "quarterback", "touchdown", "inning",
              "knockout", "heavyweight", "boxing", "boxer", "basketball", "football",
              "baseball", "soccer", "tennis", "golf", "cricket", "nba", "nfl", "mlb", "nhl",
              "ibf", "wbc", "wbo", "ncaa", "goal", "striker", "midfielder", "match", "fans",
              "roster", "draft", "rookie", "scoring", "teammate", "stadium", "olympic",
              "medal", "race", "lap", "squad", "semifinal", "quarterfinal", "fixture",
              "wicket", "defensive", "offensive", "linebacker", "receiver", "pitcher",
              "free-agent", "agent", "contract", "jersey", "belt", "round", "title", "set",
              "serve", "semi-final", "semi-finals", "stage", "sprint", "rider", "riders",
              "cycling", "climb", "summit-finish", "classification", "peloton", "win",
              "victory", "defeat", "beat", "final", "rugby", "scrum", "lineout", "fly-half",
              "flanker", "tries", "conversion", "penalties", "penalty", "kicks", "atp", "wta",
              "tiebreak", "odi", "t20"},
    # no word that only the ECB+ test topics use: processor, smartphone, laptop, chipmaker,
    # app(s) and servers, once here, came from them and went
    "business": {"company", "companies", "share", "shares", "stock", "stocks", "revenue",
                 "profit", "earnings", "quarter", "customer", "customers", "product",
                 "products", "launch", "price", "prices", "investor", "investors", "market",
                 "software", "patch", "server", "acquisition", "acquire", "ceo", "device",
                 "devices", "retailer", "sales", "brand", "consumer", "consumers", "analyst",
                 "analysts", "vendor", "internet", "bandwidth", "upgrade", "users"},
    "culture": {"film", "movie", "sequel", "actor", "actress", "director", "oscar", "oscars",
                "show", "album", "series", "studio", "studios", "box", "cast", "episode",
                "hollywood", "celebrity", "singer", "band", "concert", "festival", "premiere",
                "novel", "review", "fans", "star", "role", "host", "comedian", "award",
                "awards"},
    "weather": {"weather", "forecast", "temperature", "temperatures", "rain", "rainfall",
                "storm", "snow", "heatwave", "wind", "winds", "celsius", "fahrenheit",
                "meteorological", "humidity", "thunderstorm", "monsoon"},
}
POLITICAL_WORDS = {"government", "minister", "ministry", "troops", "military", "army",
                   "rebel", "rebels", "militant", "militants", "parliament", "election",
                   "protest", "protesters", "sanction", "sanctions", "war", "ceasefire",
                   "president", "prime", "police", "court", "prosecutor", "opposition",
                   "diplomat", "diplomatic", "embassy", "treaty", "insurgent", "attack",
                   "killed", "arrested", "charged", "soldiers", "forces", "regime",
                   "senator", "lawmakers", "congress", "party", "vote", "authorities"}


def off_genre(doc: Doc) -> str | None:
    """The genre (sport, business, culture, weather) of an article that reads as one and not
    as politics, else None: its genre words outnumber its political words three to one.
    Computed once per Doc (the entities and events stages both ask)."""
    if "newsgraph_genre" not in doc.user_data:
        doc.user_data["newsgraph_genre"] = _off_genre(doc)
    return doc.user_data["newsgraph_genre"]


def _off_genre(doc: Doc) -> str | None:
    counts = dict.fromkeys(GENRE_WORDS, 0)
    political = 0
    for tok in doc:
        if not tok.is_alpha:
            continue
        low = tok.lower_
        if low in POLITICAL_WORDS:
            political += 1
        for genre, words in GENRE_WORDS.items():
            if low in words:
                counts[genre] += 1
    counts["sport"] += 3 * len(SPORT_TEXT.findall(doc_text(doc)))
    genre = max(counts, key=counts.__getitem__)
    n = counts[genre]
    return genre if n >= 6 and n >= 3 * max(political, 1) else None


# sport words that are rarely anything else ("rider" and "seed" are not: a motorcycle taxi
# rider, seed funding, so they are among SPORTS); the rest of SPORTS ("scores of people", "the
# goal of the talks", "the presidential race", "a final deal") need a second one; a
# "striker" is as often a worker on strike ("a group of strikers blocked the road")
SPORTS_ONLY = {"nba", "nfl", "fifa", "uefa", "olympics", "quarterback", "touchdown", "inning",
                "innings", "wicket", "midfielder", "playoff", "playoffs", "semifinal",
                "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
                "quarter-final", "quarter-finals", "championship", "tournament", "peloton",
                "cyclist", "cyclists", "wimbledon", "grand-slam",
                "time-trial", "sprinter", "goalkeeper", "batsman", "bowler", "rugby", "scrum",
                "lineout", "fly-half", "flanker", "atp", "wta", "tiebreak", "tie-break", "t20",
                "odi", "ipl"}


# written forms the tokenizer splits: "semi-final", "world number one", scores "4-6 6-2"
SPORT_TEXT = re.compile(r"\b(semi|quarter)-?finals?\b|\bgrand slam\b|\bworld number (one|two)\b"
                         r"|\btime trial\b|\b\d{1,2}-\d{1,2},? \d{1,2}-\d{1,2}\b"
                         r"|\bsix nations\b", re.I)


def sports_context(sent: Span) -> bool:
    """True when the sentence reads as sport (goals, matches), where 'beat'/'attack' are games."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(words & SPORTS_ONLY) or len(words & SPORTS) >= 2 or bool(
        SPORT_TEXT.search(sent.text))
