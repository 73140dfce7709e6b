# peyvand — two set-up commands: `make demo` and `make test`.
# The Makefile finds a Python >= 3.12 by itself: python3.12/python3.13 on PATH,
# then pyenv's versions folder (${PYENV_ROOT:-$HOME/.pyenv}/versions), then
# python3 if it is recent enough. Override with `make PYTHON=/path/to/python3.12`.

SHELL := /bin/bash
VENV  ?= .venv
PY    := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1

define find_python
for c in python3.12 python3.13 \
         $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.12*/bin/python3 2>/dev/null | sort -rV) \
         $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.13*/bin/python3 2>/dev/null | sort -rV) \
         python3 python; do \
    p=$$(command -v $$c 2>/dev/null) || continue; \
    if $$p -c 'import sys, venv; sys.exit(0 if (3, 12) <= sys.version_info[:2] < (3, 14) else 1)' 2>/dev/null; then \
        echo $$p; exit 0; fi; \
done; exit 1
endef

PYTHON ?= $(shell $(find_python))

.PHONY: demo test install install-test lint clean bench quality

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
	    echo "error: no Python 3.12 or 3.13 found (looked on PATH and under \$${PYENV_ROOT:-\$$HOME/.pyenv}/versions)." >&2; \
	    echo "       Install one (e.g. 'pyenv install 3.12') or run 'make PYTHON=/path/to/python3.12 …'." >&2; exit 2; fi
	@echo "using $(PYTHON) ($$($(PYTHON) --version))"
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/peyvand demo

test: install-test
	$(PY) -m pytest -q

quality: install
	$(PY) benchmarks/quality.py

bench: install
	$(PY) benchmarks/ingest.py

clean:
	rm -rf $(VENV) build dist *.egg-info peyvand-demo .pytest_cache .hypothesis
