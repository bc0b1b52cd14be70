# riwaya: the two commands of the README, and a few more.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test setup setup-test browser bench clean

$(BIN)/riwaya: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/riwaya

setup: $(BIN)/riwaya

# The whole pipeline on the bundled example corpus (examples/corpus).
demo: setup
	$(BIN)/riwaya demo examples/corpus --out $(OUT)

# Debian's Chromium for the browser test (skipped with a reason when it cannot be had).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: the browser test will be skipped"; \
	  else echo "no root or apt-get: the browser test will be skipped"; fi; }

test: setup browser
	$(BIN)/python -m pytest -q -ra

bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_reconcile.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
