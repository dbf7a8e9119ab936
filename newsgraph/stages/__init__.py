"""newsgraph's pipeline stages, one spaCy component a file (order: newsgraph.pipeline.STAGES).

    layout.py     paragraph breaks start sentences (before the parser)
    entities.py   one entity per referent: names, titles, ages, countries
    places.py     places resolved to GeoNames with coordinates; metonymy
    times.py      time expressions with ISO values against the publication date
    quotes.py     direct and reported speech with speakers and cues
    events.py     PLOVER events with actors, place, time and modality
    copydesk.py   a sub-editor's findings: misspelled names, mixed spelling, ...
"""
