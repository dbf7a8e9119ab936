"""Storage of records and the corpus built over them (see ``base``)."""

from .base import DEFAULT_STORE, AddResult, Store, open_store

__all__ = ["DEFAULT_STORE", "AddResult", "Store", "open_store"]
