#!/usr/bin/env bash
# Start RabbitMQ and PostgreSQL for Huli.Matchmaking (installed by install.sh),
# create the "huli" credentials on first run and write them to a state file
# (default /var/lib/huli-matchmaking/local.env, override with HULI_LOCAL_ENV).
# Run as root. Idempotent: safe to run any number of times, in any state.
set -euo pipefail

log() { printf '[start] %s\n' "$*"; }
die() { printf '[start] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root"

STATE=${HULI_LOCAL_ENV:-/var/lib/huli-matchmaking/local.env}
RABBIT_LOG_DIR=/var/log/rabbitmq
RABBIT_PORT=5672
RABBIT_MANAGEMENT_PORT=15672
PG_PORT=5432

command -v rabbitmq-server >/dev/null 2>&1 || die "rabbitmq-server not installed; run deploy/local/install.sh first"
command -v pg_ctlcluster >/dev/null 2>&1 || die "PostgreSQL not installed; run deploy/local/install.sh first"

port_open() { # port
    timeout 2 bash -c ": >/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# --- credentials --------------------------------------------------------------
pw=""
if [ -f "$STATE" ]; then
    pw=$(sed -n "s/^HULI_PASSWORD='\([0-9a-f]\{32\}\)'\$/\1/p" "$STATE" | tail -n1)
fi
if [ -z "$pw" ]; then
    if command -v openssl >/dev/null 2>&1; then
        pw=$(openssl rand -hex 16)
    else
        pw=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    fi
    [ "${#pw}" -eq 32 ] || die "could not generate a password"
    log "generated a new password for user huli"
fi

# --- RabbitMQ -----------------------------------------------------------------
rabbit_running() {
    timeout 60 rabbitmqctl -q status >/dev/null 2>&1
}
rabbit_fail() {
    printf '[start] ERROR: %s\n' "$1" >&2
    for f in "$RABBIT_LOG_DIR/startup_err" "$RABBIT_LOG_DIR/startup_log" "$RABBIT_LOG_DIR/rabbit@localhost.log"; do
        if [ -s "$f" ]; then
            printf '[start] --- last lines of %s ---\n' "$f" >&2
            tail -n 30 "$f" >&2 || true
        fi
    done
    exit 1
}

if port_open "$RABBIT_PORT" && rabbit_running; then
    log "RabbitMQ already running"
else
    if rabbit_running; then
        log "RabbitMQ node is up but port $RABBIT_PORT is not open yet; waiting"
    else
        log "starting RabbitMQ (rabbitmq-server -detached)"
        rabbitmq-server -detached || rabbit_fail "rabbitmq-server -detached failed"
    fi
    # Wait for the AMQP port first: await_startup fails (rc 69) or polls slowly
    # when called before the node is registered.
    for _ in $(seq 1 120); do
        port_open "$RABBIT_PORT" && break
        sleep 0.5
    done
    port_open "$RABBIT_PORT" || rabbit_fail "RabbitMQ did not open port $RABBIT_PORT within 60 s"
fi
timeout 120 rabbitmqctl -q await_startup >/dev/null || rabbit_fail "rabbitmqctl await_startup failed"
log "RabbitMQ is up on 127.0.0.1:$RABBIT_PORT"

# Management API on loopback. A node started before install.sh enabled the
# plugin gets it online, its listener bound to loopback before it starts (a
# running node does not reread rabbitmq.conf).
grep -qx 'management.tcp.ip = 127.0.0.1' /etc/rabbitmq/rabbitmq.conf \
    || die "rabbitmq.conf does not bind the management listener to loopback; run deploy/local/install.sh first"
if ! port_open "$RABBIT_MANAGEMENT_PORT"; then
    rabbitmqctl -q eval "application:set_env(rabbitmq_management, tcp_config, [{ip, \"127.0.0.1\"}, {port, $RABBIT_MANAGEMENT_PORT}])." >/dev/null \
        || rabbit_fail "could not bind the management listener to loopback"
    rabbitmq-plugins -q enable rabbitmq_management >/dev/null || rabbit_fail "rabbitmq-plugins enable rabbitmq_management failed"
    for _ in $(seq 1 60); do
        port_open "$RABBIT_MANAGEMENT_PORT" && break
        sleep 0.5
    done
    port_open "$RABBIT_MANAGEMENT_PORT" || rabbit_fail "the management API did not open port $RABBIT_MANAGEMENT_PORT"
fi
log "RabbitMQ management API on 127.0.0.1:$RABBIT_MANAGEMENT_PORT"

# vhost, user, permissions (always reset the password so broker and state agree)
if ! rabbitmqctl -q list_vhosts | grep -qx 'huli'; then
    rabbitmqctl -q add_vhost huli >/dev/null
    log "created RabbitMQ vhost huli"
fi
if ! rabbitmqctl -q list_users | awk '{print $1}' | grep -qx 'huli'; then
    rabbitmqctl -q add_user huli "$pw" >/dev/null
    log "created RabbitMQ user huli"
else
    rabbitmqctl -q change_password huli "$pw" >/dev/null
fi
rabbitmqctl -q set_permissions -p huli huli '.*' '.*' '.*' >/dev/null
# The Alliance manages member users, queues and permissions through the
# management API with this user, which needs the administrator tag for that.
rabbitmqctl -q set_user_tags huli administrator >/dev/null
rabbitmqctl -q authenticate_user huli "$pw" >/dev/null || die "RabbitMQ login test for huli failed"

# --- PostgreSQL ---------------------------------------------------------------
pg_ver=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" {print $1}' | sort -n | tail -n1 || true)
[ -n "$pg_ver" ] || die "no PostgreSQL cluster 'main' found; run deploy/local/install.sh first"
pg_data=$(pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main" {print $6}')

pg_fail() {
    printf '[start] ERROR: %s\n' "$1" >&2
    f=/var/log/postgresql/postgresql-$pg_ver-main.log
    if [ -s "$f" ]; then
        printf '[start] --- last lines of %s ---\n' "$f" >&2
        tail -n 30 "$f" >&2 || true
    fi
    exit 1
}

if pg_ctlcluster "$pg_ver" main status >/dev/null 2>&1; then
    log "PostgreSQL $pg_ver/main already running"
else
    # A postmaster.pid left by a killed server whose PID now belongs to another
    # process (or is a zombie) makes postgres refuse to start: drop it then.
    pidfile=$pg_data/postmaster.pid
    if [ -n "$pg_data" ] && [ -f "$pidfile" ]; then
        oldpid=$(head -n1 "$pidfile" || true)
        oldstate=$(awk '{print $3}' "/proc/$oldpid/stat" 2>/dev/null || true)
        if [ -z "$oldpid" ] || [ "$oldstate" = "Z" ] \
            || [ "$(cat "/proc/$oldpid/comm" 2>/dev/null || true)" != "postgres" ]; then
            log "removing stale $pidfile"
            rm -f "$pidfile"
        fi
    fi
    log "starting PostgreSQL $pg_ver/main"
    pg_ctlcluster "$pg_ver" main start || pg_fail "pg_ctlcluster $pg_ver main start failed"
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || pg_fail "PostgreSQL is not accepting connections on 127.0.0.1:$PG_PORT"
log "PostgreSQL $pg_ver is up on 127.0.0.1:$PG_PORT"

# Role huli: LOGIN CREATEDB with the password (create or alter). The services
# create their own databases (huli_results, huli_needs, ...) at start.
# The SQL goes through stdin so the password is not on a command line.
(cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null) <<SQL
SELECT 'CREATE ROLE huli' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'huli') \gexec
ALTER ROLE huli LOGIN CREATEDB PASSWORD '$pw';
SQL
PGPASSWORD=$pw PGCONNECT_TIMEOUT=10 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U huli -d postgres -tAc 'SELECT 1' >/dev/null \
    || die "PostgreSQL password login for huli over 127.0.0.1 failed (check pg_hba.conf)"

# --- state file ---------------------------------------------------------------
state_dir=$(dirname "$STATE")
[ -d "$state_dir" ] || mkdir -p -m 700 "$state_dir"
content="# Huli.Matchmaking local credentials, written by deploy/local/start.sh. Do not commit.
HULI_PASSWORD='$pw'
HULI_RABBITMQ_URL='amqp://huli:$pw@127.0.0.1:$RABBIT_PORT/huli'
HULI_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=huli;Password=$pw'"
if [ ! -f "$STATE" ] || [ "$(cat "$STATE")" != "$content" ]; then
    tmp=$(mktemp "$state_dir/.local.env.XXXXXX")
    printf '%s\n' "$content" >"$tmp"
    chmod 600 "$tmp"
    mv -f "$tmp" "$STATE"
fi
chmod 600 "$STATE"

log "state file: $STATE (HULI_PASSWORD, HULI_RABBITMQ_URL, HULI_POSTGRES); load with: set -a; . $STATE; set +a"
log "status: OK rabbitmq=127.0.0.1:$RABBIT_PORT management=127.0.0.1:$RABBIT_MANAGEMENT_PORT vhost=huli user=huli(administrator); postgresql-$pg_ver=127.0.0.1:$PG_PORT role=huli(CREATEDB)"
