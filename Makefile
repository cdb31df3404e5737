# The two commands a new machine needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   ?= ../shared/eval/dev.jsonl

.PHONY: run test install install-test build i18n eval bench bench-bank lint format clean lock screenshots wordlists calibrate urgent-model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs come from the lock files (exact versions, hashes checked), then the package itself
# without touching them. `make lock` regenerates the locks after pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements-test.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
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

# Screenshots of every page template at kiosk and phone sizes in en, ar and zh-Hans, taken by the
# same browser test that runs axe-core on each (Debian's chromium, installed by the test if missing).
screenshots: install-test
	FAQSVC_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/web/test_browser_axe.py

eval: build
	$(BIN)/python scripts/evaluate.py $(EVAL) --json eval-results.json

# Refit the confidence model (faqsvc/data/calibration.json) on the labelled sets and print its
# reliability: per set and locale, out of fold. The first run builds the NIH bank's index
# under .cache/nih-bank (about a minute). CALIBRATE_ARGS=--no-bank for the seed corpus only.
calibrate: build
	$(BIN)/python scripts/calibrate.py --write --json calibration-report.json $(CALIBRATE_ARGS)

# Refit the urgent word model (faqsvc/data/urgent_model.json.gz) on every labelled message and
# print recall and false alarms on the held-out sets, rules alone and with the model. Run it
# after changing the urgent rules' kinds tables or adding a labelled set (a test checks).
urgent-model: install-test
	$(BIN)/python scripts/fit_urgent_model.py --write

bench: build
	$(BIN)/python scripts/bench.py --json bench-results.json $(BENCH_ARGS)

# The NIH bank (17,896 pairs) and a 50,000-pair set made from it: import, build, disk,
# latency, worker memory, first request. Takes minutes.
bench-bank: build
	$(BIN)/python scripts/bench.py --json bench-results.json --bank ../shared/bench/medquad-pairs.jsonl.gz $(BENCH_ARGS)

lint: install-test
	$(BIN)/ruff check faqsvc tests scripts

format: install-test
	$(BIN)/ruff format faqsvc tests scripts
	$(BIN)/ruff check --fix faqsvc tests scripts

# uv resolves for every platform (--universal) with hashes of every file; run it after editing
# dependencies in pyproject.toml. tests/test_lock.py fails while the two disagree.
UV_COMPILE := $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==0.13.8
	$(UV_COMPILE) pyproject.toml requirements/build.in -o requirements.lock
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra test -o requirements-test.lock

# Regenerate faqsvc/data/words/*.txt.gz (the real words spelling never corrects) from wordfreq.
wordlists: install-test
	$(BIN)/python scripts/make_wordlists.py

clean:
	rm -rf $(VENV) index index.builds .pytest_cache .ruff_cache
	find translations -name '*.mo' -delete
