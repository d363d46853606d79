#!/usr/bin/env bash
# Measures how long Praxis takes to start on its embedded defaults (fresh H2 database under a
# temporary data folder) and how much memory the idle platform uses.
#
#   bench/startup.sh                          # the packaged jar, default java
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh
#   CDS=1 bench/startup.sh                    # extracted jar + class data sharing archive
#   JAVA_OPTS=-Xmx256m bench/startup.sh       # with a capped heap
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
PID=""
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

echo "java: $("$JAVA" -version 2>&1 | head -1)"
echo "jar:  $JAR ($(du -h "$JAR" | cut -f1)); options: ${JAVA_OPTS:-none}; CDS: ${CDS:-no}"

if [ -n "${CDS:-}" ]; then
  # Spring Boot's recommended production layout: extract the jar, record the classes loaded
  # during one start into an archive, and map that archive on every later start.
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$DATA/app" > /dev/null
  JAR="$DATA/app/$(basename "$JAR")"
  PRAXIS_DATA_DIR="$DATA/training" "$JAVA" -XX:ArchiveClassesAtExit="$DATA/app/praxis.jsa" \
    -Dspring.context.exit=onRefresh -jar "$JAR" --server.port="$PORT" > "$DATA/training.log" 2>&1 || true
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$DATA/app/praxis.jsa"
fi

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
