# Monev KUMKM — the two commands: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVN        ?= mvn
MVN_FLAGS  ?= -B -ntp
BACKEND    := backend
FRONTEND   := frontend
APP_JAR    := $(BACKEND)/target/quarkus-app/quarkus-run.jar
GENERATED_OPENAPI := $(BACKEND)/target/openapi/openapi.yaml

.PHONY: help run test test-backend test-frontend test-crash test-sync lint-api build backend-jar frontend-deps frontend-dist \
        openapi check-openapi e2e bench psql pg-dump clean

# make run listens on this machine only unless told otherwise (QUARKUS_HTTP_HOST=0.0.0.0).
HTTP_HOST = $${QUARKUS_HTTP_HOST:-127.0.0.1}
HTTP_PORT = $${QUARKUS_HTTP_PORT:-8080}

help:
	@echo "make run    start the whole system (embedded PostgreSQL, demo data) on http://$(HTTP_HOST):$(HTTP_PORT)"
	@echo "make test   every backend and frontend test, contract drift checks and browser tests"
	@echo "make openapi  regenerate openapi.yaml and the dashboard's API types after an API change"
	@echo "make bench  the benchmarks in bench/ (figures printed; not part of make test)"
	@echo "make psql   a psql session on the running embedded database (make pg-dump: a backup of it)"

## Start the system with the demo profile; data in ./data (or MONEV_DATA_DIR).
run: frontend-dist backend-jar
	@echo "Starting Monev KUMKM on http://$(HTTP_HOST):$(HTTP_PORT), listening on $(HTTP_HOST)" \
	  "(QUARKUS_HTTP_HOST=0.0.0.0 accepts other machines); Ctrl-C stops it, then its database"
	QUARKUS_HTTP_HOST="$(HTTP_HOST)" \
	MONEV_DASHBOARD_DIR="$(CURDIR)/$(FRONTEND)/dist" \
	MONEV_DATA_DIR="$${MONEV_DATA_DIR:-$(CURDIR)/data}" \
	exec java $${JAVA_OPTS:-} -Dquarkus.profile=demo -jar $(APP_JAR)

build: frontend-dist backend-jar

backend-jar:
	$(MVN) $(MVN_FLAGS) -q -f $(BACKEND)/pom.xml package -DskipTests

frontend-deps: $(FRONTEND)/node_modules/.package-lock.json

$(FRONTEND)/node_modules/.package-lock.json: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

frontend-dist: frontend-deps
	cd $(FRONTEND) && npm run build

## Everything CI checks.
test: check-openapi lint-api test-backend test-crash test-sync test-frontend

## The contract passes Redocly's recommended rules without errors or warnings.
lint-api: frontend-deps
	cd $(FRONTEND) && npm run lint:api

## kill -9 in the middle of a background import, then a restart: nothing lost, nothing half-written.
test-crash: backend-jar
	bash scripts/crash-test.sh

## Two deployments of the jar: a national one mirrors a province one through its change feed.
test-sync: backend-jar
	python3 scripts/sync-test.py

## The committed contract must be what the code generates.
check-openapi: backend-jar
	@if ! diff -u openapi.yaml $(GENERATED_OPENAPI); then \
	  echo "openapi.yaml differs from the contract the code generates: run 'make openapi' and commit it." >&2; \
	  exit 1; \
	fi
	@echo "openapi.yaml matches the code."

test-backend:
	$(MVN) $(MVN_FLAGS) -f $(BACKEND)/pom.xml verify

test-frontend: frontend-deps
	cd $(FRONTEND) && npm run check:api && npm run typecheck && npm run lint && npm test
	$(MAKE) e2e
	cd $(FRONTEND) && npm run check:bundle

## Browser tests in Debian's Chromium against the real backend jar.
e2e: frontend-deps backend-jar
	cd $(FRONTEND) && npm run e2e

## Regenerate the contract and the dashboard's API types from the code.
openapi: backend-jar
	cp $(GENERATED_OPENAPI) openapi.yaml
	cd $(FRONTEND) && npm run gen:api

## Benchmarks: they print their figures; nothing here asserts on time.
bench: backend-jar
	bash bench/achievements.sh
	bash bench/import.sh
	bash bench/load.sh

## The embedded database of a running `make run` (MONEV_DATA_DIR, default ./data), as its administrator.
psql:
	@bash scripts/embedded-db.sh psql

PG_DUMP_FILE ?= monev-$(shell date +%Y%m%d-%H%M%S).dump
pg-dump:
	@bash scripts/embedded-db.sh pg_dump --format=custom --file="$(PG_DUMP_FILE)"
	@echo "Backup written to $(PG_DUMP_FILE) (restore with pg_restore)"

clean:
	$(MVN) $(MVN_FLAGS) -q -f $(BACKEND)/pom.xml clean
	rm -rf $(FRONTEND)/dist
