"""Training the models newsgraph ships: ``newsgraph train NAME`` (``make train``).

Each module here builds its training data from public material that is no test set, fits a
small CPU model and writes its weights into the package, with a card (data, sizes, dev
figures) beside them.

    pages   the page model (newsgraph/clean/models/pages.*): which blocks of a page rendered
            as text are its headline, its body and its boilerplate.
"""
