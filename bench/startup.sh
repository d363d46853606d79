#!/usr/bin/env bash
# Measures how long Praxis takes to start on its embedded defaults (fresh H2 database under a
# temporary data folder) and how much memory the idle platform uses.
#
#   bench/startup.sh            # uses the default java
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh
#
# Prints: time until the home page answers 200, the JVM's own "Started ... in" figure, and
# the resident memory (RSS) after 30 s idle, for a first start (migrations run) and a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18080}"
IDLE_SECONDS="${IDLE_SECONDS:-30}"

if [ ! -f target/praxis-*.jar ] 2>/dev/null || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/praxis-*.jar | grep -v original | head -1)
DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

echo "java: $("$JAVA" -version 2>&1 | head -1)"
echo "jar:  $JAR ($(du -h "$JAR" | cut -f1))"

run_once() {
  local label=$1
  local log="$DATA/$label.log"
  local start end
  start=$(date +%s%N)
  PRAXIS_DATA_DIR="$DATA" "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" > "$log" 2>&1 &
  PID=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Praxis stopped; see $log"; cat "$log"; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  local started
  started=$(grep -oE 'Started PraxisApplication in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+' || echo "?")
  sleep "$IDLE_SECONDS"
  local rss
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$PID/status")
  printf '%-8s home page answers after %5.1f s (Spring: started in %s s); idle RSS after %s s: %s MB\n' \
    "$label" "$(awk -v s="$start" -v e="$end" 'BEGIN { print (e - s) / 1e9 }')" "$started" "$IDLE_SECONDS" "$rss"
  kill "$PID"; wait "$PID" 2>/dev/null || true
}

run_once first
run_once restart
