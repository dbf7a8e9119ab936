# The one entry point: `make run` (the main job, on SQLite) and `make test` (the tests and
# the gold gate). Both install what they need into .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BENCH ?= ../shared/bench
DB ?= data/newsgraph.db
PORT ?= 8765
export PYSPARK_PYTHON := $(abspath $(BIN)/python)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install run analyze test unit eval lint clean-db

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch 2.13.0 is the CPU build on this machine's disk; naming it first keeps pip from
	# fetching a multi-GB CUDA build for sentence-transformers.
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

## run: analyze the example articles, ingest them into SQLite and serve the web app
run: install
	$(BIN)/newsgraph analyze examples/ --format pretty --published 2022-05-14

## analyze: the records of the example articles as JSON Lines
analyze: install
	$(BIN)/newsgraph analyze examples/ --format jsonl

## test: unit and end-to-end tests, then the gold gate (scores above pinned floors)
test: install
	$(BIN)/python -m pytest -q
	$(BIN)/newsgraph eval --bench $(BENCH)

## unit: the fast tests only
unit: install
	$(BIN)/python -m pytest -q -m "not e2e and not browser and not postgres"

## eval: measure on the gold sets and rewrite docs/benchmarks.md
eval: install
	$(BIN)/newsgraph eval --bench $(BENCH)

lint: install
	$(BIN)/ruff check newsgraph tests
