# Vínculo fault drills — shared functions. Sourced by the drill scripts beside it; not run on its own.
#
# Every drill runs its own portal, started the way the Run command starts it (server-config/bin/vinculo-server:
# provision, start, deploy — the steps of 'vinculo-server run', with the reminder interval set in between), on its
# own ports and its own data folder, so it runs beside a developer's portal and the test suite:
#
#   HTTP 22080, admin 22848 (other Payara ports derived from it: 22849…22855, 23854), SMTP sink 4225,
#   PostgreSQL 22432, everything under $DRILL_ROOT (default /tmp/vinculo-drills/<drill>).
#
# Needs a built checkout: ear-module/target/vinculo.ear and ear-module/target/server-dist (the Payara zip and the
# JDBC drivers), i.e. once
#   ./mvnw -B -q -DskipTests -Dtest.http.port=22080 -Dtest.admin.port=22848 -Dtest.smtp.port=4225 install
# (without -DskipITs: that also skips copying server-dist; the -Dtest.* ports keep the build's short-lived test
# servers off the default test ports).
# shellcheck shell=bash
set -euo pipefail

drills_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
checkout="$(cd "$drills_dir/../.." && pwd)"
VS="$checkout/server-config/bin/vinculo-server"
DIST="${DRILL_DIST:-$checkout/ear-module/target/server-dist}"
EAR="${DRILL_EAR:-$checkout/ear-module/target/vinculo.ear}"

: "${DRILL_NAME:?DRILL_NAME}"
: "${DRILL_BASE:=/tmp/vinculo-drills}"
DRILL_ROOT="$DRILL_BASE/$DRILL_NAME"
SERVER_DIR="$DRILL_ROOT/server"
MAILDIR="$DRILL_ROOT/mails"
REPORT="$DRILL_ROOT/report.txt"
: "${DRILL_INTERVAL:=5}"          # vinculo.reminders.interval-seconds of the drill's server

export VINCULO_HTTP_PORT=22080 VINCULO_ADMIN_PORT=22848
export VINCULO_SMTP_HOST=127.0.0.1 VINCULO_SMTP_PORT=4225
export VINCULO_DEMO=true
export VINCULO_DATA_DIR="$DRILL_ROOT/data"
export VINCULO_HEAP="${VINCULO_HEAP:-768m}"
DRILL_PG_PORT=22432
BASE="http://localhost:$VINCULO_HTTP_PORT"
ASADMIN_BIN="$SERVER_DIR/payara6/bin/asadmin"
SERVER_LOG="$SERVER_DIR/payara6/glassfish/domains/domain1/logs/server.log"

# --- reporting -------------------------------------------------------------------------------------------------
T0=$(date +%s)
say() { printf '[drill %s +%4ss] %s\n' "$DRILL_NAME" "$(($(date +%s) - T0))" "$*" | tee -a "$REPORT" >&2; }
fail() { say "DRILL FAILED: $*"; exit 1; }
header() {
    mkdir -p "$DRILL_ROOT"
    : >"$REPORT"
    say "$1"
    say "date $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
    say "checkout $checkout ($(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo '?')), data $VINCULO_DATA_DIR"
}
load() { cut -d' ' -f1 /proc/loadavg; }

preflight() {
    [ -f "$EAR" ] || fail "no $EAR: build first (see the top of lib.sh)"
    ls "$DIST"/payara-*.zip >/dev/null 2>&1 || fail "no Payara zip in $DIST: build first (see the top of lib.sh)"
    local p
    for p in "$VINCULO_HTTP_PORT" "$VINCULO_ADMIN_PORT" "$VINCULO_SMTP_PORT"; do
        if port_open "$p" && ! owned_by_drill "$p"; then fail "port $p is in use by something else"; fi
    done
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A port held by this drill's own leftovers (previous run) is freed by cleanup; anything else is not ours.
owned_by_drill() {
    local pids; pids=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u)
    [ -n "$pids" ] || return 1
    local pid; for pid in $pids; do
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$DRILL_BASE" || return 1
    done
}

