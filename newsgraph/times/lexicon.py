"""Word lists shared by time recognition (Matcher patterns) and normalization."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december"), 1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
    MONTHS[_name[:3] + "."] = _i
MONTHS.update({"sept": 9, "sept.": 9})

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday")):
    WEEKDAYS[_name] = _i
for _abbr, _i in (("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3),
                  ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6)):
    WEEKDAYS[_abbr + "."] = _i

# TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# TIMEX3 parts of the day.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

DAY_WORDS = ("today", "yesterday", "tomorrow", "tonight")

# Singular unit -> (ISO duration letter, multiplier). Time units go after "T" in ISO 8601.
UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1),
    "day": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1),
    "quarter": ("M", 3), "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100),
}
TIME_UNITS = {"second", "minute", "hour"}
UNIT_PLURALS = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
                "weeks": "week", "fortnights": "fortnight", "months": "month",
                "quarters": "quarter", "years": "year", "decades": "decade",
                "centuries": "century"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "half": 0,
}
# Counts that a TIMEX3 value writes as "X" (unknown number).
VAGUE_COUNTS = ("several", "few", "many", "some", "numerous", "multiple")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}

# Words before a time expression that the record's text keeps but a TIMEX3 extent does not.
PREPOSITIONS = ("on", "in", "at", "during", "since", "until", "till", "by", "for", "from",
                "within", "throughout", "through")

# Words that make the governing verb point forward in time.
FUTURE_AUX = ("will", "'ll", "shall", "wo", "may", "might")
# Verbs whose "to" infinitive is still ahead of them ("vowed to return on Saturday"), beside
# FUTURE_LEMMAS ("plans to visit"); not the implicative ones ("managed to", "tried to",
# "began to"), whose act has happened.
INTENT_LEMMAS = ("vow", "pledge", "promise", "agree", "decide", "threaten", "vote", "ask",
                 "urge", "want", "offer", "propose", "seek", "demand", "invite", "resolve",
                 "undertake", "commit", "arrange", "order", "call", "warn", "tell")
FUTURE_LEMMAS = ("plan", "expect", "schedule", "set", "due", "intend", "aim", "prepare",
                 "hope", "go", "slate")

# Holidays on a fixed day of the Gregorian calendar (movable feasts are left to dateparser).
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
            "valentine's day": (2, 14), "independence day": (7, 4), "bastille day": (7, 14),
            "boxing day": (12, 26), "st. patrick's day": (3, 17), "may day": (5, 1)}
