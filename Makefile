PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= sqlite:///demo.db
BENCH_ARGS ?=

.PHONY: setup demo test lint bench clean

$(BIN)/filmfacts: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

setup: $(BIN)/filmfacts

demo: setup  ## ingest the bundled example articles (tests/corpus, all original) into SQLite, print a fact sheet
	rm -f demo.db
	$(BIN)/filmfacts ingest --db $(DEMO_DB) tests/corpus/articles
	$(BIN)/filmfacts works --db $(DEMO_DB) | head -12
	$(BIN)/filmfacts show --db $(DEMO_DB) "Ironvale: Ashfall"

# Lint and tests both run, so that one run shows every problem; either failing fails the target.
test: setup  ## lint and the whole test suite (PostgreSQL and browser tests skip with a reason if absent)
	@status=0; \
	$(BIN)/ruff check src tests bench || status=1; \
	$(BIN)/pytest -q -rs || status=1; \
	exit $$status

bench: setup  ## words/s of ingest against spaCy's full pipeline (BENCH_ARGS="--articles 200" for a quick run)
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) demo.db .pytest_cache
