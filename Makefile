# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test bench bench-crawl bench-scale lint clean help

help:
	@echo "make demo   - set up .venv and run the main job (crawler demo)"
	@echo "make test   - set up .venv and run the test suite"
	@echo "make bench  - parser, generic extractor (vs trafilatura, ../shared/bench), dates and clustering benchmarks (a few minutes)"
	@echo "make bench-crawl - a 20,000-article crawl against scrapy bench (about 4 minutes)"
	@echo "make bench-scale - a big store against a small one (store, cluster, search, export; long)"
	@echo "make clean  - remove .venv and output/"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: run make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(STAMP)
	$(VENV)/bin/crawler demo

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/extract.py
	$(PY) bench/generic.py
	$(PY) bench/dates.py
	$(PY) bench/cluster.py

bench-crawl: $(STAMP)
	$(PY) bench/crawl.py

bench-scale: $(STAMP)
	$(PY) bench/scale.py

lint: $(STAMP)
	$(PY) -m ruff check crawler tests bench

clean:
	rm -rf $(VENV) output build *.egg-info
