# Two commands for a new machine: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
export DEBUG ?= true

.PHONY: run test install lint bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) bin/with_services.py $(PY) bin/run.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run

test: lint
	$(PY) bin/with_services.py $(VENV)/bin/pytest

bench: install
	$(PY) bin/with_services.py $(PY) bench/engine.py
	$(PY) bench/fanout.py --quick

clean:
	rm -rf $(VENV) .run staticfiles artifacts
