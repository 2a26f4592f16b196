# The two commands of the README. Each does its own set-up: Node 22 (bootstrapped
# into .toolchain/ when the system Node is older), Yarn 4 from .yarn/releases,
# and the dependencies.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
TOOLCHAIN := . scripts/toolchain.sh &&

.PHONY: start test install install-immutable tsc api-reports tsc-full build-all lint unit e2e e2e-if-chromium production-run production-run-if-postgres bench demo-catalog clean

start: install
	@mkdir -p .data
	$(TOOLCHAIN) yarn start

test: install-immutable tsc api-reports lint unit e2e-if-chromium build-all production-run-if-postgres

install:
	$(TOOLCHAIN) yarn install

install-immutable:
	$(TOOLCHAIN) yarn install --immutable

tsc:
	$(TOOLCHAIN) yarn tsc

# Every package builds as it would be published, and type-checks without
# skipping library types.
build-all:
	$(TOOLCHAIN) yarn tsc:full && yarn build:all

# Each plugin's public API is in its committed report.api.md (report-alpha.api.md for
# ./alpha); the check fails when the API changed without the report. It reads the
# declarations the tsc step just wrote to dist-types/. Regenerate: yarn build:api-reports.
# Every plugin is checked, so a report must not depend on which program wrote the
# declarations: the tsc step compiles the whole repository, yarn build:api-reports only
# plugins/*/src (repo-tools' temporary tsconfig, with library checks), and the compiler
# prints an inferred union or mapped type's members in the order it first met them, which
# differs between the two. So the exports that would print such types have declared ones:
# the frontend's SoloTrekPlugin and SoloTrekMessages, the scaffolder actions' input and
# output types (SoloTrekSetStageInput, ...).
api-reports:
	$(TOOLCHAIN) yarn backstage-repo-tools api-reports -o ae-wrong-input-file-type,ae-undocumented \
	  --validate-release-tags --ci plugins/solo-trek-common plugins/solo-trek-node plugins/solo-trek-backend \
	  plugins/solo-trek plugins/scaffolder-backend-module-solo-trek

lint:
	$(TOOLCHAIN) yarn lint

# Database tests run on SQLite, and on PostgreSQL 15 whenever it is reachable
# (always in CI: .ci/run refuses to go on without it).
unit:
	$(TOOLCHAIN) . scripts/test-databases.sh && yarn test:ci

# The end-to-end suite in a real browser; Playwright starts the app itself.
e2e: install
	$(TOOLCHAIN) scripts/e2e.sh

# make test runs the end-to-end suite whenever Debian's Chromium is installed.
e2e-if-chromium:
	@if [ -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then \
	  $(TOOLCHAIN) scripts/e2e.sh; \
	else \
	  echo "Chromium is not installed: skipping the end-to-end suite (apt-get install -y chromium, then make e2e)"; \
	fi

# Two replicas of the built backend on PostgreSQL (scripts/production-run.sh).
production-run: install
	$(TOOLCHAIN) scripts/production-run.sh

# make test runs the production run whenever PostgreSQL answers (always in CI:
# .ci/run refuses to go on without it).
production-run-if-postgres:
	@if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then \
	  $(TOOLCHAIN) scripts/production-run.sh; \
	elif [ -n "$${CI:-}" ]; then \
	  echo "CI needs PostgreSQL on 127.0.0.1:5432 for the production run" >&2; exit 1; \
	else \
	  echo "PostgreSQL is not running: skipping the production run (make production-run)"; \
	fi

bench: install
	$(TOOLCHAIN) yarn bench

demo-catalog:
	$(TOOLCHAIN) node scripts/generate-demo-catalog.js

clean:
	rm -rf .toolchain node_modules .data
