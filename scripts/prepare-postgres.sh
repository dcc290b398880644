#!/usr/bin/env bash
# Makes sure the local PostgreSQL server runs and has the application role the platform and its tests use
# (role 'wijknetwerk', password 'wijknetwerk', allowed to create databases). Safe to run again.
set -euo pipefail

PG_ROLE="${WIJKNETWERK_PG_USER:-wijknetwerk}"
PG_PASSWORD="${WIJKNETWERK_PG_PASSWORD:-wijknetwerk}"

# Already prepared: the server answers and the role logs in and may create databases (no root or sudo needed).
if command -v psql >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null \
    && [ "$(PGPASSWORD="${PG_PASSWORD}" psql -h 127.0.0.1 -p 5432 -U "${PG_ROLE}" -d postgres -tAc \
        "select rolcreatedb from pg_roles where rolname = current_user" 2>/dev/null)" = "t" ]; then
  echo "PostgreSQL is ready for role ${PG_ROLE}."
  exit 0
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL from the Debian packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  echo "Starting PostgreSQL ${version}…"
  pg_ctlcluster --skip-systemctl-redirect "${version}" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432

if [ "$(as_postgres psql -tAc "select 1 from pg_roles where rolname = '${PG_ROLE}'")" != "1" ]; then
  as_postgres psql -q -c "create role ${PG_ROLE} login createdb password '${PG_PASSWORD}'"
else
  as_postgres psql -q -c "alter role ${PG_ROLE} login createdb password '${PG_PASSWORD}'"
fi
echo "PostgreSQL is ready for role ${PG_ROLE}."
