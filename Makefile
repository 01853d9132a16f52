# Two commands matter: `make run` and `make test`. Both set up .venv by themselves.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin

.PHONY: install run test clean

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

clean:
	rm -rf $(VENV)
