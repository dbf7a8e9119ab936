"""Organizations named by a short form: wire agencies, national institutions, international
bodies, read from the one table ``entities/data/organizations.tsv``.

The cleaner reads its credit lines with ``credit_forms()``; the entities stage tags the names of
``tagged_names()`` and takes their countries from ``country_of()``. Loading imports nothing
heavy, so ``newsgraph.clean`` can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..datafile import tsv_rows

KINDS = ("agency", "press-wire", "institution", "international", "platform")


@dataclass(slots=True, frozen=True)
class Organization:
    name: str
    kind: str  # one of KINDS
    country: str | None  # ISO alpha-2 where the body is national
    credit: str | None  # the short name a credit line gives ("AP")
    names: tuple[str, ...]  # forms tagged wherever the text writes them (case as written)
    credit_forms: tuple[str, ...]  # forms recognized in credit and byline lines only


@lru_cache(maxsize=1)
def organizations() -> tuple[Organization, ...]:
    """Every row of the table, in file order."""
    text = resources.files("newsgraph.entities").joinpath("data", "organizations.tsv") \
        .read_text(encoding="utf-8")
    out = []
    for row in tsv_rows(text):
        if row["kind"] not in KINDS:
            raise ValueError(f"organizations.tsv: unknown kind {row['kind']!r} for "
                             f"{row['name']!r}; use one of {', '.join(KINDS)}")
        split = lambda s: tuple(p for p in (s or "").split("|") if p)  # noqa: E731
        out.append(Organization(name=row["name"], kind=row["kind"],
                                country=row["country"] or None, credit=row["credit"] or None,
                                names=split(row["names"]),
                                credit_forms=split(row["credit_forms"])))
    return tuple(out)


def of_kind(*kinds: str) -> dict[str, Organization]:
    """Tagged name (as written) -> its organization, for organizations of these kinds."""
    return {n: o for o in organizations() if o.kind in kinds for n in o.names}


@lru_cache(maxsize=1)
def credit_forms() -> dict[str, str]:
    """Lowercase spelling in a credit line -> the agency's short name ("associated press" ->
    "AP"), for agencies and press-release wires."""
    out: dict[str, str] = {}
    for o in organizations():
        if o.kind not in ("agency", "press-wire"):
            continue
        short = o.credit or o.name
        for form in (o.name, *o.names, *o.credit_forms):
            out.setdefault(form.lower(), short)
    return out


__all__ = ["KINDS", "Organization", "credit_forms", "of_kind", "organizations"]
