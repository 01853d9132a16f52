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

# Every test once (each scenario once), and the scenarios' CI artefacts: reports/spec/{junit.xml,cucumber.json,index.html}.
# The end of pytest's output says how long each part of the suite took.
test: install
	@start=$$(date +%s); $(BIN)/ruff check . && echo "ruff: $$(( $$(date +%s) - start )) s"
	$(BIN)/python -m pytest --living-doc reports/spec

# The quick loop while changing the code: ruff, the floors (import-linter, tests/test_layers.py), the types (mypy,
# tests/test_types.py), the unit tests and every scenario, with Hypothesis' quick profile (100 examples) and without
# the slow modules (the installed joinsim end to end, pages in a browser, the notebook). About 2 minutes on a
# 2-core machine (`make test`, every test, about 6). Run `make test` before a commit.
CHECK_SKIPS := tests/test_end_to_end.py tests/test_pages.py tests/test_notebook.py
check: install
	@start=$$(date +%s); $(BIN)/ruff check . && echo "ruff: $$(( $$(date +%s) - start )) s"
	HYPOTHESIS_PROFILE=quick $(BIN)/python -m pytest $(addprefix --ignore=,$(CHECK_SKIPS))

clean:
	rm -rf $(VENV)
