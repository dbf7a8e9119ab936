# The one entry point: `make run` (the main job, on SQLite) and `make test` (the tests and
# the gold gate). Both install what they need into .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BENCH ?= ../shared/bench
DB ?= data/newsgraph.db
EXAMPLE ?= ../shared/examples/cnews-kharkiv.txt
PORT ?= 8765
# The gate's sets; the table it writes goes to build/, so a test run never rewrites docs/.
GATE ?= geowebnews lgl trnews geovirus tempeval3_platinum meantime_timex meantime_en \
	pages-as-text clean-text polnear_test plover-gsr-cameo case2021-task2-event-types false_events ecbplus \
	near_duplicates article-extraction-benchmark speed
GATE += moderation  # reader comments (issue 15)
GATE += own_gold own_events  # our own annotated articles (DEV sets: they run in the gate too)
GATE += genre_gate  # real ECB+ sport/business/culture articles give no events (issue 12)
GATE += entity_country  # people's and organizations' countries, judged by hand (DEV; issue 11)
GATE += events_dev  # events of real crime, court, protest and diplomacy news, judged by hand (DEV; issue 12)
GATE_OUT ?= build/benchmarks.md
export PYSPARK_PYTHON := $(abspath $(BIN)/python)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install run analyze test unit eval lint typecheck clean-db train

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -e ".[dev]"
	touch $@

## run: analyze the reference article, ingest the examples into SQLite, serve the web app
run: install
	$(BIN)/newsgraph analyze $(EXAMPLE) --published 2022-05-14 --source "Cnews Live" --format pretty
	mkdir -p $(dir $(DB))
	$(BIN)/newsgraph ingest examples/ --db $(DB)
	$(BIN)/newsgraph ingest $(EXAMPLE) --published 2022-05-14 --source "Cnews Live" --db $(DB)
	$(BIN)/newsgraph stories --db $(DB)
	$(BIN)/newsgraph serve --db $(DB) --port $(PORT)

## analyze: the records of the example articles as JSON Lines
analyze: install
	$(BIN)/newsgraph analyze examples/ --format jsonl

## test: unit and end-to-end tests (real model, SQLite and PostgreSQL, Chromium), then the
## gold gate: every score in GATE must stay above its floor in newsgraph/eval/floors.json
test: install
	$(BIN)/ruff check newsgraph tests scripts
	$(BIN)/mypy
	scripts/browser.sh
	scripts/java.sh
	scripts/lynx.sh
	NEWSGRAPH_TEST_PG=$$(scripts/postgres.sh) $(BIN)/python -m pytest -q -p no:cacheprovider; \
	  status=$$?; scripts/postgres.sh stop; exit $$status
	$(BIN)/newsgraph eval --bench $(BENCH) --out $(GATE_OUT) $(GATE)

## unit: the fast tests only
unit: install
	$(BIN)/python -m pytest -q -m "not e2e and not browser and not postgres"

## eval: measure on the gold sets and rewrite docs/benchmarks.md
eval: install
	$(BIN)/newsgraph eval --bench $(BENCH)

## train: retrain the page model from real pages (../shared/bench) into the package
train: install
	scripts/lynx.sh
	$(BIN)/newsgraph train pages --bench $(BENCH)
	$(BIN)/newsgraph train headlines --bench $(BENCH)

lint: install
	$(BIN)/ruff check newsgraph tests scripts

## typecheck: mypy on the core modules (the list is in pyproject.toml, [tool.mypy])
typecheck: install
	$(BIN)/mypy

## train-events: retrain the verb event-type scorer (PETRARCH2 CAMEO dictionary, own lexicon,
## ECB+ train verbs) into the package
.PHONY: train-events
train-events: install
	$(BIN)/newsgraph train events --bench $(BENCH)

## train-moderation: retrain the comment classifier (OLID train + Davidson; thresholds on dev)
.PHONY: train-moderation
train-moderation: install
	$(BIN)/newsgraph train moderation --bench $(BENCH)
