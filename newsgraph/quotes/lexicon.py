"""Word lists for attribution: cue verbs, group nouns, pronouns.

Hand-written because no maintained offline package ships a list of English reporting verbs;
the lists follow the verbs that attribution corpora (PARC 3.0, PolNeAR) annotate as cues,
restricted to verbs of communication (belief verbs such as "think" are not quotes).
"""

from __future__ import annotations

# Lemmas of verbs that introduce speech, direct or reported.
CUE_VERBS = frozenset("""
    say tell add warn claim urge announce state insist deny note explain argue report write
    confirm acknowledge admit suggest predict assert declare allege reply respond ask comment
    stress emphasize emphasise caution vow promise pledge threaten indicate estimate maintain
    contend concede recall testify tweet post complain recount disclose reveal quip joke
    remark observe conclude counter retort continue shout scream cry whisper mutter exclaim
    boast brag lament concur agree disagree demand propose recommend advise inform assure
    reiterate repeat charge accuse blame criticize criticise praise describe mention
    announce proclaim tout signal hint acknowledge affirm attest certify clarify elaborate
    forecast grumble highlight insinuate interject muse opine pronounce protest question
    reassure reckon reason specify speculate swear theorize underscore urge voice
    """.split())

# Cue verbs that take a clause but never introduce speech without one ("accused X of ...").
NEEDS_CLAUSE = frozenset("charge accuse blame criticize criticise praise describe mention"
                         " question signal".split())

# Cue verbs whose content can be an infinitive: "urged citizens to stay home".
DIRECTIVE_VERBS = frozenset("urge ask tell warn promise vow pledge threaten demand advise".split())

# Verbs that frame a direct quote as someone's words without being speech verbs:
# "the senator called the bill "a disaster"".
FRAMING_VERBS = frozenset("call describe dub label term brand".split())

# Speakers that name a group, not an entity: "officials said" -> no entity.
GROUP_NOUNS = frozenset("""
    official officials source sources analyst analysts expert experts diplomat diplomats
    witness witnesses resident residents observer observers critic critics people
    aide aides investigator investigators researcher researchers authorities activist
    activists spokesperson spokespeople lawmaker lawmakers leader leaders officer officers
    """.split())

# A speaker for an organization: "a spokesman for the ministry" -> the ministry.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson representative".split())

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# First and second person speakers are the quoted person inside the quote, not a referent.
SELF_PRONOUNS = frozenset({"i", "we", "you"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
