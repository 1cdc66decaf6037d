#!/usr/bin/env bash
# Measures what docs/benchmarks.md reports: clean production build time, start-up time of the
# production jar on the embedded PostgreSQL, resident memory (Java and PostgreSQL separately) and
# graceful shutdown time.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 docs/benchmarks/measure-startup.sh
#
# Environment: PORT (HTTP port, default 18080), SKIP_BUILD=1 (reuse app/target/praxis.jar),
# READY_TIMEOUT (seconds, default 120), JAVA_OPTS (extra JVM options, e.g. -Xmx256m; none by default),
# KEEP_LOG=FILE (copy the application's log there, and the build's to FILE.build).
# It talks only to localhost, uses a fresh temporary data directory, stops the application itself
# and removes everything it created (also when interrupted).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

PORT="${PORT:-18080}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
JAR=app/target/praxis.jar

# --- a JDK 21+ ------------------------------------------------------------------------------------
java_major() {
  { "$1" -XshowSettings:properties -version 2>&1 || true; } \
    | awk -F' = ' '/java.specification.version/ { split($2, v, "."); print v[1]; exit }'
}
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java || true)"; do
  [[ -n "$candidate" && -x "$candidate" ]] || continue
  major="$(java_major "$candidate")"
  if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 )); then
    JAVA="$candidate"
    break
  fi
done
if [[ -z "$JAVA" ]]; then
  echo "No JDK 21 or newer found: set JAVA_HOME, e.g. to /usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi
export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"

if (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "Port $PORT is already in use on localhost; set PORT to a free one." >&2
  exit 1
fi

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
rss_kb() { local kb; kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true); echo "${kb:-0}"; }
pss_kb() { local kb; kb=$(awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || true); echo "${kb:-0}"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

WORK="$(mktemp -d -t praxis-bench.XXXXXX)"
APP_PID=""
POSTMASTER_PID=""

cleanup() {
  # Note the PostgreSQL server first: if the JVM has to be killed, it would be left running.
  if [[ -z "$POSTMASTER_PID" && -f "$WORK/postgres/postmaster.pid" ]]; then
    POSTMASTER_PID=$(head -n 1 "$WORK/postgres/postmaster.pid" | tr -dc '0-9')
  fi
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$POSTMASTER_PID" ]] && kill -0 "$POSTMASTER_PID" 2>/dev/null; then
    kill -TERM "$POSTMASTER_PID" 2>/dev/null || true
    for _ in $(seq 1 75); do kill -0 "$POSTMASTER_PID" 2>/dev/null || break; sleep 0.2; done
  fi
  if [[ -n "${KEEP_LOG:-}" ]]; then
    [[ -f "$WORK/app.log" ]] && cp "$WORK/app.log" "$KEEP_LOG"
    [[ -f "$WORK/build.log" ]] && cp "$WORK/build.log" "$KEEP_LOG.build"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Praxis start-up benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
echo "java:    $("$JAVA" -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-minute load average before the run; other work skews the figures)"
echo

# --- 1. clean production build --------------------------------------------------------------------
if [[ "${SKIP_BUILD:-}" == 1 && -f "$JAR" ]]; then
  echo "clean build:          skipped (SKIP_BUILD=1), using the existing $JAR"
else
  start=$(now)
  if ! ./mvnw -B -q -Pproduction clean package -DskipTests >"$WORK/build.log" 2>&1; then
    echo "The production build failed. Last lines of its output:" >&2
    tail -n 60 "$WORK/build.log" >&2
    exit 1
  fi
  echo "clean build:          $(seconds "$start" "$(now)") s  (./mvnw -B -q -Pproduction clean package -DskipTests)"
fi
echo "jar size:             $(du -m "$JAR" | cut -f1) MB"

# --- 2. start and wait until ready ----------------------------------------------------------------
LOG="$WORK/app.log"
start=$(now)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$JAR" \
  --server.port="$PORT" \
  --server.address=127.0.0.1 \
  --praxis.embedded-postgres.data-directory="$WORK/postgres" \
  >"$LOG" 2>&1 &
APP_PID=$!

ready=""
deadline=$(awk -v s="$start" -v t="$READY_TIMEOUT" 'BEGIN { printf "%.3f", s + t }')
while :; do
  if curl -fsS --max-time 2 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    ready=$(now)
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "The application exited before it was ready. Last lines of its log:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  if awk -v n="$(now)" -v d="$deadline" 'BEGIN { exit !(n > d) }'; then
    echo "Not ready after ${READY_TIMEOUT} s. Last lines of its log:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  sleep 0.1
done
echo "ready:                $(seconds "$start" "$ready") s from launch to /actuator/health UP (target ≤ 8 s)"
spring_said=$(grep -o 'Started PraxisApplication in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]* seconds' || true)
[[ -n "$spring_said" ]] && echo "                      (Spring Boot's own figure: started in $spring_said)"

# --- 3. resident memory ---------------------------------------------------------------------------
sleep 2   # let start-up work (demo data, event listeners) settle
java_kb=$(rss_kb "$APP_PID")
# zonky starts PostgreSQL through pg_ctl, so the server is not always a direct child of the JVM;
# its postmaster.pid in our data directory names it exactly.
if [[ -f "$WORK/postgres/postmaster.pid" ]]; then
  POSTMASTER_PID=$(head -n 1 "$WORK/postgres/postmaster.pid" | tr -d '[:space:]')
fi
pg_rss=0; pg_pss=0; pg_count=0
if [[ -n "$POSTMASTER_PID" ]]; then
  for pid in "$POSTMASTER_PID" $(pgrep -P "$POSTMASTER_PID" || true); do
    pg_rss=$(( pg_rss + $(rss_kb "$pid") ))
    pg_pss=$(( pg_pss + $(pss_kb "$pid") ))
    pg_count=$(( pg_count + 1 ))
  done
fi
echo "memory, Java:         $(mb "$java_kb") MB resident (VmRSS) (target ≤ 500 MB)"
echo "memory, PostgreSQL:   $(mb "$pg_rss") MB resident summed over $pg_count processes; $(mb "$pg_pss") MB proportional (PSS, shared memory counted once)"
echo "memory, together:     $(mb $(( java_kb + pg_pss ))) MB (Java RSS + PostgreSQL PSS)"

# --- 4. graceful shutdown -------------------------------------------------------------------------
start=$(now)
kill -TERM "$APP_PID"
while kill -0 "$APP_PID" 2>/dev/null; do sleep 0.05; done
stopped=$(now)
wait "$APP_PID" 2>/dev/null && status=0 || status=$?
APP_PID=""
echo "shutdown:             $(seconds "$start" "$stopped") s from SIGTERM to exit of the JVM (exit status $status; 143 = ended by SIGTERM)"
if [[ -n "$POSTMASTER_PID" ]]; then
  # The postmaster removes its pid file a moment before it exits; give it a few seconds.
  for _ in $(seq 1 100); do kill -0 "$POSTMASTER_PID" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$POSTMASTER_PID" 2>/dev/null; then
    echo "                      PostgreSQL (pid $POSTMASTER_PID) was still running 5 s later; this script stops it" >&2
  else
    echo "                      PostgreSQL gone $(seconds "$start" "$(now)") s after SIGTERM"
    POSTMASTER_PID=""
  fi
fi
