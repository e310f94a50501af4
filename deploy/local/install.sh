#!/usr/bin/env bash
# Install and configure RabbitMQ and PostgreSQL for Huli.Matchmaking on a
# Debian host without Docker. Run as root. Idempotent: safe to run any number
# of times, in any state. Does not start the servers (see start.sh).
set -euo pipefail

log() { printf '[install] %s\n' "$*"; }
die() { printf '[install] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root"
command -v apt-get >/dev/null 2>&1 || die "apt-get not found (Debian/Ubuntu host expected)"

export DEBIAN_FRONTEND=noninteractive

PACKAGES=(rabbitmq-server postgresql)

is_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# --- packages -----------------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
    is_installed "$p" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    log "installing: ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=300 update -q
    apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}"
else
    log "packages already installed: ${PACKAGES[*]}"
fi

# Write a file only if its content differs; returns 0 if it changed.
write_if_changed() { # path mode content
    local path=$1 mode=$2 content=$3
    if [ -f "$path" ] && [ "$(cat "$path")" = "$content" ]; then
        return 1
    fi
    mkdir -p "$(dirname "$path")"
    printf '%s\n' "$content" >"$path.tmp.$$"
    chmod "$mode" "$path.tmp.$$"
    mv -f "$path.tmp.$$" "$path"
    log "wrote $path"
    return 0
}

# --- RabbitMQ: loopback only --------------------------------------------------
rabbit_changed=0
if write_if_changed /etc/rabbitmq/rabbitmq-env.conf 644 "# Managed by Huli.Matchmaking deploy/local/install.sh
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_ADDRESS
# Erlang distribution (inter-node/CLI) listener on loopback too.
SERVER_ADDITIONAL_ERL_ARGS=\"-kernel inet_dist_use_interface {127,0,0,1}\""; then
    rabbit_changed=1
fi
# The management plugin is on because the Alliance creates each member's user,
# queue, bindings and permissions through its HTTP API; its listener is bound to
# loopback like everything else. The management.* keys and the plugin go
# together: RabbitMQ refuses to start on management.* keys with the plugin off.
if write_if_changed /etc/rabbitmq/rabbitmq.conf 644 "# Managed by Huli.Matchmaking deploy/local/install.sh
listeners.tcp.default = 127.0.0.1:5672
loopback_users.guest = true
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672"; then
    rabbit_changed=1
fi
if write_if_changed /etc/rabbitmq/enabled_plugins 644 "[rabbitmq_management]."; then
    rabbit_changed=1
fi

rabbit_running() {
    timeout 30 rabbitmqctl -q status >/dev/null 2>&1
}
if [ "$rabbit_changed" -eq 1 ] && rabbit_running; then
    log "WARNING: RabbitMQ configuration changed while it is running;"
    log "         apply it with deploy/local/stop.sh && deploy/local/start.sh"
fi

# --- PostgreSQL: loopback only, password login over TCP -----------------------
pg_ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null \
    | grep -E '^[0-9]+$' | sort -n | tail -n1 || true)
[ -n "$pg_ver" ] || die "no PostgreSQL server found under /usr/lib/postgresql"
log "PostgreSQL major version: $pg_ver"

if [ ! -f "/etc/postgresql/$pg_ver/main/postgresql.conf" ]; then
    log "creating cluster $pg_ver/main"
    pg_createcluster "$pg_ver" main
fi
confdir=/etc/postgresql/$pg_ver/main

pg_changed=0
# Debian's default is listen_addresses = 'localhost' (loopback, v4 and v6);
# pin it to 127.0.0.1 explicitly. conf.d is included by Debian's postgresql.conf.
grep -Eq "^[[:space:]]*include_dir[[:space:]]*=[[:space:]]*'conf\.d'" "$confdir/postgresql.conf" \
    || die "$confdir/postgresql.conf does not include conf.d"
if write_if_changed "$confdir/conf.d/50-huli-matchmaking.conf" 644 "# Managed by Huli.Matchmaking deploy/local/install.sh
listen_addresses = '127.0.0.1'
port = 5432
password_encryption = 'scram-sha-256'"; then
    chown postgres:postgres "$confdir/conf.d/50-huli-matchmaking.conf"
    pg_changed=1
fi

# Password (scram/md5) login for huli from 127.0.0.1. Debian's default pg_hba
# has "host all all 127.0.0.1/32 scram-sha-256"; if that is missing, add a rule
# for huli in front of all others.
hba=$confdir/pg_hba.conf
if ! grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+(all|huli)[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
    log "adding huli password rule to $hba"
    { printf '%s\n' "# Huli.Matchmaking (deploy/local/install.sh)" \
        "host    all    huli    127.0.0.1/32    scram-sha-256"
      cat "$hba"; } >"$hba.tmp.$$"
    chown postgres:postgres "$hba.tmp.$$"
    chmod 640 "$hba.tmp.$$"
    mv -f "$hba.tmp.$$" "$hba"
    pg_changed=1
fi

if [ "$pg_changed" -eq 1 ] && pg_ctlcluster "$pg_ver" main status >/dev/null 2>&1; then
    log "restarting PostgreSQL $pg_ver/main to apply configuration"
    pg_ctlcluster "$pg_ver" main restart
fi

log "done (RabbitMQ and PostgreSQL $pg_ver installed, loopback only); next: deploy/local/start.sh"
