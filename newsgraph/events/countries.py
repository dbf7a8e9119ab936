"""Country of an actor word ("Russian", "U.S.", "Ukraine's"), for when the entity stage gave none.

The entity stage is the main source of ``Entity.country``; this fallback covers adjectives and
short forms inside actor phrases ("Russian troops") that are not entities of their own.
pycountry has names but no demonyms, so the common irregular ones are listed here.
"""

from __future__ import annotations

import functools

import pycountry

# Demonyms and short names pycountry does not know (regular "-n"/"-ian" forms are derived).
_IRREGULAR = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "american": "US",
    "americans": "US",
    "washington": "US",
    "pentagon": "US",
    "white house": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "british": "GB",
    "briton": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "london": "GB",
    "russia": "RU",
    "russian": "RU",
    "russians": "RU",
    "moscow": "RU",
    "kremlin": "RU",
    "soviet": "RU",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "kyiv": "UA",
    "kiev": "UA",
    "chinese": "CN",
    "china": "CN",
    "beijing": "CN",
    "japanese": "JP",
    "tokyo": "JP",
    "french": "FR",
    "paris": "FR",
    "german": "DE",
    "germans": "DE",
    "berlin": "DE",
    "dutch": "NL",
    "swiss": "CH",
    "swedish": "SE",
    "swede": "SE",
    "danish": "DK",
    "dane": "DK",
    "finnish": "FI",
    "finn": "FI",
    "norwegian": "NO",
    "polish": "PL",
    "pole": "PL",
    "spanish": "ES",
    "spaniard": "ES",
    "portuguese": "PT",
    "greek": "GR",
    "turkish": "TR",
    "turk": "TR",
    "turkey": "TR",
    "irish": "IE",
    "icelandic": "IS",
    "czech": "CZ",
    "slovak": "SK",
    "hungarian": "HU",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "serb": "RS",
    "serbs": "RS",
    "croatian": "HR",
    "croat": "HR",
    "bosnian": "BA",
    "albanian": "AL",
    "kosovar": "XK",
    "kosovo": "XK",
    "macedonian": "MK",
    "israeli": "IL",
    "israelis": "IL",
    "palestinian": "PS",
    "palestinians": "PS",
    "gaza": "PS",
    "iraqi": "IQ",
    "iraqis": "IQ",
    "iranian": "IR",
    "iran": "IR",
    "tehran": "IR",
    "syrian": "SY",
    "syria": "SY",
    "damascus": "SY",
    "lebanese": "LB",
    "jordanian": "JO",
    "saudi": "SA",
    "saudis": "SA",
    "yemeni": "YE",
    "omani": "OM",
    "qatari": "QA",
    "kuwaiti": "KW",
    "emirati": "AE",
    "uae": "AE",
    "egyptian": "EG",
    "libyan": "LY",
    "tunisian": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "sudanese": "SD",
    "ethiopian": "ET",
    "somali": "SO",
    "kenyan": "KE",
    "nigerian": "NG",
    "ghanaian": "GH",
    "malian": "ML",
    "congolese": "CD",
    "south african": "ZA",
    "afghan": "AF",
    "afghans": "AF",
    "pakistani": "PK",
    "indian": "IN",
    "bangladeshi": "BD",
    "sri lankan": "LK",
    "nepalese": "NP",
    "burmese": "MM",
    "myanmar": "MM",
    "thai": "TH",
    "vietnamese": "VN",
    "cambodian": "KH",
    "laotian": "LA",
    "filipino": "PH",
    "philippine": "PH",
    "indonesian": "ID",
    "malaysian": "MY",
    "korean": "KR",
    "south korean": "KR",
    "north korean": "KP",
    "north korea": "KP",
    "south korea": "KR",
    "taiwanese": "TW",
    "mexican": "MX",
    "cuban": "CU",
    "venezuelan": "VE",
    "colombian": "CO",
    "brazilian": "BR",
    "argentine": "AR",
    "argentinian": "AR",
    "chilean": "CL",
    "peruvian": "PE",
    "canadian": "CA",
    "australian": "AU",
    "new zealand": "NZ",
    "belarusian": "BY",
    "belarus": "BY",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "azeri": "AZ",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "chechen": "RU",
    "kurdish": "IQ",
    "moldovan": "MD",
    "italian": "IT",
    "belgian": "BE",
    "austrian": "AT",
    "haitian": "HT",
    "venezuela": "VE",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "bolivian": "BO",
    "tanzania": "TZ",
    "tanzanian": "TZ",
    "ugandan": "UG",
    "rwandan": "RW",
    "zimbabwean": "ZW",
}


@functools.cache
def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for name in {
            c.name,
            getattr(c, "common_name", c.name),
            getattr(c, "official_name", c.name),
        }:
            low = name.lower()
            table.setdefault(low, c.alpha_2)
            # regular demonyms: Russia -> Russian, Ukraine -> Ukrainian, Kenya -> Kenyan
            if low.endswith("a"):
                table.setdefault(low + "n", c.alpha_2)
            elif low.endswith("e"):
                table.setdefault(low[:-1] + "ian", c.alpha_2)
    table.update(_IRREGULAR)
    return table


def country_of(word: str) -> str | None:
    """ISO alpha-2 of a country name, demonym or capital-as-metonym; None when unknown."""
    w = word.strip().lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w.startswith("the "):
        w = w[4:]
    return _names().get(w)


def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2 code (the PLOVER actor code), else None."""
    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None
