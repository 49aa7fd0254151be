# Two entry points for a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
HTTP_PORT ?= 8080
HTTPS_PORT ?= 8443
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: setup run serve-production test browsers nginx messages extract-messages benchmark

setup: $(VENV)/.installed node_modules/.installed static/vendor/htmx.min.js messages

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# htmx comes from npm and is served from the app's own origin.
static/vendor/htmx.min.js: node_modules/.installed
	mkdir -p static/vendor
	cp node_modules/htmx.org/dist/htmx.min.js $@

# After changing user-facing text: refresh the catalogue, then translate what is new in es.
extract-messages: $(VENV)/.installed
	$(BIN)/pybabel extract --no-location --sort-output -F babel.cfg -k N_ -k _ -o webapp/translations/messages.pot .
	$(BIN)/pybabel update --no-fuzzy-matching -i webapp/translations/messages.pot -d webapp/translations

messages: $(VENV)/.installed
	@if ls webapp/translations/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then \
		$(BIN)/pybabel compile -d webapp/translations; fi

# Browser tests drive Debian's Chromium; the HTML checker needs Java.
browsers:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }

# nginx, for the production recipe and its tests.
nginx:
	@test -x /usr/sbin/nginx || command -v nginx >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nginx; }

# gunicorn with the project's configuration: gevent workers that drop slow clients, an
# access log that leaves out query strings.
run: setup
	BIND=$(HOST):$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py 'webapp:create_app()'

# gunicorn on a unix socket with nginx in front: TLS on HTTPS_PORT, HTTP_PORT redirects there.
serve-production: setup nginx
	$(BIN)/python -m deploy.production --http-port $(HTTP_PORT) --https-port $(HTTPS_PORT)

test: setup browsers nginx
	$(BIN)/pytest

benchmark: setup browsers nginx
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	$(BIN)/python -m benchmarks.evaluate
	$(BIN)/python -m benchmarks.first_view
	$(BIN)/python -m benchmarks.click
	$(BIN)/python -m benchmarks.lighthouse
	$(BIN)/python -m benchmarks.load
	$(BIN)/python -m benchmarks.slow_clients
	$(BIN)/python -m benchmarks.observatory
