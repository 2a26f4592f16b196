# Sourced before the unit tests: points TestDatabases at the local PostgreSQL 15.
# In CI (CI=true) a missing PostgreSQL is an error, never a silent skip.
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432
  elif [ "${CI:-}" = "true" ]; then
    echo "CI=true but PostgreSQL is not reachable on 127.0.0.1:5432" >&2
    return 1
  else
    echo "PostgreSQL is not reachable on 127.0.0.1:5432: database tests run on SQLite only" >&2
  fi
fi
