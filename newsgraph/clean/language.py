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
