"""Time expressions: recognition (``recognize``) and normalization (``normalize``)."""

from .normalize import Resolved, normalize

__all__ = ["Resolved", "normalize"]
