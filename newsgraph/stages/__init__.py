"""newsgraph's pipeline stages, one spaCy component a file (order: newsgraph.pipeline.STAGES).

    layout.py     paragraph breaks start sentences (before the parser)
    entities.py   one entity per referent: names, titles, ages, countries
    places.py     places resolved to GeoNames with coordinates; metonymy
    times.py      time expressions with ISO values against the publication date
    quotes.py     direct and reported speech with speakers and cues
    events.py     PLOVER events with actors, place, time and modality
    copydesk.py   a sub-editor's findings: misspelled names, mixed spelling, ...
"""

from spacy.tokens import Doc

# What the stages put on the Doc (set once here, for every stage):
#   article   the Cleaned input (newsgraph.clean): text layout, dateline, publication date
#   entities  list[Entity]     newsgraph_entities (places filled by newsgraph_places)
#   times     list[Time]       newsgraph_times
#   quotes    list[Quote]      newsgraph_quotes
#   events    list[Event]      newsgraph_events
#   issues    list[Issue]      newsgraph_copydesk
EXTENSIONS = ("article", "entities", "times", "quotes", "events", "issues")


def register_extensions() -> None:
    """Add newsgraph's attributes to spaCy's Doc (each once per process)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
