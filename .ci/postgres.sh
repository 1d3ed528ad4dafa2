#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: Debian's packages, a cluster in a temporary folder,
# run by an unprivileged user, listening on 127.0.0.1 only, on a free port. No Docker, no mock.
#
#   .ci/postgres.sh exec CMD [ARGS...]   start, run CMD with the server's settings in its environment, stop
#   .ci/postgres.sh start                start and print the settings as shell exports (keep the folder)
#   .ci/postgres.sh stop DIR             stop the server started in DIR and delete DIR
#
# A developer runs the whole suite on H2 and PostgreSQL with:  .ci/postgres.sh exec mvn -B verify
# CMD sees ORDERNOTIFY_TEST_PG_URL, ORDERNOTIFY_TEST_PG_USER, ORDERNOTIFY_TEST_PG_PASSWORD (what the
# pom's "postgres" profile and TestDatabase read) and PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE
# for psql.
set -euo pipefail

DB_USER=ordernotify_test
DB_NAME=ordernotify_test

pg_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$initdb" ]; then
    install_postgres >&2
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$initdb" ] || { echo "postgres.sh: PostgreSQL is not installed and could not be installed" >&2; exit 1; }
  dirname "$initdb"
}

install_postgres() {
  command -v apt-get >/dev/null 2>&1 || { echo "postgres.sh: no apt-get to install PostgreSQL with" >&2; exit 1; }
  [ "$(id -u)" = 0 ] || { echo "postgres.sh: run as root once to install PostgreSQL, or install it yourself" >&2; exit 1; }
  echo "postgres.sh: installing PostgreSQL from Debian's packages"
  # The packages would create and start a system-wide cluster; we want only our throwaway one.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/ordernotify-ci.conf
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql postgresql-client >/dev/null
}

# Runs a command as the unprivileged user that owns the cluster (ourselves unless we are root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$OWNER" -- "$@"
  else
    "$@"
  fi
}

pick_owner() {
  if [ "$(id -u)" != 0 ]; then
    OWNER=$(id -un)
  elif getent passwd postgres >/dev/null; then
    OWNER=postgres
  else
    OWNER=nobody
  fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin dir port password tries=0
  bin=$(pg_bin)
  pick_owner
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ordernotify-pg.XXXXXX")
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" > "$dir/pwfile"
  chmod 700 "$dir"
  chmod 600 "$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown -R "$OWNER" "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U "$DB_USER" --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  while :; do
    port=$((20000 + RANDOM % 40000))
    if port_free "$port" && as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 -c shared_buffers=64MB \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 5 ]; then
      cat "$dir/server.log" >&2 || true
      rm -rf "$dir"
      echo "postgres.sh: the server did not start" >&2
      exit 1
    fi
  done
  PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres \
    -c "CREATE DATABASE $DB_NAME" >/dev/null
  echo "$port" > "$dir/port"
  cat <<EOF
export ORDERNOTIFY_TEST_PG_DIR='$dir'
export ORDERNOTIFY_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/$DB_NAME'
export ORDERNOTIFY_TEST_PG_USER='$DB_USER'
export ORDERNOTIFY_TEST_PG_PASSWORD='$password'
export PGHOST=127.0.0.1 PGPORT='$port' PGUSER='$DB_USER' PGPASSWORD='$password' PGDATABASE='$DB_NAME'
EOF
}

stop() {
  local dir=$1 bin
  [ -d "$dir/data" ] || return 0
  bin=$(pg_bin)
  pick_owner
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start)
    start
    ;;
  stop)
    stop "${2:?usage: postgres.sh stop DIR}"
    ;;
  exec)
    shift
    [ $# -gt 0 ] || { echo "usage: postgres.sh exec CMD [ARGS...]" >&2; exit 2; }
    settings=$(start)
    eval "$settings"
    trap 'stop "$ORDERNOTIFY_TEST_PG_DIR"' EXIT
    echo "postgres.sh: PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2
    status=0
    "$@" || status=$?
    exit "$status"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR | exec CMD [ARGS...]" >&2
    exit 2
    ;;
esac
