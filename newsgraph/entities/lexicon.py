"""Hand-written word lists for titles, roles and well-known institutions.

No PyPI package ships English political/military title words or a table of news
institutions with their countries, so these short lists are written here. They hold
general vocabulary of news writing, never names taken from one article.
"""

from __future__ import annotations

# Head words of a title: "Defense *Minister*", "the *governor* of the region".
TITLE_HEADS = frozenset({
    "president", "vice-president", "premier", "minister", "secretary", "chancellor",
    "governor", "mayor", "senator", "sen.", "representative", "rep.", "congressman",
    "congresswoman", "lawmaker", "legislator", "deputy", "speaker", "ambassador", "envoy",
    "diplomat", "consul", "attorney", "prosecutor", "prosecutor-general", "judge", "justice",
    "commissioner", "commander", "commander-in-chief", "general", "gen.", "lieutenant",
    "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral", "adm.",
    "sergeant", "sgt.", "marshal", "officer", "chief", "head", "leader", "chairman",
    "chairwoman", "chair", "chairperson", "director", "ceo", "cfo", "coo", "founder",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "official",
    "king", "queen", "prince", "princess", "monarch", "emperor", "sheikh", "emir", "pope",
    "cardinal", "archbishop", "bishop", "patriarch", "imam", "rabbi", "pastor", "executive",
    "manager", "analyst", "economist", "strategist", "inspector",
    "superintendent", "sheriff", "mp", "mep", "councillor", "councilman", "councilwoman",
    "governor-general", "ombudsman", "auditor", "treasurer", "comptroller", "candidate",
    "nominee",
})

# Words that modify a title head: "*Defense* Minister", "*Deputy Foreign* Minister".
TITLE_MODIFIERS = frozenset({
    "defense", "defence", "foreign", "interior", "home", "finance", "economy", "economic",
    "justice", "health", "education", "energy", "trade", "commerce", "agriculture",
    "transport", "transportation", "labor", "labour", "environment", "culture", "digital",
    "infrastructure", "treasury", "state", "homeland", "security", "intelligence", "military",
    "prime", "vice", "deputy", "acting", "former", "interim", "first", "top", "chief",
    "general", "attorney", "senior", "junior", "assistant", "associate", "executive",
    "regional", "federal", "national", "provincial", "local", "city", "district", "county",
    "supreme", "army", "navy", "naval", "air", "force", "armed", "forces", "staff", "joint",
    "chiefs", "presidential", "press", "white", "house", "cabinet", "war", "veterans",
    "emergency", "emergencies", "information", "communications", "development", "industry",
    "social", "affairs", "public", "policy", "budget", "tax", "housing", "sports", "youth",
    "science", "technology", "research", "operations", "operating", "financial", "managing",
    "high", "special", "minority", "majority", "opposition", "party", "lead", "chief's",
})

# Abbreviated titles written before a name: "Gen. Mark Milley", "Sen. Ted Cruz".
TITLE_ABBREVIATIONS = frozenset({
    "gen.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.", "sgt.", "sen.", "rep.", "gov.",
    "lt", "gen", "col", "sen", "rep", "gov", "insp.", "supt.", "amb.", "pres.", "dr.",
})

# Honorifics are not titles: "Mr. Austin" -> no title, but a person for sure.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "madam",
    "mx", "mx.",
})

# Nouns naming what a person is or does, for appositives and introductions
# ("Vadim Shishimarin, a Russian soldier", "a Ukrainian journalist ... Name").
ROLE_NOUNS = frozenset({
    "soldier", "officer", "sergeant", "pilot", "sailor", "commander", "fighter", "volunteer",
    "journalist", "reporter", "photographer", "correspondent", "editor", "writer", "author",
    "activist", "protester", "lawyer", "doctor", "nurse", "teacher", "student", "professor",
    "researcher", "scientist", "engineer", "farmer", "worker", "driver", "businessman",
    "businesswoman", "entrepreneur", "investor", "banker", "trader", "citizen", "national",
    "resident", "civilian", "refugee", "prisoner", "detainee", "suspect", "defendant",
    "victim", "witness", "survivor", "veteran", "politician", "candidate", "priest", "monk",
    "athlete", "player", "coach", "singer", "actor", "actress", "artist", "musician",
    "economist", "analyst", "expert", "historian", "man", "woman", "boy", "girl", "mother",
    "father", "son", "daughter", "husband", "wife", "spy", "agent", "hacker", "mercenary",
    "tourist", "diplomat", "blogger", "dissident", "opposition", "leader", "official",
})

# Role nouns that say who someone is but make no title ("a British man" -> country only).
GENERIC_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "husband", "wife",
    "citizen", "national", "resident", "person",
})