# Idempotence: a previous run of this drill (finished or interrupted) leaves nothing that matters.
cleanup() {
    smtp_stop
    server_stop_quiet
    pg_stop
    rm -rf "$DRILL_ROOT/data" "$DRILL_ROOT/server" "$MAILDIR" "$DRILL_ROOT/backup" "$DRILL_ROOT/target" "$DRILL_ROOT"/server-*.log
}

# --- the SMTP sink ---------------------------------------------------------------------------------------------
smtp_start() {  # [delay-seconds per mail]
    smtp_stop
    mkdir -p "$MAILDIR"
    nohup python3 "$drills_dir/smtp-sink.py" serve "$MAILDIR" "$VINCULO_SMTP_PORT" "${1:-0}" \
        >>"$DRILL_ROOT/smtp-sink.log" 2>&1 </dev/null &
    echo $! >"$DRILL_ROOT/smtp-sink.pid"
    local i; for i in $(seq 1 50); do port_open "$VINCULO_SMTP_PORT" && return 0; sleep 0.1; done
    fail "the SMTP sink did not start (see $DRILL_ROOT/smtp-sink.log)"
}
smtp_stop() {
    local f="$DRILL_ROOT/smtp-sink.pid"
    if [ -f "$f" ]; then kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; fi
    local i; for i in $(seq 1 50); do port_open "$VINCULO_SMTP_PORT" || return 0; sleep 0.1; done
}
mails() { python3 "$drills_dir/smtp-sink.py" count "$MAILDIR"; }        # "mails N distinct D duplicated X"
mail_total() { ls "$MAILDIR" 2>/dev/null | grep -c '\.eml$' || true; }

# --- the portal ------------------------------------------------------------------------------------------------
asadmin() { "$ASADMIN_BIN" --port "$VINCULO_ADMIN_PORT" --interactive=false "$@"; }

