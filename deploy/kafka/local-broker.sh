#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft, combined broker + controller) on 127.0.0.1,
# run from the broker's own jars fetched with Maven (deploy/kafka/pom.xml). No Docker needed.
#
#   deploy/kafka/local-broker.sh start    fetch jars (first use), format (first start), start,
#                                         return once the broker answers Kafka requests
#   deploy/kafka/local-broker.sh stop     SIGTERM, wait, SIGKILL after a bound; fine if stopped
#   deploy/kafka/local-broker.sh status   exit 0 when running and answering, 3 when not
#   deploy/kafka/local-broker.sh fetch    only fetch the jars
#   deploy/kafka/local-broker.sh tool CLASS ARGS...
#                                         run a Kafka tool class, e.g.
#                                         tool org.apache.kafka.tools.TopicCommand --list \
#                                              --bootstrap-server 127.0.0.1:9092
#   deploy/kafka/local-broker.sh reset    stop and delete the data dir (all topics and offsets)
#
# Environment (all optional):
#   WIREWATCH_KAFKA_PORT             client port (default 9092)
#   WIREWATCH_KAFKA_CONTROLLER_PORT  KRaft controller port (default client port + 1)
#   WIREWATCH_KAFKA_DATA_DIR         data, pid and log file (default deploy/kafka/.data);
#                                    survives restarts
#   WIREWATCH_KAFKA_START_TIMEOUT    seconds `start` waits for the broker (default 90)
#   WIREWATCH_KAFKA_HEAP             JVM heap options (default "-Xms256m -Xmx512m")
#   JAVA                             java binary (default: $JAVA_HOME/bin/java, else java)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_HOME="$HERE/.kafka"
LIB_DIR="$KAFKA_HOME/lib"
PORT="${WIREWATCH_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${WIREWATCH_KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
DATA_DIR="${WIREWATCH_KAFKA_DATA_DIR:-$HERE/.data}"
START_TIMEOUT="${WIREWATCH_KAFKA_START_TIMEOUT:-90}"
read -r -a HEAP_OPTS <<<"${WIREWATCH_KAFKA_HEAP:--Xms256m -Xmx512m}"
STOP_TIMEOUT=30
HOST=127.0.0.1
NODE_ID=1

if [[ -n "${JAVA:-}" ]]; then
    :
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA=java
fi

PID_FILE="$DATA_DIR/broker.pid"
LOG_FILE="$DATA_DIR/broker.log"
CONF_FILE="$DATA_DIR/server.properties"
LOG4J_FILE="$DATA_DIR/log4j2.xml"
LOG_DIRS="$DATA_DIR/kraft-logs"

say() { printf 'local-broker: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

kafka_version() {
    sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml" | head -n 1
}

fetch() {
    # The jar set is keyed on the pom's content: edit the pom and the next start re-fetches.
    local stamp want
    want="$(cksum <"$HERE/pom.xml")"
    stamp="$KAFKA_HOME/pom.cksum"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && compgen -G "$LIB_DIR/kafka_2.13-*.jar" >/dev/null; then
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found: Maven 3 is needed to fetch the Kafka jars"
    say "fetching Apache Kafka $(kafka_version) jars with Maven into $LIB_DIR ..."
    rm -rf "$LIB_DIR.tmp"
    mkdir -p "$KAFKA_HOME"
    local mvn_log="$KAFKA_HOME/fetch.log"
    if ! mvn -q -B --no-transfer-progress -f "$HERE/pom.xml" \
        dependency:copy-dependencies -DincludeScope=runtime \
        -DoutputDirectory="$LIB_DIR.tmp" >"$mvn_log" 2>&1; then
        say "Maven could not fetch the Kafka jars (full output: $mvn_log):"
        # the [ERROR] lines that say what failed (no colour codes, no "re-run with -e" advice)
        sed 's/\x1b\[[0-9;]*m//g' "$mvn_log" | grep -E '^\[(ERROR|FATAL)\] +[^ ]' \
            | grep -vE '^\[ERROR\] +(To see the full|Re-run Maven|For more information|\[Help [0-9])' \
            | head -n 10 >&2 || tail -n 20 "$mvn_log" >&2
        rm -rf "$LIB_DIR.tmp"
        exit 1
    fi
    rm -rf "$LIB_DIR"
    mv "$LIB_DIR.tmp" "$LIB_DIR"
    printf '%s\n' "$want" >"$stamp"
    say "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars"
}

pid_alive() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # guard against a recycled pid: it must be our broker's JVM
    grep -qa 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
}

