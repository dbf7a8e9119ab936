"""The public surface: what ``__all__`` names exists, and importing newsgraph stays light."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import newsgraph

PACKAGES = ["newsgraph", "newsgraph.clean", "newsgraph.cli", "newsgraph.export",
            "newsgraph.store", "newsgraph.ingest", "newsgraph.places", "newsgraph.quotes",
            "newsgraph.times", "newsgraph.copydesk", "newsgraph.web"]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_name_in_all_exists(name):
    module = importlib.import_module(name)
    assert module.__all__, f"{name} has an empty __all__"
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert missing == [], f"{name}.__all__ names what it lacks: {missing}"


def test_the_package_is_typed():
    assert (Path(newsgraph.__file__).parent / "py.typed").exists()


def test_importing_newsgraph_loads_no_model_or_spacy():
    code = "import sys, newsgraph; print('spacy' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_unknown_attribute_says_so():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        newsgraph.nope  # noqa: B018
