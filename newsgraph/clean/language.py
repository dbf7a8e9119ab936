"""Which language an article is in (py3langid: its model ships inside the PyPI package)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 12  # below this a guess is too unreliable to refuse an article on
MIN_PROBABILITY = 0.90


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1
    name: str
    probability: float


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Language | None:
    """The language of ``text`` when it can be told with confidence, else None."""
    if len(text.split()) < MIN_WORDS:
        return None
    code, prob = _identifier().classify(text[:5000])
    if prob < MIN_PROBABILITY:
        return None
    return Language(code, language_name(code), float(prob))


def language_name(code: str) -> str:
    """'fr' -> 'French' (pycountry's ISO 639 table), or the code itself."""
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


def foreign_phrase(text: str) -> bool:
    """Is a short phrase (four words or more) surely not English: a bilingual site's tagline
    ("Noticias en inglés desde el norte de México")? Too short for ``detect_language``'s
    bar, so two signs must agree: py3langid's best guess is another language, and none of
    its words is an English function word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w.strip(".,:;!?'\"").lower() for w in text.split()]
    if len(words) < 4 or any(w in STOP_WORDS for w in words):
        return False
    code, prob = _identifier().classify(text)
    return code != "en" and prob >= 0.5
