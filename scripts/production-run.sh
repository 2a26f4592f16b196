#!/usr/bin/env bash
# The production run: builds the backend bundle (yarn build:backend), unpacks
# it as a deployment would, installs production dependencies, starts two
# replicas of the built backend (node packages/backend, not the dev server)
# on one PostgreSQL with app-config.production.yaml and a static token, checks
# them (scripts/production-run/check.mjs) and stops them. Needs PostgreSQL on
# 127.0.0.1:5432 (as CI has). make test runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUN_DIR=$ROOT/.data/production-run
PORT_A=${PRODUCTION_RUN_PORT_A:-7201}
PORT_B=${PRODUCTION_RUN_PORT_B:-7202}
export PRODUCTION_RUN_TOKEN=production-run-token-$RANDOM$RANDOM$RANDOM

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "The production run needs PostgreSQL on 127.0.0.1:5432" >&2
  exit 1
fi

mkdir -p "$ROOT/.data"
echo "== Building the backend bundle"
yarn build:backend >"$ROOT/.data/production-run.build.log" 2>&1 ||
  { tail -50 "$ROOT/.data/production-run.build.log"; exit 1; }

echo "== Unpacking it into $RUN_DIR and installing production dependencies"
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
tar xzf packages/backend/dist/skeleton.tar.gz -C "$RUN_DIR"
tar xzf packages/backend/dist/bundle.tar.gz -C "$RUN_DIR"
mkdir -p "$RUN_DIR/.yarn"
cp -r .yarn/releases "$RUN_DIR/.yarn/"
cp .yarnrc.yml yarn.lock "$RUN_DIR/"
cp -r examples catalog-info.yaml app-config.yaml app-config.production.yaml \
  scripts/production-run/app-config.run.yaml "$RUN_DIR/"
(cd "$RUN_DIR" && yarn workspaces focus --all --production \
  >"$RUN_DIR/install.log" 2>&1) ||
  { tail -50 "$RUN_DIR/install.log"; exit 1; }

echo "== Dropping the databases of an earlier run"
psql -h 127.0.0.1 -U postgres -Atc \
  "select datname from pg_database where datname like 'solo_trek_prodrun_%'" |
  while read -r db; do
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists \"$db\" with (force)"
  done

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

start_replica() {
  local port=$1 log=$2
  (
    cd "$RUN_DIR/packages/backend"
    NODE_ENV=production BACKEND_PORT=$port \
      BACKEND_BASE_URL=http://localhost:$port APP_BASE_URL=http://localhost:$port \
      POSTGRES_HOST=127.0.0.1 POSTGRES_PORT=5432 POSTGRES_USER=postgres POSTGRES_PASSWORD= \
      exec node . --config ../../app-config.yaml \
      --config ../../app-config.production.yaml --config ../../app-config.run.yaml
  ) >"$log" 2>&1 &
  pids+=($!)
}

# A first deployment starts one replica before the second: on an empty
# database two backends racing through Backstage's own first migrations can
# both try to create the same knex migrations table (seen here: the
# backend public keys store), and one stops. Later starts and rollouts are
# free to overlap; Solo Trek's own migrations take knex's lock.
echo "== Starting replica A on :$PORT_A"
start_replica "$PORT_A" "$RUN_DIR/replica-a.log"
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT_A/api/solo-trek/health" >/dev/null && break
  sleep 2
done
echo "== Starting replica B on :$PORT_B"
start_replica "$PORT_B" "$RUN_DIR/replica-b.log"

echo "== Checking them"
if ! node scripts/production-run/check.mjs "http://localhost:$PORT_A" \
  "http://localhost:$PORT_B" "$RUN_DIR/replica-a.log" "$RUN_DIR/replica-b.log"; then
  echo "-- replica A log (tail)"; tail -40 "$RUN_DIR/replica-a.log"
  echo "-- replica B log (tail)"; tail -40 "$RUN_DIR/replica-b.log"
  exit 1
fi
echo "== The production run passed; stopping the replicas"
