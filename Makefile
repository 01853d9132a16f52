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

# The model and the simulator's loop compiled with mypyc (sim/compiled_model.py): built again only when their
# sources changed. Without a C compiler the simulator runs them as plain Python (slower; tests/test_compiled_model.py
# fails, so `make test` does too).
install: $(STAMP)
	$(BIN)/joinsim compile-model --quiet || echo "joinsim: not compiled; the simulator will run plain Python"

run: install
	$(BIN)/joinsim run

# every test, then the scenarios' CI artefacts: reports/spec/{junit.xml,cucumber.json,index.html}
test: install
	$(BIN)/ruff check .
	$(BIN)/joinsim spec --quiet
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
