"""Story clustering: articles on the same real-world event, over days and outlets.

1. Each article becomes a vector: TF-IDF of its words (headline counted twice) next to
   TF-IDF of the corpus entities it mentions (people, organizations, places), both
   L2-normalized, joined with ``ENTITY_WEIGHT``.
2. Pairs further apart than ``WINDOW_DAYS`` (when both dates are known) cannot link.
3. Blocking: connected components of the graph of pairs above ``LINK``; then average-linkage
   agglomerative clustering (scikit-learn) inside each component, cut at ``THRESHOLD``.
   Average linkage keeps one look-alike article from chaining two stories together.
4. Stray small groups (``SMALL`` articles or fewer) join the large story of their component
   they are most similar to on average, when that average reaches ``ATTACH``: follow-ups and
   short briefs use fewer of the story's words than the articles that made the cut.
5. Near-duplicates (``dedup``) are always in one story.

The result depends only on the set of articles, not on the order they were ingested.
Thresholds were tuned on the ECB+ train and dev topics (see ``newsgraph.eval.stories``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

# scipy and scikit-learn are imported where they are used: the store imports this module,
# and a read-only command (search, story, entity) must not pay ~1 s for them.

ENTITY_WEIGHT = 0.2
THRESHOLD = 0.25  # average similarity at which two groups are one story
SMALL = 3  # groups this small may join a larger story (step 4) ...
ATTACH = 0.15  # ... at this average similarity (ECB+ train+dev topics: B3 F1 0.928)
LINK = 0.1  # pairs below this are never compared in the second step
LINKAGE = "average"
HEADLINE_REPEAT = 2
WINDOW_DAYS = 10
NGRAMS = (1, 1)
TOKENS = r"(?u)\b\w\w+\b"  # numbers kept: a year or a death toll tells two look-alike events apart


@dataclass(slots=True)
class ArticleFeatures:
    """What clustering needs to know about one article."""

    id: str
    text: str
    headline: str = ""
    day: str | None = None  # YYYY-MM-DD
    entities: dict[str, float] = field(default_factory=dict)  # corpus entity id -> mentions
    duplicate_of: str | None = None


def _ordinal(day: str | None) -> float:
    if not day:
        return np.nan
    try:
        return float(date.fromisoformat(day[:10]).toordinal())
    except ValueError:
        return np.nan


def similarity_matrix(items: list[ArticleFeatures], entity_weight: float = ENTITY_WEIGHT,
                      background: list[ArticleFeatures] | None = None) -> csr_matrix:
    """Sparse cosine similarities between articles (date window applied).

    ``background``: more articles that count for the IDF weights only (incremental stories
    pass the articles around the local set, so a word common in the news stays cheap).
    """
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
    from sklearn.preprocessing import normalize

    context = items + list(background or [])
    words = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1,
                            token_pattern=TOKENS, ngram_range=NGRAMS, dtype=np.float64)
    x_words = words.fit_transform([(a.headline + "\n") * HEADLINE_REPEAT + a.text
                                    for a in context])[:len(items)]
    parts = [x_words]
    if entity_weight > 0 and any(a.entities for a in items):
        counts = DictVectorizer(sort=True).fit_transform([a.entities for a in context])
        x_ents = TfidfTransformer(sublinear_tf=True).fit_transform(counts)[:len(items)]
        parts = [x_words * np.sqrt(1 - entity_weight), x_ents * np.sqrt(entity_weight)]
    x = normalize(hstack(parts).tocsr())
    sim = (x @ x.T).tocoo()
    days = np.array([_ordinal(a.day) for a in items])
    # NaN compares False: an article without a date is not limited by the window
    far = np.abs(days[sim.row] - days[sim.col]) > WINDOW_DAYS
    data = np.where(far, 0.0, sim.data)
    return csr_matrix((data, (sim.row, sim.col)), shape=sim.shape)


def cluster_articles(items: list[ArticleFeatures], *, threshold: float = THRESHOLD,
                     link: float = LINK, entity_weight: float = ENTITY_WEIGHT
                     ) -> list[list[str]]:
    """Group articles into stories; each story lists its article ids (sorted clusters)."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.cluster import AgglomerativeClustering

    if not items:
        return []
    items = sorted(items, key=lambda a: a.id)
    index = {a.id: i for i, a in enumerate(items)}
    sim = similarity_matrix(items, entity_weight).tolil()
    for a in items:  # near-duplicates are the same story whatever the words say
        j = index.get(a.duplicate_of or "")
        if j is not None:
            i = index[a.id]
            sim[i, j] = sim[j, i] = 1.0
    sim = sim.tocsr()
    graph = sim.multiply(sim >= link)
    n_comp, labels = connected_components(graph, directed=False)
    clusters: list[list[str]] = []
    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        members[lab].append(i)
    for idx in members.values():
        if len(idx) == 1:
            clusters.append([items[idx[0]].id])
            continue
        block = sim[idx][:, idx].toarray()
        np.fill_diagonal(block, 1.0)
        dist = np.clip(1.0 - block, 0.0, 1.0)
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                        linkage=LINKAGE, distance_threshold=1.0 - threshold)
        sub = model.fit_predict(dist)
        groups: dict[int, list[int]] = defaultdict(list)
        for pos, lab in enumerate(sub):
            groups[lab].append(pos)
        for group in attach_small(list(groups.values()), block):
            clusters.append([items[idx[pos]].id for pos in group])
    clusters = [sorted(c) for c in clusters]
    clusters.sort()
    return clusters


def attach_small(groups: list[list[int]], sim: np.ndarray, small: int = SMALL,
                 attach: float = ATTACH) -> list[list[int]]:
    """Step 4: move each group of <= ``small`` items into its most similar larger group."""
    large = [list(g) for g in groups if len(g) > small]
    out = [list(g) for g in large]
    for g in groups:
        if len(g) > small:
            continue
        best, best_sim = None, attach
        for k, other in enumerate(large):
            mean = float(sim[np.ix_(g, other)].mean())
            if mean >= best_sim:
                best, best_sim = k, mean
        if best is None:
            out.append(list(g))
        else:
            out[best].extend(g)
    return out


def medoid(ids: list[str], items: dict[str, ArticleFeatures]) -> str:
    """The article most similar on average to the others (the story's representative)."""
    if len(ids) <= 2:
        return min(ids, key=lambda i: (items[i].day or "9999", i))
    sim = similarity_matrix([items[i] for i in ids]).toarray()
    return ids[int(np.argmax(sim.sum(axis=1)))]
