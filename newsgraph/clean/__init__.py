"""Cleaning: a raw scraped article -> one canonical text with its layout and what was cut.

1. HTML goes through trafilatura (body + title/date/author metadata); a page given as text
   is cut into blocks (``blocks``) that the page model (``segment``, trained by
   ``newsgraph train pages``) labels headline, body or boilerplate (``page``).
2. Each kept block is checked by the line rules (``rules``, ``credits``): duplicate headline,
   credit line, boilerplate with its rule's name, subheading, body; the dateline and the
   publication date (``published``) are read from the top of the article.
3. The kept lines are joined into ``text`` (paragraphs separated by a blank line); every cut
   line goes to ``removed`` with its reason, so nothing of the input is silently lost.
"""

from .article import clean
from .cleaned import Cleaned, DatelineSpan

__all__ = ["Cleaned", "DatelineSpan", "clean"]