# Ask the broker for its ApiVersions (a real Kafka request, answered only once the broker has
# joined the KRaft quorum and opened its listener for requests). Exit 0 iff it answers cleanly.
answers() {
    python3 - "$HOST" "$PORT" <<'PY' 2>/dev/null
import socket, struct, sys
host, port = sys.argv[1], int(sys.argv[2])
client = b"wirewatch-probe"
# ApiVersions (key 18) v0, request header v1: key, version, correlation id, client id
body = struct.pack(">hhih", 18, 0, 7, len(client)) + client
try:
    with socket.create_connection((host, port), timeout=3) as s:
        s.settimeout(3)
        s.sendall(struct.pack(">i", len(body)) + body)
        buf = b""
        while len(buf) < 10:
            chunk = s.recv(4096)
            if not chunk:
                sys.exit(1)
            buf += chunk
except OSError:
    sys.exit(1)
_size, corr, err = struct.unpack(">iih", buf[:10])
sys.exit(0 if corr == 7 and err == 0 else 1)
PY
}

write_config() {
    mkdir -p "$LOG_DIRS"
    cat >"$CONF_FILE" <<EOF
# written by deploy/kafka/local-broker.sh on every start: edit the script, not this file
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$NODE_ID@$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$LOG_DIRS

# development defaults: one node, topics appear on first use, no waiting on rebalances
auto.create.topics.enable=true
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
delete.topic.enable=true
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1

# small logs for dev: 64 MiB segments, keep 24 h or 256 MiB per partition
log.segment.bytes=67108864
log.retention.hours=24
log.retention.bytes=268435456
log.retention.check.interval.ms=60000
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=16777216
EOF
    cat >"$LOG4J_FILE" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="stdout" target="SYSTEM_OUT">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Logger name="kafka" level="INFO"/>
    <Logger name="org.apache.kafka" level="INFO"/>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Logger name="state.change.logger" level="WARN"/>
    <Logger name="kafka.log.LogCleaner" level="WARN"/>
    <Root level="INFO"><AppenderRef ref="stdout"/></Root>
  </Loggers>
</Configuration>
EOF
}

java_cmd() {
    "$JAVA" "${HEAP_OPTS[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
        -Dlog4j2.configurationFile="$LOG4J_FILE" -cp "$LIB_DIR/*" "$@"
}

format_once() {
    if [[ -f "$LOG_DIRS/meta.properties" ]]; then
        return 0
    fi
    local cluster_id
    if [[ -f "$DATA_DIR/cluster.id" ]]; then
        cluster_id="$(cat "$DATA_DIR/cluster.id")"
    else
        cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 || true)"
        [[ -n "$cluster_id" ]] || die "could not generate a cluster id with kafka.tools.StorageTool"
        printf '%s\n' "$cluster_id" >"$DATA_DIR/cluster.id"
    fi
    say "formatting $LOG_DIRS (cluster id $cluster_id)"
    if ! java_cmd kafka.tools.StorageTool format --config "$CONF_FILE" \
        --cluster-id "$cluster_id" --ignore-formatted >"$DATA_DIR/format.log" 2>&1; then
        cat "$DATA_DIR/format.log" >&2
        die "formatting the storage failed"
    fi
}

