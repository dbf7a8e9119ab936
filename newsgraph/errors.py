"""newsgraph's exceptions. Each says what went wrong with which input and what to do.

    NewsgraphError
    ├── InputError          a file or row that cannot be analyzed (empty, binary, too big,
    │   │                   undecodable, not English, not an article)
    │   └── LanguageError   the article is in another language
    ├── ModelError          the NLP model is missing or broken
    ├── StoreError          the database cannot be opened or written
    └── EvalError           a benchmark set is missing or malformed

The CLI turns each into one line on stderr; the HTTP API into JSON with a status.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: every error newsgraph raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        self.hint = hint
        super().__init__(self.line())

    def line(self) -> str:
        """One line: where, what, what to do."""
        parts = [f"{self.source}: " if self.source else "", self.message]
        if self.hint:
            parts.append(f" ({self.hint})")
        return "".join(parts)


class InputError(NewsgraphError):
    """The input cannot be analyzed as a news article."""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None,
                 reason: str = "bad_input"):
        self.reason = reason
        super().__init__(message, source=source, hint=hint)


class LanguageError(InputError):
    """The article is not in a language newsgraph analyzes."""


class ModelError(NewsgraphError):
    """The spaCy model could not be loaded."""


class StoreError(NewsgraphError):
    """The store could not be opened, read or written."""


class EvalError(NewsgraphError):
    """A benchmark set is missing or malformed."""
