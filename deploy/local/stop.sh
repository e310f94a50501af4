#!/usr/bin/env bash
# Stop the local RabbitMQ and PostgreSQL started by start.sh. Run as root.
# Idempotent: safe to run any number of times, in any state.
set -euo pipefail

log() { printf '[stop] %s\n' "$*"; }
die() { printf '[stop] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root"

rc=0

# --- RabbitMQ -----------------------------------------------------------------
if command -v rabbitmqctl >/dev/null 2>&1; then
    if timeout 60 rabbitmqctl -q status >/dev/null 2>&1; then
        log "stopping RabbitMQ"
        if ! timeout 120 rabbitmqctl -q shutdown >/dev/null; then
            printf '[stop] ERROR: rabbitmqctl shutdown failed\n' >&2
            rc=1
        fi
    else
        log "RabbitMQ not running"
    fi
    # rabbitmqctl shutdown (and any rabbitmqctl call) leaves epmd running.
    if command -v epmd >/dev/null 2>&1; then
        epmd -kill >/dev/null 2>&1 || true
    fi
else
    log "RabbitMQ not installed"
fi

# --- PostgreSQL ---------------------------------------------------------------
if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_ver=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" {print $1}' | sort -n | tail -n1 || true)
    if [ -n "$pg_ver" ] && pg_ctlcluster "$pg_ver" main status >/dev/null 2>&1; then
        log "stopping PostgreSQL $pg_ver/main"
        if ! pg_ctlcluster "$pg_ver" main stop; then
            printf '[stop] ERROR: pg_ctlcluster %s main stop failed\n' "$pg_ver" >&2
            rc=1
        fi
    else
        log "PostgreSQL not running"
    fi
else
    log "PostgreSQL not installed"
fi

[ "$rc" -eq 0 ] && log "stopped"
exit "$rc"