# A fresh domain, the way the Run command makes it: vinculo-server provision + start + deploy (the data folder is
# kept: a second start finds its database, as with the Run command).
server_up() {
    local s; s=$(date +%s)
    # provision wipes the domain: keep the previous server's log (server-1.log, server-2.log … in $DRILL_ROOT)
    if [ -f "$SERVER_LOG" ]; then cp "$SERVER_LOG" "$DRILL_ROOT/server-$(ls "$DRILL_ROOT"/server-*.log 2>/dev/null | wc -l | awk '{print $1 + 1}').log"; fi
    "$VS" provision "$DIST" "$SERVER_DIR" 2>>"$DRILL_ROOT/vinculo-server.log"
    "$VS" start "$SERVER_DIR" 2>>"$DRILL_ROOT/vinculo-server.log"
    asadmin set-config-property --source=domain --propertyName=vinculo.reminders.interval-seconds \
        --propertyValue="$DRILL_INTERVAL" >/dev/null
    "$VS" deploy "$SERVER_DIR" "$EAR" 2>>"$DRILL_ROOT/vinculo-server.log"
    wait_http "$BASE/vinculo/login.xhtml" 300 || fail "the portal did not answer (see $SERVER_LOG)"
    say "portal up (provision + start + configure + deploy) in $(($(date +%s) - s)) s, load $(load)"
}
server_pid() { cat "$SERVER_DIR/payara6/glassfish/domains/domain1/config/pid" 2>/dev/null; }
server_kill9() {
    local pid; pid=$(server_pid) || fail "no pid file"
    kill -9 "$pid"
    local i; for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    fail "Payara $pid still alive after kill -9"
}
server_stop() { [ -x "$ASADMIN_BIN" ] && "$VS" stop "$SERVER_DIR" 2>>"$DRILL_ROOT/vinculo-server.log"; return 0; }
server_stop_quiet() {
    if [ -x "$ASADMIN_BIN" ]; then "$VS" stop "$SERVER_DIR" >/dev/null 2>&1 || true; fi
    local pid; pid=$(server_pid 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$SERVER_DIR"; then
        kill -9 "$pid" 2>/dev/null || true
    fi
}
wait_http() {  # url [seconds]
    local i; for i in $(seq 1 "${2:-120}"); do
        curl -fsS -o /dev/null --max-time 10 "$1" 2>/dev/null && return 0; sleep 1
    done
    return 1
}
# HTTP status and time of one GET: "200 0.012"
probe() { curl -s -o /dev/null --max-time 20 -w '%{http_code} %{time_total}' "$1" 2>/dev/null || true; }

# Signs in as a demo user into cookie jar $2 (form login, as a browser does) and prints the home page's status.
login() {  # user jar   (the form of login.xhtml: login:username, login:password, login:submit; stateless view)
    local jar="$2" page vs
    rm -f "$jar"
    page=$(curl -s -c "$jar" -b "$jar" --max-time 30 "$BASE/vinculo/login.xhtml")
    vs=$(grep -m1 -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --max-time 30 --data-urlencode "login=login" \
        --data-urlencode "login:username=$1" --data-urlencode "login:password=vinculo-demo" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/vinculo/login.xhtml"
    probe_as "$jar" "$BASE/vinculo/index.xhtml"
}
# GET as a signed-in user: "200 0.123" ("302 …" = sent back to the login page)
probe_as() { curl -s -o /dev/null -b "$1" --max-time 20 -w '%{http_code} %{time_total}' "$2" 2>/dev/null || true; }

# /metrics (operator, HTTPS on admin+1): vinculo_outbox_pending and vinculo_outbox_failed
metric() {
    curl -sk --max-time 20 -u "operator:$(cat "$VINCULO_DATA_DIR/operator-password")" \
        "https://localhost:$((VINCULO_ADMIN_PORT + 1))/metrics" 2>/dev/null \
        | awk -v m="$1" '!found && $1 ~ "^"m"(\\{|$)" {print int($2); found = 1}' || true
}

# --- the Derby database, read with ij while no server has it open ------------------------------------------------
derby_cp() { ls "$DIST"/derby*.jar | tr '\n' ':'; }
ij() {  # dbdir sql…   (prints ij's output; the database must not be booted by a running server)
    local db="$1"; shift
    { echo "connect 'jdbc:derby:$db';"; printf '%s\n' "$@"; echo "disconnect; exit;"; } \
        | java -Dderby.stream.error.file="$DRILL_ROOT/ij-derby.log" -Dij.maximumDisplayWidth=200 \
            -cp "$(derby_cp)" org.apache.derby.tools.ij 2>&1
}
# Outbox rows per delivery and state, one "DELIVERY STATE COUNT" line each.
outbox_states() {  # dbdir
    ij "$1" "select delivery, state, count(*) from OUTBOX_MESSAGE group by delivery, state;" \
        | ij_rows | awk '$1 ~ /^(IMMEDIATE|DIGEST)$/ && $3 ~ /^[0-9]+$/'
}
# ij's result rows ("A   |B   |3") as space-separated fields
ij_rows() { awk -F'|' 'NF > 1 {line = ""; for (i = 1; i <= NF; i++) {gsub(/^ +| +$/, "", $i); line = line (i > 1 ? " " : "") $i}; print line}'; }
outbox_count() {  # dbdir state [delivery]
    outbox_states "$1" | awk -v s="$2" -v d="${3:-}" '$2 == s && (d == "" || $1 == d) {n += $3} END {print n + 0}'
}

# --- PostgreSQL (server-config/bin/vinculo-pg: a throw-away cluster; its folder must be under a target/ folder) ----
PG_CLUSTER="$DRILL_ROOT/target/pg"
pg_start() { "$checkout/server-config/bin/vinculo-pg" start "$PG_CLUSTER" "$DRILL_PG_PORT"; }
pg_stop() { [ -d "$PG_CLUSTER" ] && "$checkout/server-config/bin/vinculo-pg" stop "$PG_CLUSTER" >/dev/null 2>&1; return 0; }
pg_sql() { "$checkout/server-config/bin/vinculo-pg" psql "$PG_CLUSTER" -At -v ON_ERROR_STOP=1 "$@"; }

# Waits until the demo reminders have gone out (the sink's count above 0 and unchanged for DRILL_SETTLE seconds, at
# most 400 s) and prints that count.
await_mails_settled() {
    local last=-1 stable_since n i
    stable_since=$(date +%s)
    for i in $(seq 1 200); do
        n=$(mail_total); [ "$n" != "$last" ] && { last=$n; stable_since=$(date +%s); }
        [ "$n" -gt 0 ] && [ $(($(date +%s) - stable_since)) -ge "$DRILL_SETTLE" ] && break
        sleep 2
    done
    mail_total
}
