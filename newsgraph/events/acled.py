"""ACLED event type and sub-event type of a PLOVER event, from its type, mode, actors and words.

ACLED codes political violence and demonstrations (Battles, Explosions/Remote violence,
Violence against civilians, Protests, Riots, Strategic developments). The PLOVER type picks
the family; the mode and the evidence's words pick the sub-event type, following the
definitions of the ACLED codebook (2023). Verbal events (CONSULT, REQUEST, ACCUSE, ...) and
AID/COOPERATE are not ACLED events: ``acled_type`` returns None for them. See docs/events.md.
"""

from __future__ import annotations

import re

from ..record import Event

# Word cues in the evidence (stems matched at word starts), checked in this order.
_CUES: list[tuple[str, str, str]] = [
    # (regex, ACLED event type, sub-event type)
    (
        r"chemical weapon|chlorine|sarin|mustard gas|nerve agent|toxic gas",
        "Explosions/Remote violence",
        "Chemical weapon",
    ),
    (
        r"suicide (bomb|attack|car)|blew (him|her|them)sel|suicide vest",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        r"air ?strike|air raid|warplane|jet|drone|helicopter gunship|bombing raid|aerial|"
        r"aircraft|bomber plane",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        r"shell|artillery|mortar|rocket|missile|howitzer|grad|barrage",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (r"grenade", "Explosions/Remote violence", "Grenade"),
    (
        r"\bied\b|improvised explosive|landmine|land mine|roadside bomb|car bomb|booby|"
        r"explosive device|bomb (blast|exploded|went off)|planted (a )?bomb|mine (blast|explo)",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
]
_DISPERSE = re.compile(r"\b(tear ?gas|rubber bullet|water cannon|baton|dispers|broke up|break up|"
                       r"fired (on|at|into))",
                       re.I)
_PROTESTERS = re.compile(r"\b(protest|demonstrat|march|rall(y|ies)|sit-in)", re.I)
_SEXUAL = re.compile(r"\b(rape|raped|sexual|sexually)", re.I)
_ABDUCT = re.compile(r"\b(abduct|kidnap|disappear|hostage|taken captive|seized .* residents)", re.I)
_LOOT = re.compile(
    r"\b(loot|torch|set (on )?fire|burn|arson|vandal|destroy|demolish|ransack)", re.I
)
_MOB = re.compile(r"\b(mob|lynch|vigilante|beat .{0,40}? to death)", re.I)
_FORCE = re.compile(
    r"\b(tear ?gas|rubber bullet|water cannon|baton|disperse|fired (on|at|into)"
    r"|opened fire|shot|killed|arrest|detain|clash)",
    re.I,
)
_LETHAL = re.compile(
    r"\b(killed|shot dead|live (ammunition|rounds|fire)|opened fire|fired "
    r"(on|at|into)|wounded|injured|beat)",
    re.I,
)
_VIOLENT = re.compile(
    r"\b(riot(?!\s+(police|squad|gear|officer|unit|control))|violent|stone|rock|"
    r"petrol bomb|molotov|clash|torch|burn|vandal|loot|threw|pelted|set (on )?fire|attack)",
    re.I,
)
_TERRITORY_GOV = re.compile(
    r"\b(regain|recapture|retake|retook|liberat|back under .* control)", re.I
)
_TERRITORY_TAKE = re.compile(
    r"\b(captur|seiz|overr[au]n|took control|taken control|"
    r"fell to|occup)",
    re.I,
)
_WEAPONS = re.compile(
    r"\b(defus|seiz\w* (\w+ ){0,3}(cache|weapon|arms|ammunition|explosive)|"
    r"(weapons?|arms|ammunition) cache|intercept|shot down|bomb disposal|"
    r"recovered .*(weapon|explosive|ammunition)|dismantl)",
    re.I,
)
_HQ = re.compile(r"\b(headquarters|set up (a )?base|established (a )?base|new base|outpost)", re.I)


def acled_type(ev: Event, text: str) -> tuple[str, str] | None:
    """(event_type, sub_event_type) in ACLED's terms, or None when ACLED would not code it.

    ``text`` is the event's evidence (its sentence)."""
    t = ev.type
    a1 = ev.actor1.sector if ev.actor1 else None
    a2 = ev.actor2.sector if ev.actor2 else None
    if t in ("COERCE", "ASSAULT") and a1 in ("police", "military") and _PROTESTERS.search(text) \
            and (_DISPERSE.search(text) or _LETHAL.search(text)):
        return _protest(None, text)  # "police fired tear gas to disperse students protesting"
    if t == "ASSAULT":
        return _violence(ev.mode, a1, a2, text)
    if t == "PROTEST":
        return _protest(ev.mode, text)
    if t == "COERCE":
        if _WEAPONS.search(text):
            return ("Strategic developments", "Disrupted weapons use")
        if ev.mode in ("arrest", None) or re.search(r"\b(arrest|detain)", text, re.I):
            return ("Strategic developments", "Arrests")
        if ev.mode == "confiscate":
            return ("Strategic developments", "Looting/property destruction")
        return ("Strategic developments", "Other")
    if t in ("AGREE", "SUPPORT", "CONCEDE") and re.search(
        r"\b(agree|deal|accord|ceasefire|truce|peace|treaty|exchange|release)", text, re.I
    ):
        return ("Strategic developments", "Agreement")
    if t == "RETREAT":
        if ev.mode in ("release", "ceasefire", "disarm"):
            return ("Strategic developments", "Agreement")
        if ev.mode == "withdraw":
            return ("Strategic developments", "Non-violent transfer of territory")
        return None
    if t == "MOBILIZE":
        if _HQ.search(text):
            return ("Strategic developments", "Headquarters or base established")
        return ("Strategic developments", "Change to group/activity")
    return None


def _violence(mode: str | None, a1: str | None, a2: str | None, text: str) -> tuple[str, str]:
    for pattern, etype, sub in _CUES:
        if re.search(pattern, text, re.I):
            return (etype, sub)
    if mode == "explosives":
        return ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    if mode == "heavy-weapons":
        return ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    if mode == "sexual" or _SEXUAL.search(text):
        return ("Violence against civilians", "Sexual violence")
    if mode == "abduct" or _ABDUCT.search(text):
        return ("Violence against civilians", "Abduction/forced disappearance")
    if _MOB.search(text):
        return ("Riots", "Mob violence")
    if mode == "destroy" or (a2 is None and _LOOT.search(text) and not _LETHAL.search(text)):
        return ("Strategic developments", "Looting/property destruction")
    if _TERRITORY_GOV.search(text) and a1 in ("military", "police", "government", None):
        return ("Battles", "Government regains territory")
    if _TERRITORY_TAKE.search(text) and a1 == "rebels":
        return ("Battles", "Non-state actor overtakes territory")
    if a2 in ("civilians", "media", "religion", "business") or (
        a2 is None
        and re.search(
            r"\b(civilian|villager|resident|passenger|farmer|worker|student|woman|women|"
            r"child|people|man|men)\b",
            text,
            re.I,
        )
        and not re.search(r"\bclash", text, re.I)
    ):
        return ("Violence against civilians", "Attack")
    return ("Battles", "Armed clash")


def _protest(mode: str | None, text: str) -> tuple[str, str]:
    if mode == "riot" or _VIOLENT.search(text):
        if _MOB.search(text):
            return ("Riots", "Mob violence")
        return ("Riots", "Violent demonstration")
    if re.search(r"\b(police|security forces|troops|soldiers|authorities)", text, re.I):
        if _LETHAL.search(text):
            return ("Protests", "Excessive force against protesters")
        if _FORCE.search(text):
            return ("Protests", "Protest with intervention")
    return ("Protests", "Peaceful protest")


# CASE 2021 task 2 label of each ACLED sub-event type.
CASE_LABELS = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
