#!/usr/bin/env bash
# Drill 4: the database goes away and comes back while the portal runs on PostgreSQL.
#
# A throw-away cluster (vinculo-pg, 127.0.0.1:22432) and a fresh portal on it (demo data, SMTP sink). Admin signs in;
# PostgreSQL is stopped (pg_ctl -m fast: every connection of the pool is cut) for DRILL_PG_DOWN seconds (default
# 60) and started again (same data folder). From just before the stop until the pages answer again, one prober per
# address (login page, /health/ready, the signed-in home page and user list, the REST ping) asks, waits for the
# answer (up to DRILL_HTTP_TIMEOUT s, default 120: what a patient user sees), logs it with the time it was asked, and
# asks again 5 s later: status, seconds, and whether the page is the 503 "try again" page, another error page or the
# login page. The drill measures how long after PostgreSQL is back the pages answer again, checks that Payara is the
# same process (no restart) and that the reminder timer runs again (REMINDER_RUN rows).
# A form posted during the outage: the admin opens "new user" before the stop and saves it (an Ajax post, as the
# browser sends it) while PostgreSQL is away; the answer must be the form again with what was typed and the "nothing
# was saved, try again" message, no user created; the same form saved again once PostgreSQL is back creates the user.
#
#   server-config/drills/pg-restart.sh       (needs Debian's postgresql 15; report in /tmp/vinculo-drills/pg-restart/report.txt)
DRILL_NAME=pg-restart
source "$(dirname "$0")/lib.sh"
: "${DRILL_PG_DOWN:=60}"
: "${DRILL_HTTP_TIMEOUT:=120}"
export VINCULO_DB_KIND=postgresql VINCULO_PG_HOST=127.0.0.1 VINCULO_PG_PORT=$DRILL_PG_PORT \
       VINCULO_PG_DATABASE=vinculo VINCULO_PG_USER=vinculo VINCULO_PG_PASSWORD=vinculo
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
JAR="$DRILL_ROOT/admin.cookies"
as_pg_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u "${VINCULO_PG_OS_USER:-postgres}" -- "$@"; else "$@"; fi; }

header "PostgreSQL down for ${DRILL_PG_DOWN}s while the portal runs"
cleanup
rm -rf "$DRILL_ROOT/pages"
preflight
port_open "$DRILL_PG_PORT" && fail "port $DRILL_PG_PORT is in use"
trap 'smtp_stop; server_stop_quiet; pg_stop' EXIT

pg_start 2>>"$DRILL_ROOT/vinculo-server.log"
smtp_start 0
server_up
pid=$(server_pid)
say "admin signs in: home $(login admin "$JAR")"
sleep 20

# what the user sees: status, seconds, and a word for the body (portal error page, login page, or a normal page)
look() {  # url [jar [file to keep the page in]]
    local body code
    body=$(curl -s --max-time "$DRILL_HTTP_TIMEOUT" ${2:+-b "$2"} -w '\n%{http_code} %{time_total}' "$1" 2>/dev/null || true)
    code=$(tail -n1 <<<"$body")
    if [ -n "${3:-}" ]; then printf '%s\n' "$body" >"$3"; fi
    if grep -q 'id="error-retry"' <<<"$body"; then echo "$code unavailable-page"
    elif grep -q 'error-page\|Algo salió mal\|Something went wrong' <<<"$body"; then echo "$code error-page"
    elif grep -q 'id="login"' <<<"$body"; then echo "$code login-page"
    else echo "$code"; fi
}
probe_all() {
    say "  t=$(($(date +%s) - t_down))s login [$(look "$BASE/vinculo/login.xhtml")] ready [$(look "$BASE/health/ready")] home [$(look "$BASE/vinculo/index.xhtml" "$JAR")] api-ping [$(look "$BASE/vinculo/api/v1/ping")]"
}
STOP_PROBES="$DRILL_ROOT/stop-probes"
prober() {  # name url [jar]   asks, waits for the answer, asks again 5 s later
    local t
    while [ ! -f "$STOP_PROBES" ]; do
        t=$(($(date +%s) - t_down))
        say "  $1 asked at t=${t}s: [$(look "$2" "${3:-}")]"
        sleep 5
    done
}
# signed-in pages: a new request every 10 s whether or not the previous ones answered (users keep clicking), each
# page kept in pages/<name>-t<seconds>.html — the home page, and the user list, which cannot be shown without the
# database (the admin's home page shows no figures)
page_prober() {  # name path
    local t
    mkdir -p "$DRILL_ROOT/pages"
    while [ ! -f "$STOP_PROBES" ]; do
        t=$(($(date +%s) - t_down))
        ( r=$(look "$BASE/vinculo/$2" "$JAR" "$DRILL_ROOT/pages/$1-t$t.html"); say "  $1 asked at t=${t}s: [$r]" ) &
        sleep 10
    done
    wait
}
runs() { pg_sql -c "select count(*) from reminder_run" 2>/dev/null || echo "?"; }

