#!/usr/bin/env bash
# Drill 3a: online backup of the embedded Derby database, restore into a fresh server that finds the data.
#
# 1. A fresh portal (demo data) sends its due reminders to the SMTP sink.
# 2. Online backup while it runs: SYSCS_UTIL.SYSCS_BACKUP_DATABASE, called through jdbc/vinculo by a drill-only page
#    (derby-backup-war/index.jsp, deployed on this drill's server only and undeployed after) — embedded Derby can
#    only be reached from inside Payara's JVM. The portal is probed during the backup.
# 3. The server is stopped; the backup is copied into a new data folder; a fresh domain is provisioned on it (the
#    Run command's steps) and must find the data: admin signs in, no demo reminder is sent again (they are SENT in
#    the backup), and the row counts of every table equal those of the backup (ij, after the stop).
#
#   server-config/drills/derby-backup.sh        (report in /tmp/vinculo-drills/derby-backup/report.txt)
DRILL_NAME=derby-backup
source "$(dirname "$0")/lib.sh"
: "${DRILL_SETTLE:=30}"
BACKUP="$DRILL_ROOT/backup"
TABLES="APP_USER,CLIENT,CONTACT,AGREEMENT,VISIT,FOLLOW_UP,REQUIREMENT,QUOTE,COURSE,COURSE_EDITION,ERP_RELEASE,TEST_CASE,OUTBOX_MESSAGE,SETTING"
JAR="$DRILL_ROOT/admin.cookies"

header "Derby online backup + restore into a fresh server"
cleanup
rm -rf "$DRILL_ROOT/restored"
preflight
trap 'smtp_stop; server_stop_quiet' EXIT

smtp_start 0
server_up
mails_before=$(await_mails_settled)
say "demo reminders sent: $mails_before mails"

war="$DRILL_ROOT/drill-derby-backup.war"
(cd "$drills_dir/derby-backup-war" && jar cf "$war" index.jsp)
asadmin deploy --force=true --name drill-derby-backup --contextroot drill-derby-backup "$war" >/dev/null
tool="$BASE/drill-derby-backup/index.jsp"
say "counts before the backup (live): $(curl -fsS "$tool?count=$TABLES" | tr '\n' ' ')"

# probe the portal during the backup
( for i in $(seq 1 20); do say "  during backup: login $(probe "$BASE/vinculo/login.xhtml") ready $(probe "$BASE/health/ready")"; sleep 0.5; done ) &
prober=$!
s=$(date +%s%N)
out=$(curl -fsS --max-time 600 "$tool?backup=$BACKUP") || fail "backup call failed"
e=$(date +%s%N)
say "ONLINE BACKUP: $out (call $(( (e - s) / 1000000 )) ms, load $(load)); size $(du -sh "$BACKUP/vinculo-db" | cut -f1) vs live $(du -sh "$VINCULO_DATA_DIR/vinculo-db" | cut -f1)"
wait "$prober" || true
asadmin undeploy drill-derby-backup >/dev/null
server_stop
trap 'smtp_stop; server_stop_quiet' EXIT

say "counts in the backup (ij):"
backup_counts=$(for t in ${TABLES//,/ }; do printf '%s %s\n' "$t" "$(ij "$BACKUP/vinculo-db" "select count(*) from $t;" | awk '$1 ~ /^[0-9]+$/ && !f {print $1; f = 1}')"; done)
say "  $(tr '\n' ' ' <<<"$backup_counts")"

# restore: a fresh data folder holding the backup, a fresh domain
live_data="$VINCULO_DATA_DIR"
export VINCULO_DATA_DIR="$DRILL_ROOT/restored"
rm -rf "$VINCULO_DATA_DIR"; mkdir -p "$VINCULO_DATA_DIR"
s=$(date +%s)
cp -a "$BACKUP/vinculo-db" "$VINCULO_DATA_DIR/vinculo-db"
say "restore: copied the backup into $VINCULO_DATA_DIR ($(($(date +%s) - s)) s); fresh domain on it"
server_up
say "admin signs in on the restored server: home $(login admin "$JAR")"
say "waiting $((DRILL_SETTLE * 2)) s: the restored server must not send the demo reminders again"
sleep $((DRILL_SETTLE * 2))
mails_after=$(mail_total)
server_stop
trap 'smtp_stop' EXIT

restored_counts=$(for t in ${TABLES//,/ }; do printf '%s %s\n' "$t" "$(ij "$VINCULO_DATA_DIR/vinculo-db" "select count(*) from $t;" | awk '$1 ~ /^[0-9]+$/ && !f {print $1; f = 1}')"; done)
say "counts in the restored database after its run (ij):"
say "  $(tr '\n' ' ' <<<"$restored_counts")"
say "outbox of the restored database:"
outbox_states "$VINCULO_DATA_DIR/vinculo-db" | while read -r l; do say "  $l"; done
if [ "$backup_counts" = "$restored_counts" ] && [ "$mails_after" -eq "$mails_before" ]; then
    say "RESULT restored server found the data: same row counts, no reminder sent again ($mails_after mails in all)"
else
    say "RESULT differences: mails before $mails_before after $mails_after; compare the counts above"
fi
say "(live database kept in $live_data, backup in $BACKUP)"
