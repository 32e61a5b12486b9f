# Casetracker. `make run` serves the demo; `make test` runs every test.
SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# The suite runs against the local PostgreSQL and Redis; pytest creates its own test_ database.
TEST_DATABASE_URL ?= postgres://root@127.0.0.1:5432/casetracker
TEST_BROKER_URL ?= redis://127.0.0.1:6379/1
PYTEST_ARGS ?= --durations=15
TEST_ENV := DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) \
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=test-only-secret-key DJANGO_SECURE_SSL_REDIRECT=0 \
	DJANGO_ALLOWED_HOSTS=testserver,localhost,127.0.0.1

.PHONY: help install install-dev run worker test lint format clean

help:
	@echo "make run    serve the demo on http://$(HOST):$(PORT)/ with a Celery worker"
	@echo "make test   run ruff, the compose check and every test (needs PostgreSQL and Redis)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Embedded by default: an SQLite file and a broker kept in files under var/.
# Set DATABASE_URL and CELERY_BROKER_URL to use PostgreSQL and Redis instead.
run: install
	@export DJANGO_DEBUG=$${DJANGO_DEBUG:-1}
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	mkdir -p var
	# A worker per queue (renders; everything else) and beat, each started again if it exits (casetracker/supervise.py):
	# a long render never holds up the sweeps and calendar feeds.
	$(BIN)/python -m casetracker.supervise \
		"$(BIN)/celery -A casetracker worker -Q renders -n renders@%h --loglevel INFO --concurrency 2" \
		"$(BIN)/celery -A casetracker worker -Q default -n default@%h --loglevel INFO --concurrency 1" \
		"$(BIN)/celery -A casetracker beat --schedule var/celerybeat-schedule --loglevel INFO" \
		> var/worker.log 2>&1 &
	worker=$$!
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM
	echo "Celery workers and beat started (pid $$worker, log var/worker.log); database: $${DATABASE_URL:-SQLite file db.sqlite3}"
	echo "Casetracker: http://$(HOST):$(PORT)/  (logins above)"
	$(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev lint
	if command -v docker-compose >/dev/null; then docker-compose config -q && echo "docker-compose.yml: valid"; fi
	DATABASE_URL=sqlite:///:memory: DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	# The tests write only under ignored or temporary folders: the checkout is as clean after as before.
	before="$$(git status --porcelain 2>/dev/null || true)"
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)
	after="$$(git status --porcelain 2>/dev/null || true)"
	if [ "$$before" != "$$after" ]; then echo "The tests changed the checkout:"; diff <(echo "$$before") <(echo "$$after") || true; exit 1; fi

clean:
	rm -rf $(VENV) var db.sqlite3 staticfiles .pytest_cache .ruff_cache