# --- the form: admin/user-edit.xhtml (new user), opened before the stop ------------------------------------------
FORM_USER=drill-outage
FORM_NAME="Typed during the outage $(date +%s)"
mkdir -p "$DRILL_ROOT/pages"
form_page=$(curl -s -b "$JAR" -c "$JAR" --max-time 30 "$BASE/vinculo/admin/user-edit.xhtml")
form_vs=$(grep -m1 -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$form_page" | sed 's/.*value="//;s/"$//')
# the PrimeFaces CSP nonce the portal's script adds to every form it posts (CspNonceParameter)
form_nonce=$(grep -m1 -o "PrimeFaces.csp.init('[^']*')" <<<"$form_page" | sed "s/.*init('//;s/')$//")
[ -n "$form_vs" ] && [ -n "$form_nonce" ] || fail "the new-user form did not open (no ViewState or CSP nonce)"
save_form() {  # file   the Ajax post of the save button; prints "status seconds"
    curl -s -b "$JAR" -c "$JAR" --max-time "$DRILL_HTTP_TIMEOUT" -o "$1" -w '%{http_code} %{time_total}' \
        -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=user:save" \
        --data-urlencode "jakarta.faces.partial.execute=@all" --data-urlencode "jakarta.faces.partial.render=user" \
        --data-urlencode "user:save=user:save" --data-urlencode "user=user" \
        --data-urlencode "user:username=$FORM_USER" --data-urlencode "user:displayName=$FORM_NAME" \
        --data-urlencode "user:email=drill@example.org" --data-urlencode "user:language_input=es" \
        --data-urlencode "user:roles=CONSULTANT" --data-urlencode "user:enabled_input=on" \
        --data-urlencode "user:password=Pampa-rio-Kx7-2026" --data-urlencode "jakarta.faces.ViewState=$form_vs" \
        --data-urlencode "primefaces.nonce=$form_nonce" \
        "$BASE/vinculo/admin/user-edit.xhtml" 2>/dev/null || true
}
users_named() { pg_sql -c "select count(*) from app_user where username = '$FORM_USER'" 2>/dev/null || echo "?"; }
runs_before=$(runs)
t_down=$(date +%s)
say "before: reminder runs $runs_before"; probe_all
rm -f "$STOP_PROBES"
say "stopping PostgreSQL (pg_ctl stop -m fast); t counts from here"
t_down=$(date +%s)
prober login "$BASE/vinculo/login.xhtml" & p1=$!
prober ready "$BASE/health/ready" & p2=$!
page_prober home index.xhtml & p3=$!
page_prober users admin/users.xhtml & p5=$!
prober api-ping "$BASE/vinculo/api/v1/ping" & p4=$!
as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -m fast -w -t 60 stop >/dev/null
say "PostgreSQL stopped (pg_ctl returned after $(($(date +%s) - t_down)) s)"
sleep 10
t_form=$(($(date +%s) - t_down))
form_during=$(save_form "$DRILL_ROOT/pages/form-during.xml")
form_msg=$(grep -c 'No podemos llegar a la base de datos' "$DRILL_ROOT/pages/form-during.xml" || true)
form_kept=$(grep -c "value=\"$FORM_NAME\"" "$DRILL_ROOT/pages/form-during.xml" || true)
# the answer carries the view's next ViewState and nonce, as the browser would use them for the next save
next_vs=$(grep -o 'jakarta.faces.ViewState:0"><!\[CDATA\[[^]]*' "$DRILL_ROOT/pages/form-during.xml" | sed 's/.*CDATA\[//' || true)
next_nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" "$DRILL_ROOT/pages/form-during.xml" | sed "s/.*init('//;s/')$//" || true)
form_vs=${next_vs:-$form_vs}; form_nonce=${next_nonce:-$form_nonce}
form_trace=$(grep -c 'Exception\|at app\.vinculo\|Algo salió mal' "$DRILL_ROOT/pages/form-during.xml" || true)
say "RESULT the new-user form saved at t=${t_form}s: [$form_during], message \"no se guardó nada … intente de nuevo\" $([ "$form_msg" -gt 0 ] && echo shown || echo MISSING), typed name $([ "$form_kept" -gt 0 ] && echo 'kept in the form' || echo LOST), $([ "$form_trace" -eq 0 ] && echo 'no stack trace or error page' || echo 'ERROR PAGE OR TRACE') (pages/form-during.xml)"
sleep $((DRILL_PG_DOWN > 10 ? DRILL_PG_DOWN - 10 : 0))
say "starting PostgreSQL again at t=$(($(date +%s) - t_down))s"
as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -l "$PG_CLUSTER/postgresql.log" -w -t 60 start >/dev/null
t_back=$(date +%s)
say "PostgreSQL accepts connections at t=$((t_back - t_down))s"
ok=""
for i in $(seq 1 60); do
    h=$(look "$BASE/vinculo/index.xhtml" "$JAR"); r=$(look "$BASE/health/ready")
    if [ "${h%% *}" = 200 ] && ! grep -q 'error-page\|login-page' <<<"$h" && [ "${r%% *}" = 200 ]; then
        ok=$(date +%s); break
    fi
    sleep 2
done
touch "$STOP_PROBES"; wait "$p1" "$p2" "$p3" "$p4" "$p5" 2>/dev/null || true
# what a signed-in user saw while the database was away: each page asked before PostgreSQL was back
for name in home users; do
    during=$(grep -o "$name asked at t=[0-9]*s: \[[^]]*\]" "$REPORT" | awk -v back=$((t_back - t_down)) \
        '{t=$4; sub(/t=/,"",t); sub(/s:/,"",t); if (t+0 < back) print}')
    say "RESULT during the outage $name answered: $(awk '{print $5, $7}' <<<"$during" | tr -d '[]' | sort | uniq -c \
        | tr -s ' \n' ' ')— slowest $(awk '{print $6}' <<<"$during" | tr -d '[]' | sort -n | tail -1) s"
done
if [ -n "$ok" ]; then say "RESULT home page and /health/ready answer normally again $((ok - t_back)) s after PostgreSQL is back (t=$((ok - t_down))s)"
else say "RESULT the home page did not answer normally within 2 min after PostgreSQL came back"; fi
say "signed-in session after the outage: home [$(look "$BASE/vinculo/index.xhtml" "$JAR")]; a new sign-in: $(login admin "$DRILL_ROOT/admin2.cookies")"
form_users_before=$(users_named)
form_after=$(save_form "$DRILL_ROOT/pages/form-after.xml")
say "RESULT users named $FORM_USER after the outage: $form_users_before (nothing saved during it); the same form saved again: [$form_after] $(grep -q '<redirect' "$DRILL_ROOT/pages/form-after.xml" && echo 'back to the user list' || echo 'NO REDIRECT'), now $(users_named) user(s) named $FORM_USER"
sleep $((DRILL_INTERVAL * 4))
say "reminder runs: before $runs_before, now $(runs); Payara pid before $pid, now $(server_pid) ($( [ "$pid" = "$(server_pid)" ] && kill -0 "$pid" && echo 'same process, not restarted' || echo 'DIFFERENT'))"
say "server.log lines about the database during the outage:"
# each log record is "[time] [Payara] [LEVEL] …[[" and its message on the next line: count the messages
awk '/\[(WARNING|SEVERE)\]/ {getline m; sub(/^ +/, "", m); print substr(m, 1, 160)}' "$SERVER_LOG" | sort | uniq -c | sort -rn \
    | sed -n '1,8p' | while read -r l; do say "  $l"; done
say "  ($(grep -cE 'SEVERE|WARNING' "$SERVER_LOG") SEVERE/WARNING lines in all)"
server_stop
pg_stop
trap 'smtp_stop' EXIT
