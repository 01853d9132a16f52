# Two commands matter: `make run` and `make test`; `make check` is the quick loop while changing the code. Each sets
# up .venv by itself.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin

.PHONY: install run test check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/joinsim run

# Every test once (each scenario once), and the scenarios' living documentation and CI artefacts in reports/spec/:
# index.html, junit.xml, cucumber.json, messages.ndjson, rules.json (docs/product-owners.md says who reads each).
# The end of pytest's output says how long each part of the suite took.
test: install
	@start=$$(date +%s); $(BIN)/ruff check . && echo "ruff: $$(( $$(date +%s) - start )) s"
	$(BIN)/python -m pytest --living-doc reports/spec

# The quick loop while changing the code: ruff, the floors (import-linter, tests/test_layers.py), the types (mypy,
# tests/test_types.py), the unit tests and every scenario, with Hypothesis' quick profile (100 examples), without the
# slow modules (the installed joinsim end to end, pages in a browser, the notebook) nor the tests that start Dask
# clusters. Measured on a 2-core machine shared with three other test runs: 3 min 40 s, of which 1 min 50 s of CPU,
# so about 2 minutes on an idle one (`make test` took 8 min 45 s there: about 6 idle). Run `make test` before a commit.
CHECK_SKIPS := tests/test_end_to_end.py tests/test_pages.py tests/test_notebook.py
check: install
	@start=$$(date +%s); $(BIN)/ruff check . && echo "ruff: $$(( $$(date +%s) - start )) s"
	HYPOTHESIS_PROFILE=quick $(BIN)/python -m pytest $(addprefix --ignore=,$(CHECK_SKIPS)) -k "not dask"

clean:
	rm -rf $(VENV)
