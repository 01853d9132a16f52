# Two commands matter: `make run` and `make test`. Both set up .venv by themselves.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin

.PHONY: install run test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,compile]'
	touch $(STAMP)

# The model compiled with mypyc for the simulator (sim/compiled_model.py): built again only when model/ changed.
install: $(STAMP)
	$(BIN)/joinsim compile-model --quiet

run: install
	$(BIN)/joinsim run

# every test, then the scenarios' CI artefacts: reports/spec/{junit.xml,cucumber.json,index.html}
test: install
	$(BIN)/ruff check .
	$(BIN)/joinsim spec --quiet
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