# Words after a country name that make an organization: "Ukraine's general staff",
# "Ukraine military", "the Russian Defense Ministry".
INSTITUTION_HEADS: tuple[tuple[str, ...], ...] = (
    ("general", "staff"), ("armed", "forces"), ("air", "force"), ("border", "guard"),
    ("border", "service"), ("national", "guard"), ("coast", "guard"), ("security", "service"),
    ("security", "council"), ("foreign", "ministry"), ("defense", "ministry"),
    ("defence", "ministry"), ("interior", "ministry"), ("finance", "ministry"),
    ("health", "ministry"), ("justice", "ministry"), ("emergency", "service"),
    ("central", "bank"), ("supreme", "court"), ("military",), ("army",), ("navy",),
    ("forces",), ("government",), ("ministry",), ("parliament",), ("police",),
    ("cabinet",), ("prosecutors",), ("intelligence",), ("embassy",), ("military", "intelligence"),
)

# Wire agencies and broadcasters whose name news prints alone ("-AP/BBC", "(Reuters)").
# country: where each is based, as ISO alpha-2.
WIRE_AGENCIES: dict[str, str | None] = {
    "AP": "US", "Associated Press": "US", "Reuters": "GB", "AFP": "FR",
    "Agence France-Presse": "FR", "Agence France Presse": "FR", "BBC": "GB", "CNN": "US",
    "UPI": "US", "Bloomberg": "US", "DPA": "DE", "dpa": "DE", "ANSA": "IT", "EFE": "ES",
    "Kyodo": "JP", "Yonhap": "KR", "Xinhua": "CN", "TASS": "RU", "Tass": "RU",
    "Interfax": "RU", "RIA Novosti": "RU", "Ukrinform": "UA", "PTI": "IN", "IANS": "IN",
    "ANI": "IN", "AAP": "AU", "CP": None, "Al Jazeera": "QA", "NHK": "JP", "Anadolu": "TR",
}

# Institutions named by a common word or a building, whose country the text rarely states
# ("the Pentagon said"). Kept to names that mean one institution in English news.
INSTITUTIONS: dict[str, str] = {
    "Pentagon": "US", "White House": "US", "State Department": "US", "Kremlin": "RU",
    "Downing Street": "GB", "Whitehall": "GB", "Elysee": "FR", "Élysée": "FR",
    "Bundestag": "DE", "Bundeswehr": "DE", "Knesset": "IL", "Duma": "RU", "State Duma": "RU",
    "Verkhovna Rada": "UA", "Rada": "UA", "Zhongnanhai": "CN", "Politburo": "CN",
    # not "Congress" (India's Congress party) nor "Treasury" (every country has one)
    "CIA": "US", "FBI": "US", "NSA": "US", "US Congress": "US", "U.S. Congress": "US",
    "Capitol Hill": "US", "Federal Reserve": "US", "Fed": "US",
    "Bank of England": "GB", "Bundesbank": "DE", "FSB": "RU", "SBU": "UA", "GRU": "RU",
    "Mossad": "IL", "MI6": "GB", "MI5": "GB", "Scotland Yard": "GB", "Quai d'Orsay": "FR",
}

# Prepositions after which a capitalized name is usually a place ("from Kharkiv").
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "from", "to", "towards", "toward", "near", "outside", "around", "across", "inside",
    "into", "through", "at", "via", "of",
})
# A stricter set for overruling an ORG tag: "in Toyota" can be an investment in a company.
STRONG_LOCATIVES = frozenset({
    "towards", "toward", "near", "outside", "around", "across", "inside", "into", "through",
    "from",
})

# Words that end organization names, so a place-like name before them stays ORG.
ORG_SUFFIXES = frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa",
    "group", "company", "bank", "university", "college", "party", "club", "fc", "council",
    "committee", "agency", "institute", "foundation", "association", "union", "ministry",
    "department", "airlines", "airways", "motors", "news", "times", "post",
})

# International bodies: a person speaking for one belongs to no country, so the dateline's
# country is not given to people named beside them ("Commission President Ursula von der
# Leyen" in a story datelined Brussels). Any ORG whose name starts "International" counts too.
INTERNATIONAL_BODIES = frozenset({
    "United Nations", "UN", "U.N.", "European Union", "EU", "E.U.", "NATO", "IMF",
    "International Monetary Fund", "World Bank", "European Commission", "Commission",
    "European Parliament", "European Council", "Council of Europe", "Security Council",
    "UN Security Council", "U.N. Security Council", "World Health Organization", "WHO",
    "Red Cross", "Red Crescent", "ICRC", "Amnesty International", "Human Rights Watch", "ICC",
    "OSCE", "African Union", "ASEAN", "OPEC", "WTO", "World Trade Organization", "UNICEF",
    "UNHCR", "OECD", "G7", "G20", "Interpol", "IAEA", "World Food Programme", "WFP",
    "Doctors Without Borders", "MSF", "Arab League", "Gulf Cooperation Council",
})
