# Sourced by the benchmarks: their own Open Liberty server, from the deployable's WAR, server.xml,
# jvm.options and PostgreSQL driver, in deploy/bench/target/wlp (outside deploy/target, so a build
# or the tests running meanwhile neither see nor disturb it).
#
#   bench_server_start <server-name> <work-dir>
#
# Needs ROOT (the repository), OUT (deploy/bench/target), HTTP_PORT, HTTPS_PORT, URL and the
# HUIXIAO_* database settings (deploy/bin/postgres-env.sh) exported, and the functions log and
# fail. Builds first unless HUIXIAO_BENCH_SKIP_BUILD=1. Sets SRV (the server's directory),
# SERVER_PID and SERVER_READY_MS (from the start command to /health/ready answering 200); stops
# the server on exit unless HUIXIAO_BENCH_KEEP_SERVER=1.

bench_server_start() {
  local server=$1 work=$2
  if [ "${HUIXIAO_BENCH_SKIP_BUILD:-}" != 1 ]; then
    log "building (mvn -o install -DskipTests)"
    (cd "$ROOT" && mvn -B -o -q install -DskipTests -P '!it')
  fi
  [ -f "$ROOT/deploy/target/huixiao.war" ] || fail "deploy/target/huixiao.war missing: build first"
  local repo=${MAVEN_REPO:-$HOME/.m2/repository}
  local liberty_version pg_driver_version zip driver
  liberty_version=$(grep -oP '<openliberty.version>\K[^<]+' "$ROOT/pom.xml")
  pg_driver_version=$(grep -oP '<postgresql.version>\K[^<]+' "$ROOT/pom.xml")
  zip=$repo/io/openliberty/openliberty-runtime/$liberty_version/openliberty-runtime-$liberty_version.zip
  driver=$repo/org/postgresql/postgresql/$pg_driver_version/postgresql-$pg_driver_version.jar
  [ -f "$zip" ] || fail "Open Liberty runtime not found at $zip (run deploy/bench/run once, or build)"
  WLP=$OUT/wlp
  if [ ! -f "$WLP/.runtime-$liberty_version" ]; then
    log "unpacking Open Liberty $liberty_version into $WLP"
    rm -rf "$WLP"
    unzip -q "$zip" -d "$OUT"
    touch "$WLP/.runtime-$liberty_version"
  fi
  SRV=$WLP/usr/servers/$server
  rm -rf "$SRV"
  mkdir -p "$SRV/apps" "$SRV/jdbc" "$work"
  cp "$ROOT/deploy/src/main/liberty/config/server.xml" "$ROOT/deploy/src/main/liberty/config/jvm.options" "$SRV/"
  printf 'keystore_password=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" >"$SRV/server.env"
  cp "$driver" "$SRV/jdbc/postgresql.jar"
  local attempt
  for attempt in $(seq 1 30); do
    cp "$ROOT/deploy/target/huixiao.war" "$SRV/apps/huixiao.war" 2>/dev/null \
      && unzip -tq "$SRV/apps/huixiao.war" >/dev/null 2>&1 && break
    [ "$attempt" = 30 ] && fail "deploy/target/huixiao.war stayed incomplete (another build writing it?)"
    sleep 10
  done
  BENCH_SERVER=$server
  trap bench_server_stop EXIT
  log "starting Open Liberty server $server on port $HTTPS_PORT"
  local t0 code=
  t0=$(date +%s%3N)
  "$WLP/bin/server" start "$server" >"$work/server-start.log" 2>&1 || {
    cat "$work/server-start.log" >&2; fail "server start"; }
  for _ in $(seq 1 600); do
    code=$(curl -sk -o "$work/ready.json" -w '%{http_code}' "$URL/health/ready" || true)
    [ "$code" = 200 ] && jq -e '.checks | length > 0' "$work/ready.json" >/dev/null 2>&1 && break
    sleep 0.2
  done
  [ "$code" = 200 ] || { tail -n 50 "$SRV/logs/messages.log" >&2; fail "server not ready"; }
  SERVER_READY_MS=$(( $(date +%s%3N) - t0 ))
  SERVER_PID=$(cat "$WLP/usr/servers/.pid/$server.pid" 2>/dev/null || pgrep -f "wlp/lib/ws-launch.jar $server" | head -1)
  log "ready in $SERVER_READY_MS ms (pid $SERVER_PID)"
}

bench_server_stop() {
  if [ -n "${BENCH_SERVER:-}" ] && [ "${HUIXIAO_BENCH_KEEP_SERVER:-}" != 1 ]; then
    log "stopping the server"
    "$WLP/bin/server" stop "$BENCH_SERVER" >/dev/null 2>&1 || true
  fi
}
