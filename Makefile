# The two commands a new machine needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   ?= ../shared/eval/dev.jsonl

.PHONY: run test install install-test build i18n eval bench lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-test: $(VENV)/.installed-test

# Compile catalogs, and rebuild the index only when it is missing, stale or incompatible.
build: install
	$(BIN)/faqsvc i18n compile > /dev/null
	$(BIN)/faqsvc build --if-stale

run: build
	$(BIN)/faqsvc serve

test: install-test
	$(BIN)/ruff check faqsvc tests scripts
	$(BIN)/ruff format --check faqsvc tests scripts
	$(BIN)/python -m pytest -q

# Regenerate the templates translators work from (faq.pot from the corpus, messages.pot from code).
i18n: install-test
	$(BIN)/faqsvc i18n extract
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header -o translations/messages.pot faqsvc > /dev/null
	$(BIN)/faqsvc i18n status

eval: build
	$(BIN)/python scripts/evaluate.py $(EVAL) --json eval-results.json

bench: build
	$(BIN)/python scripts/bench.py --json bench-results.json

lint: install-test
	$(BIN)/ruff check faqsvc tests scripts

format: install-test
	$(BIN)/ruff format faqsvc tests scripts
	$(BIN)/ruff check --fix faqsvc tests scripts

clean:
	rm -rf $(VENV) index index.builds .pytest_cache .ruff_cache
	find translations -name '*.mo' -delete
