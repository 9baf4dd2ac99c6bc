#!/usr/bin/env bash
# Drill 2: the SMTP server is down for DRILL_OUTAGE seconds (default 120: the 10-minute drill of issue #16 scaled
# down; DRILL_OUTAGE=600 for the full one), then back.
#
# A fresh portal starts with no SMTP server listening on its SMTP port (connection refused), so its demo data's due
# reminders fail and are retried with the outbox's backoff (1, 2, 4 … min). Meanwhile the drill probes, every 15 s,
# the login page, /health/ready, the home page and the admin outbox page signed in as admin, and the outbox
# metrics. Then the SMTP sink starts and the drill waits until the backlog has drained (no PENDING immediate row
# left, mail count stable), stops the server and compares mails with SENT rows (ij).
#
#   server-config/drills/smtp-down.sh        (report in /tmp/vinculo-drills/smtp-down/report.txt)
DRILL_NAME=smtp-down
source "$(dirname "$0")/lib.sh"
: "${DRILL_OUTAGE:=120}"
: "${DRILL_SETTLE:=45}"
DB="$VINCULO_DATA_DIR/vinculo-db"
JAR="$DRILL_ROOT/admin.cookies"

header "SMTP down for ${DRILL_OUTAGE}s, then back"
cleanup
preflight
trap 'smtp_stop; server_stop_quiet' EXIT

server_up
t_down=$(date +%s)
say "SMTP is down (nothing listens on $VINCULO_SMTP_PORT); signed in as admin: home $(login admin "$JAR")"

probe_all() {
    say "  t=$(($(date +%s) - t_down))s login $(probe "$BASE/vinculo/login.xhtml") | ready $(probe "$BASE/health/ready") | home $(probe_as "$JAR" "$BASE/vinculo/index.xhtml") | outbox $(probe_as "$JAR" "$BASE/vinculo/admin/outbox.xhtml") | pending $(metric vinculo_outbox_pending) failed $(metric vinculo_outbox_failed) | mails $(mail_total) | load $(load)"
}
say "probes (status and seconds):"
while [ $(($(date +%s) - t_down)) -lt "$DRILL_OUTAGE" ]; do
    probe_all
    sleep 15
done
failures=$(grep -c 'Mail not sent' "$SERVER_LOG" || true)
say "failed send attempts logged during the outage: $failures, at (server.log):"
grep -B1 'Mail not sent' "$SERVER_LOG" | grep -o '^\[20[^]]*\]' | while read -r l; do say "  $l"; done || true
say "  message: $(grep -m1 'Mail not sent' "$SERVER_LOG" | cut -c1-200)"

smtp_start 0
t_up=$(date +%s)
say "SMTP back after $((t_up - t_down)) s"
last=-1; stable_since=$t_up; first=""
while true; do
    n=$(mail_total)
    if [ -z "$first" ] && [ "$n" -gt 0 ]; then first=$(date +%s); say "first mail $((first - t_up)) s after SMTP came back"; fi
    if [ "$n" != "$last" ]; then last=$n; stable_since=$(date +%s); probe_all; fi
    now=$(date +%s)
    if [ "$n" -gt 0 ] && [ $((now - stable_since)) -ge "$DRILL_SETTLE" ]; then break; fi
    if [ $((now - t_up)) -gt 1500 ]; then say "no stable count 25 min after SMTP came back"; break; fi
    sleep 3
done
say "backlog drained: last mail $((stable_since - t_up)) s after SMTP came back; pending (metrics) $(metric vinculo_outbox_pending)"
probe_all
server_stop
trap 'smtp_stop' EXIT

say "outbox at the end (ij):"
outbox_states "$DB" | while read -r l; do say "  $l"; done
ij "$DB" "select state, min(attempts), max(attempts) from OUTBOX_MESSAGE group by state;" \
    | ij_rows | awk '$1 ~ /^(SENT|PENDING|FAILED|CANCELLED)$/' | while read -r l; do say "  attempts (state min max): $l"; done
sent_imm=$(outbox_count "$DB" SENT IMMEDIATE)
sent_dig=$(outbox_count "$DB" SENT DIGEST)
pend_imm=$(outbox_count "$DB" PENDING IMMEDIATE)
failed=$(outbox_count "$DB" FAILED)
read -r _ total _ distinct _ dup <<<"$(mails)"
say "RESULT mails $total (distinct $distinct, duplicated $dup); SENT $sent_imm immediate + $sent_dig digest rows; immediate PENDING $pend_imm; FAILED $failed"
if [ "$pend_imm" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$dup" -eq 0 ] && [ "$sent_dig" -eq 0 ] && [ "$distinct" -eq "$sent_imm" ]; then
    say "RESULT nothing lost, nothing twice, backlog drained"
else
    say "RESULT see the counts above"
fi
