# HallClient: `make demo` runs the app on an embedded central service, `make test` runs everything.
# Both create .venv if missing and install the project with its dev extras first.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench lint snapshot system-deps translations clean

$(STAMP): pyproject.toml
	@tools/system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/hallclient --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .

snapshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/hallclient snapshot --out docs/screenshots

translations: $(STAMP)
	$(PY) tools/translations.py

system-deps:
	tools/system-deps postgres

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