port_busy() {
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# The broker went away before it answered: say how it ended (a kill by signal 9 with nothing
# in the log is the kernel's OOM killer or another process; exit 1 with an ERROR is Kafka's
# own), what this start wrote to the log, and the free disk and memory, then fail.
start_failed() {
    local code="" pid
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [[ -n "$launcher" ]] && ! kill -0 "$launcher" 2>/dev/null; then
        wait "$launcher" 2>/dev/null && code=0 || code=$?
    fi
    if [[ -z "$pid" ]]; then
        say "the broker exited during start-up before it wrote its pid file"
    elif [[ -n "$code" && "$pid" == "$launcher" ]]; then
        if ((code > 128)); then
            say "the broker (pid $pid) was killed by signal $((code - 128)) during start-up"
        else
            say "the broker (pid $pid) exited with status $code during start-up"
        fi
    else
        say "the broker (pid $pid) exited during start-up"
    fi
    say "free: disk $(df -Pm "$DATA_DIR" | awk 'NR==2 {print $4}') MB under $DATA_DIR," \
        "memory $(awk '/^MemAvailable/ {print int($2 / 1024)}' /proc/meminfo 2>/dev/null) MB"
    say "what this start wrote to $LOG_FILE (errors, then the last lines):"
    # this start's part of the log: after its own start marker
    awk -v mark="$START_MARK" 'index($0, mark) {keep = 1} keep' "$LOG_FILE" >"$LOG_FILE.this"
    [[ -s "$LOG_FILE.this" ]] || tail -n 25 "$LOG_FILE" >"$LOG_FILE.this"
    grep -E 'ERROR|FATAL|Exception|fatal error|Could not|No space' "$LOG_FILE.this" | head -n 20 >&2 || true
    tail -n 25 "$LOG_FILE.this" >&2
    rm -f "$LOG_FILE.this" "$PID_FILE"
    exit 1
}

start() {
    mkdir -p "$DATA_DIR"
    launcher=""
    START_MARK="===== start $(date -u +%Y-%m-%dT%H:%M:%SZ) $$ ====="
    if pid_alive; then
        if answers; then
            say "already running (pid $(cat "$PID_FILE")) on $HOST:$PORT"
            return 0
        fi
        say "pid $(cat "$PID_FILE") is running but not answering yet: waiting for it"
    else
        rm -f "$PID_FILE"
        command -v "$JAVA" >/dev/null || die "java not found (Java 17+ needed): set JAVA or JAVA_HOME"
        command -v python3 >/dev/null || die "python3 not found (used to probe the broker)"
        for p in "$PORT" "$CONTROLLER_PORT"; do
            if port_busy "$p"; then
                die "port $HOST:$p is already in use by another process; set WIREWATCH_KAFKA_PORT / WIREWATCH_KAFKA_CONTROLLER_PORT"
            fi
        done
        fetch
        write_config
        format_once
        say "starting Apache Kafka $(kafka_version) (KRaft) on $HOST:$PORT, controller $CONTROLLER_PORT, data $DATA_DIR"
        printf '\n%s\n' "$START_MARK" >>"$LOG_FILE"
        # setsid: the broker outlives this shell and the caller's process group
        # shellcheck disable=SC2016  # $$ is the child's pid, expanded by the child
        setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
            "$JAVA" "${HEAP_OPTS[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
            -Dlog4j2.configurationFile="$LOG4J_FILE" \
            -Dkafka.logs.dir="$DATA_DIR" \
            -cp "$LIB_DIR/*" kafka.Kafka "$CONF_FILE" \
            >>"$LOG_FILE" 2>&1 </dev/null &
        launcher=$!
        # wait for the pid file written by the child, as long as the child lives (a loaded
        # machine can take seconds to start a shell)
        local pid_deadline=$((SECONDS + 30))
        while [[ ! -s "$PID_FILE" ]] && kill -0 "$launcher" 2>/dev/null \
            && ((SECONDS < pid_deadline)); do
            sleep 0.1
        done
    fi
    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        if ! pid_alive; then
            start_failed
        fi
        if answers; then
            say "ready on $HOST:$PORT (pid $(cat "$PID_FILE")) after ${SECONDS}s"
            return 0
        fi
        sleep 0.5
    done
    say "the broker did not answer on $HOST:$PORT within ${START_TIMEOUT}s; last lines of $LOG_FILE:"
    tail -n 40 "$LOG_FILE" >&2
    exit 1
}

stop() {
    if ! pid_alive; then
        rm -f "$PID_FILE"
        say "not running"
        return 0
    fi
    local pid
    pid="$(cat "$PID_FILE")"
    say "stopping pid $pid (SIGTERM, up to ${STOP_TIMEOUT}s)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still running after ${STOP_TIMEOUT}s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$PID_FILE"
    say "stopped"
}

status() {
    if pid_alive && answers; then
        say "running (pid $(cat "$PID_FILE")) and answering on $HOST:$PORT"
        return 0
    fi
    if pid_alive; then
        say "pid $(cat "$PID_FILE") is running but not answering on $HOST:$PORT"
    else
        say "not running"
    fi
    return 3
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    restart) stop; start ;;
    fetch) fetch ;;
    tool)
        shift
        [[ $# -ge 1 ]] || die "usage: $0 tool CLASS [ARGS...]"
        fetch
        mkdir -p "$DATA_DIR"
        cat >"$DATA_DIR/log4j2-tools.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="stderr" target="SYSTEM_ERR"><PatternLayout pattern="%p %m (%c)%n"/></Console>
  </Appenders>
  <Loggers><Root level="WARN"><AppenderRef ref="stderr"/></Root></Loggers>
</Configuration>
EOF
        LOG4J_FILE="$DATA_DIR/log4j2-tools.xml" java_cmd "$@"
        ;;
    reset)
        stop
        say "deleting $DATA_DIR"
        rm -rf "$DATA_DIR"
        ;;
    *)
        echo "usage: $0 start|stop|status|restart|fetch|reset|tool CLASS [ARGS...]" >&2
        exit 2
        ;;
esac
