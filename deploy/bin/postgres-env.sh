# Sourced by run-demo and test: makes a local PostgreSQL ready for Huixiao and exports the
# HUIXIAO_* settings that Liberty (server.xml variables) and the tests read.
#
#   huixiao_postgres <database> [--fresh]
#
# If HUIXIAO_DB_URL is already set (production, or an operator's own database), nothing is
# installed or started: the caller's settings are used as they are.
# Otherwise Debian's PostgreSQL is installed if absent (apt-get), its cluster is started, and
# the database, the owner role (runs Flyway migrations) and the application role (no
# SUPERUSER, no BYPASSRLS, owns nothing) are created idempotently. Passwords and the
# national-ID encryption key are generated once per machine into $HUIXIAO_SECRETS_FILE
# (default ~/.config/huixiao/local-secrets.env, mode 600) and never enter the repository.

huixiao_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

huixiao_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

huixiao_random() {
  head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32
}

huixiao_postgres() {
  local db=$1 fresh=${2:-}
  if [ -n "${HUIXIAO_DB_URL:-}" ]; then
    echo "postgres-env: HUIXIAO_DB_URL is set; using the configured database as it is" >&2
    return 0
  fi

  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "postgres-env: installing Debian's PostgreSQL (apt-get)" >&2
    huixiao_as_root apt-get update -qq
    huixiao_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi

  local cluster
  cluster=$(pg_lsclusters -h | head -n 1)
  if [ -z "$cluster" ]; then
    local major
    major=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    huixiao_as_root pg_createcluster "$major" main >/dev/null
    cluster=$(pg_lsclusters -h | head -n 1)
  fi
  local version name port status
  read -r version name port status _ <<<"$cluster"
  if [ "$status" != online ]; then
    echo "postgres-env: starting PostgreSQL $version/$name on port $port" >&2
    # The server outlives this shell: it must not inherit descriptors such as the test lock's
    # (flock … bash -c '…' holds it on fd 3), or the lock stays held for as long as it runs.
    huixiao_as_root pg_ctlcluster "$version" "$name" start 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
  fi

  local secrets=${HUIXIAO_SECRETS_FILE:-$HOME/.config/huixiao/local-secrets.env}
  if [ ! -f "$secrets" ]; then
    mkdir -p "$(dirname "$secrets")"
    (umask 077; {
      echo "HUIXIAO_DB_OWNER_PASSWORD=$(huixiao_random)"
      echo "HUIXIAO_DB_APP_PASSWORD=$(huixiao_random)"
      echo "HUIXIAO_NATIONAL_ID_KEY=$(head -c 32 /dev/urandom | base64)"
    } > "$secrets")
  fi
  set -a; . "$secrets"; set +a

  export HUIXIAO_DB_OWNER_USER=huixiao_owner
  export HUIXIAO_DB_APP_USER=huixiao_app
  (cd / && huixiao_as_postgres psql -q -X -p "$port" -v ON_ERROR_STOP=1 \
      -v owner_pw="$HUIXIAO_DB_OWNER_PASSWORD" -v app_pw="$HUIXIAO_DB_APP_PASSWORD" -v db="$db" \
      -v fresh="${fresh:+on}" -d postgres) <<'SQL'
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'huixiao_owner') AS need_owner,
       NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'huixiao_app') AS need_app \gset
\if :need_owner
CREATE ROLE huixiao_owner LOGIN;
\endif
\if :need_app
CREATE ROLE huixiao_app LOGIN;
\endif
ALTER ROLE huixiao_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_pw';
ALTER ROLE huixiao_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'app_pw';
SELECT :'fresh' = 'on' AS drop_first \gset
\if :drop_first
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
\endif
SELECT format('CREATE DATABASE %I OWNER huixiao_owner ENCODING ''UTF8'' TEMPLATE template0', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO huixiao_app', :'db') \gexec
SQL
  export HUIXIAO_DB_URL="jdbc:postgresql://localhost:$port/$db"
}
