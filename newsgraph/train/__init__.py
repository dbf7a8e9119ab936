"""Training the models newsgraph ships: ``newsgraph train NAME``.

Each trainer builds its data from public material that is no test set, fits a small CPU
model and writes its weights into the package, with a card (data, sizes, dev figures) beside
them. ``MODELS`` names them for the command line; each is ``fit(bench, *, out, log, ...)``.

    pages        the page model (newsgraph/clean/models/pages.*): which blocks of a page
                 rendered as text are its headline, its body and its boilerplate
                 (``make train``)
    headlines    the headline ranker, stored in the page model's file (run after pages;
                 ``make train`` runs both)
    moderation   the comment classifier (newsgraph/moderation/models/), OLID train +
                 Davidson, thresholds on a dev split (``make train-moderation``)
    events       the verb event-type scorer (newsgraph/events/models/verbs.*): PETRARCH2's
                 CAMEO verb dictionary mapped to PLOVER, newsgraph's trigger lexicon, ECB+
                 train verbs (``make train-events``)
"""

MODELS: dict[str, str] = {
    "pages": "newsgraph.train.pages:train",
    "headlines": "newsgraph.train.headlines:train",
    "moderation": "newsgraph.moderation.train:train",
    "events": "newsgraph.train.events:train",
}
