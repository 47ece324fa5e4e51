# runbridge — every target installs what it needs, so a fresh clone needs only `make demo` and `make test`.

PYTHON ?= python3
# Byte-code caches on, whatever the shell says: without them every interpreter the tests start (the CLI, the
# generator's proofs, the sandbox) compiles the project and its generated packages from source again.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PEERS := .peers
PRISM := node_modules/.bin/prism
RUFF := $(VENV)/bin/ruff
MYPY := $(VENV)/bin/mypy

PEER_STAMPS := $(PEERS)/runicorn-0.7.2/.installed $(PEERS)/runicorn-0.5.3/.installed $(PEERS)/runagent-0.1.49/.installed
# Only the benchmarks need these: the other vendors' clients, and runbridge with its runtime dependencies alone.
BENCH_PEER_STAMPS := $(PEERS)/runapy-1.224/.installed $(PEERS)/vertesia-client-1.6.0/.installed $(PEERS)/runbridge-runtime/.installed

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint format typecheck test test-fast demo sandbox peers prism bench fuzz clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

setup: $(STAMP) ## create .venv with runbridge (editable), the pinned generator, ruff and mypy

# The vendors' own packages pin versions that clash with ours, so each lives in its own venv.
$(PEERS)/runicorn-0.7.2/.installed:
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet runicorn==0.7.2 && touch $@
$(PEERS)/runicorn-0.5.3/.installed:
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet runicorn==0.5.3 && touch $@
$(PEERS)/runagent-0.1.49/.installed:
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet runagent==0.1.49 && touch $@

$(PEERS)/runapy-1.224/.installed:
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet 'runapy==1.224.*' && touch $@
$(PEERS)/vertesia-client-1.6.0/.installed:
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet 'vertesia-client==1.6.0.dev20261022120426' && touch $@
# runbridge as a user's venv has it (no dev tools such as rich/click, which httpx imports when present).
$(PEERS)/runbridge-runtime/.installed: pyproject.toml
	$(PYTHON) -m venv $(@D) && $(@D)/bin/pip install --quiet -e . && touch $@

peers: $(PEER_STAMPS) $(BENCH_PEER_STAMPS) ## install the vendors' servers and clients in isolated venvs under .peers/

$(PRISM): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

prism: $(PRISM) ## install the Prism mock server (npm) for the contract tests

generate: $(STAMP) ## regenerate generated/ from openapi/ + templates/ (atomic; a failure leaves generated/ as it was)
	RUNBRIDGE_MYPY_CACHE=.mypy_cache/codegen $(VENV)/bin/runbridge generate

check-generated: $(STAMP) ## fail if generated/ differs from a fresh generation
	$(VENV)/bin/runbridge check-generated

lint: $(STAMP) ## ruff check and ruff format --check
	$(RUFF) check .
	$(RUFF) format --check .

format: $(STAMP) ## apply ruff's fixes and formatting
	$(RUFF) check --fix .
	$(RUFF) format .

typecheck: $(STAMP) ## mypy --strict on src/ and generated/
	$(MYPY)

test: $(STAMP) $(PEER_STAMPS) $(PRISM) check-generated lint typecheck ## everything CI runs: generated check, lint, types, all tests
	$(PY) -m pytest

test-fast: $(STAMP) ## unit tests only
	$(PY) -m pytest tests/unit -q

demo: $(STAMP) ## start the sandbox, run examples/demo.py against it, print a summary
	$(PY) examples/demo.py

sandbox: $(STAMP) ## run the four sandbox servers on 127.0.0.1 until Ctrl-C
	$(VENV)/bin/runbridge sandbox

bench: $(STAMP) $(PEER_STAMPS) $(BENCH_PEER_STAMPS) ## run the benchmarks (and profile the misses); write bench/RESULTS.md
	$(PY) -m bench --profile

fuzz: $(STAMP) ## long hypothesis run over every generated operation, the SSE decoder and the config loader
	RUNBRIDGE_FUZZ_EXAMPLES=50000 RUNBRIDGE_FUZZ_PROFILE=deep $(PY) -m pytest tests/fuzz -q

clean: ## remove the venvs, caches and node_modules
	rm -rf $(VENV) $(PEERS) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
