#!/usr/bin/env bash
# Drill 1: kill -9 of the server while reminders are being sent, then start again.
#
# A fresh portal (demo data: its due reminders go out at the first timer runs) sends to a slow SMTP sink
# (DRILL_SMTP_DELAY seconds per mail, default 1, so that sending lasts long enough to be interrupted); when
# DRILL_KILL_AT mails (default 10) have been accepted, Payara gets kill -9. The outbox is read with ij (states at
# the kill), the portal is started again on the same database, and the drill waits until the claims of the killed
# server have expired (OutboxStore.CLAIM, 5 min) and the mail count is stable; then it stops the server and
# compares the mails at the sink with the outbox rows SENT.
#
#   server-config/drills/kill9-while-sending.sh        (about 8 minutes; report in /tmp/vinculo-drills/kill9/report.txt)
DRILL_NAME=kill9
source "$(dirname "$0")/lib.sh"
: "${DRILL_SMTP_DELAY:=1}"
: "${DRILL_KILL_AT:=10}"
: "${DRILL_SETTLE:=60}"        # the mail count must stay unchanged this long (seconds) before the end
DB="$VINCULO_DATA_DIR/vinculo-db"

header "kill -9 while sending (SMTP delay ${DRILL_SMTP_DELAY}s/mail, kill after $DRILL_KILL_AT mails)"
cleanup
preflight
trap 'smtp_stop; server_stop_quiet' EXIT

smtp_start "$DRILL_SMTP_DELAY"
server_up

say "waiting for $DRILL_KILL_AT mails at the sink"
for i in $(seq 1 600); do
    [ "$(mail_total)" -ge "$DRILL_KILL_AT" ] && break
    sleep 0.2
done
[ "$(mail_total)" -ge "$DRILL_KILL_AT" ] || fail "fewer than $DRILL_KILL_AT mails in 120 s: $(mails)"
server_kill9
t_kill=$(date +%s)
sleep 2   # a mail whose DATA was already in the sink's hands may still be written
at_kill=$(mail_total)
say "kill -9 sent; mails at the sink: $at_kill"
say "outbox at the kill (ij, delivery state count):"
outbox_states "$DB" | while read -r l; do say "  $l"; done
sent_at_kill=$(outbox_count "$DB" SENT IMMEDIATE)
claimed=$(ij "$DB" "select count(*) from OUTBOX_MESSAGE where state = 'PENDING' and claimed_until is not null;" \
    | awk '$1 ~ /^[0-9]+$/ && !f {print $1; f = 1}')
say "immediate rows SENT at the kill: $sent_at_kill; PENDING rows with a claim: $claimed"
say "=> window: $((at_kill - sent_at_kill)) mail(s) accepted by SMTP but not recorded SENT"

say "starting the portal again on the same database"
server_up
t_up=$(date +%s)
say "restart took $((t_up - t_kill)) s after the kill; mails now $(mail_total)"

# wait past the claim expiry (5 min after the claim) and until the count is stable
last=-1; stable_since=$(date +%s); first_resend=""
while true; do
    n=$(mail_total)
    if [ -z "$first_resend" ] && [ "$n" -gt "$at_kill" ]; then
        first_resend=$(date +%s); say "first mail after the kill: $((first_resend - t_kill)) s after the kill"
    fi
    if [ "$n" != "$last" ]; then last=$n; stable_since=$(date +%s); fi
    now=$(date +%s)
    if [ $((now - t_kill)) -gt 330 ] && [ $((now - stable_since)) -ge "$DRILL_SETTLE" ]; then break; fi
    if [ $((now - t_kill)) -gt 1200 ]; then say "still changing after 20 min"; break; fi
    sleep 5
done
say "mail count stable at $n for ${DRILL_SETTLE}s ($((now - t_kill)) s after the kill); pending (metrics): $(metric vinculo_outbox_pending)"
server_stop
trap 'smtp_stop' EXIT

say "outbox at the end (ij):"
outbox_states "$DB" | while read -r l; do say "  $l"; done
sent_imm=$(outbox_count "$DB" SENT IMMEDIATE)
sent_dig=$(outbox_count "$DB" SENT DIGEST)
pending=$(outbox_count "$DB" PENDING)
failed=$(outbox_count "$DB" FAILED)
read -r _ total _ distinct _ dup <<<"$(mails)"
say "RESULT mails at the sink: $total (distinct $distinct, duplicated $dup); outbox SENT: $sent_imm immediate + $sent_dig digest rows; PENDING $pending, FAILED $failed"
if [ "$sent_dig" -eq 0 ] && [ "$distinct" -eq "$sent_imm" ] && [ "$dup" -eq 0 ]; then
    say "RESULT exactly once: every SENT row arrived once"
elif [ "$sent_dig" -eq 0 ] && [ "$distinct" -eq "$sent_imm" ]; then
    say "RESULT none lost, $dup sent twice (the window above: accepted before the kill, not recorded SENT)"
else
    say "RESULT mismatch: see the counts above (digests: one mail carries several rows)"
fi
say "report: $REPORT; server log of the second start: $SERVER_LOG"
