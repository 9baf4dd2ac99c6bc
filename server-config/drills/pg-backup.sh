#!/usr/bin/env bash
# Drill 3b: pg_dump of the running portal's PostgreSQL database, restore into a new cluster, a fresh server finds
# the data.
#
# 1. A throw-away cluster (server-config/bin/vinculo-pg, 127.0.0.1:22432, in /tmp/vinculo-drills/pg-backup/target/pg)
#    and a fresh portal on it (VINCULO_DB_KIND=postgresql; demo data), whose due reminders go to the SMTP sink.
# 2. pg_dump -Fc while the portal runs (the portal is probed meanwhile).
# 3. Server and cluster stopped; a new, empty cluster; pg_restore; a fresh domain on it must find the data: admin
#    signs in, no demo reminder is sent again, and the row counts equal those of the first database.
#
#   server-config/drills/pg-backup.sh        (needs Debian's postgresql 15; report in /tmp/vinculo-drills/pg-backup/report.txt)
DRILL_NAME=pg-backup
source "$(dirname "$0")/lib.sh"
: "${DRILL_SETTLE:=30}"
export VINCULO_DB_KIND=postgresql VINCULO_PG_HOST=127.0.0.1 VINCULO_PG_PORT=$DRILL_PG_PORT \
       VINCULO_PG_DATABASE=vinculo VINCULO_PG_USER=vinculo VINCULO_PG_PASSWORD=vinculo
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DUMP="$DRILL_ROOT/backup/vinculo.dump"
TABLES="app_user client contact agreement visit follow_up requirement quote course course_edition erp_release test_case outbox_message setting audit_entry"
JAR="$DRILL_ROOT/admin.cookies"
counts() { local t; for t in $TABLES; do printf '%s %s\n' "$t" "$(pg_sql -c "select count(*) from $t")"; done; }

header "PostgreSQL pg_dump + restore into a new cluster"
cleanup
preflight
port_open "$DRILL_PG_PORT" && fail "port $DRILL_PG_PORT is in use"
trap 'smtp_stop; server_stop_quiet; pg_stop' EXIT

pg_start 2>>"$DRILL_ROOT/vinculo-server.log"
smtp_start 0
server_up
mails_before=$(await_mails_settled)
say "demo reminders sent: $mails_before mails"

mkdir -p "$(dirname "$DUMP")"
( for i in $(seq 1 10); do say "  during pg_dump: login $(probe "$BASE/vinculo/login.xhtml") ready $(probe "$BASE/health/ready")"; sleep 0.5; done ) &
prober=$!
s=$(date +%s%N)
PGPASSWORD=vinculo "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$DRILL_PG_PORT" -U vinculo -Fc -f "$DUMP" vinculo || fail "pg_dump failed"
e=$(date +%s%N)
say "PG_DUMP: $(( (e - s) / 1000000 )) ms, $(du -h "$DUMP" | cut -f1), load $(load)"
wait "$prober" || true
server_stop
before=$(counts)
say "counts at the dump (the server stopped right after it; the audit trail may have grown in between):"
say "  $(tr '\n' ' ' <<<"$before")"
pg_stop

say "new cluster, pg_restore"
pg_start 2>>"$DRILL_ROOT/vinculo-server.log"
s=$(date +%s%N)
PGPASSWORD=vinculo "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$DRILL_PG_PORT" -U vinculo -d vinculo --no-owner "$DUMP" \
    2>"$DRILL_ROOT/pg_restore.log" || { cat "$DRILL_ROOT/pg_restore.log" >&2; fail "pg_restore failed"; }
e=$(date +%s%N)
say "PG_RESTORE: $(( (e - s) / 1000000 )) ms"
restored=$(counts)
say "counts after the restore: $(tr '\n' ' ' <<<"$restored")"
server_up
say "admin signs in on the restored server: home $(login admin "$JAR")"
sleep $((DRILL_SETTLE * 2))
mails_after=$(mail_total)
say "outbox of the restored database (state count): $(pg_sql -c "select state, count(*) from outbox_message group by state order by 1" | tr '\n' ' ')"
server_stop
pg_stop
trap 'smtp_stop' EXIT
if [ "$mails_after" -eq "$mails_before" ] && diff <(grep -v audit_entry <<<"$before") <(grep -v audit_entry <<<"$restored") >/dev/null; then
    say "RESULT restored server found the data: same row counts, no reminder sent again ($mails_after mails in all)"
else
    say "RESULT differences: mails before $mails_before after $mails_after; compare the counts above"
fi
