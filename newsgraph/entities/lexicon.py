"""Hand-written word lists for titles, roles and well-known institutions.

No PyPI package ships English political/military title words or a table of news
institutions with their countries, so these short lists are written here. They hold
general vocabulary of news writing, never names taken from one article.
"""

from __future__ import annotations

from nameparser.config import CONSTANTS as _NAMEPARSER

from .organizations import of_kind

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

# Honorifics are not titles: "Mr. Austin" -> no title, but a person for sure. The courtesy
# titles of nameparser's title list (it has no separate list of them), with and without the
# period news writes after them.
_COURTESY = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
             "madam")
HONORIFICS = frozenset(w + dot for w in _COURTESY if w in _NAMEPARSER.titles for dot in ("", "."))

# Words that stand before a person's name and are not part of it, for keys that must not
# depend on them ("Mr. Putin", "President Putin", "PUTIN" are one name): honorifics, the
# title heads and abbreviations above, and nameparser's titles.
NAME_PREFIXES = frozenset(
    {w.rstrip(".") for w in HONORIFICS | TITLE_HEADS | TITLE_ABBREVIATIONS}
    | {t for t in _NAMEPARSER.titles if t.isascii() and t.isalpha()} | {"the"})

# Family names written first: the first word of these full names is the surname ("Wang" of
# "Wang Yi"). Hand-written: common Chinese, Korean and Vietnamese family names in English news.
FAMILY_FIRST = frozenset("""
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Moon Yoo
Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng
Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng
Wei Su Lu Ding Ren Shen Yao Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly
Hun
""".split())

# Words before a vessel's name ("INS Mysore", "MV Gibe", "USS Gerald R. Ford"): a ship is
# neither a person nor a place. Hand-written: navy and merchant ship prefixes in English news.
SHIP_PREFIXES = frozenset("""
INS MV USS USNS HMS HMCS HMAS HMNZS RFS MS SS RV FV MT TCG ARA BNS PNS KRI CNS ROKS JS FS
NRP HNLMS HDMS KD LÉ HMY RMS
""".split())

# Measurement units and abbreviations that taggers sometimes take for names ("3 min", "km").
UNIT_WORDS = frozenset("""
min mins sec secs hr hrs km kms mi mph kph kg kgs lb lbs ft sq mm cm bn mn tn pct yr yrs
""".split())

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

# Wire agencies and broadcasters whose name news prints alone ("-AP/BBC", "(Reuters)"), and
# institutions named by a common word or a building whose country the text rarely states ("the
# Pentagon said"), from the one organizations table (data/organizations.tsv): name as written
# -> ISO alpha-2 of the country it is based in.
WIRE_AGENCIES: dict[str, str | None] = {
    n: o.country for n, o in of_kind("agency", "press-wire").items()}
INSTITUTIONS: dict[str, str] = {
    n: o.country for n, o in of_kind("institution").items() if o.country}

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
# They are organizations, never places ("the EU", "NATO's eastern flank").
INTERNATIONAL_BODIES = frozenset(of_kind("international"))
