#!/usr/bin/env bash
# Cut an alliance member off the broker with rabbitmqctl: what the Alliance
# service does through the management API when a bus member is suspended, for
# operators who off-board a member by hand. Run as root on the broker's host.
# Idempotent.
#
#   deploy/rabbitmq/member-suspend.sh [-p vhost] [-e exchange] [-n name-prefix] CODE
#
# The member's permissions on the vhost are cleared, so it cannot log in to it
# again; its open connections are closed; its queue is unbound from the
# exchange, so nothing routed meanwhile is queued for later. The user, its
# password and the queue stay. The registry does not learn of it: suspend the
# member there too (POST /api/alliance/members/{id}/suspend), and reinstate it
# there, which restores permissions and bindings with the same password.
set -euo pipefail

usage() { sed -n '7,7p' "$0" | sed 's/^# *//' >&2; exit 2; }
# shellcheck source=member-names.sh
. "$(dirname "$0")/member-names.sh"
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
member_names "$1"
rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$user" || die "no broker user $user"

# Permissions first: from then on the member cannot open a connection to the
# vhost, so the connections closed below stay closed.
rabbitmqctl -q clear_permissions -p "$vhost" "$user" >/dev/null

rabbitmqctl -q list_connections pid user vhost \
    | awk -v u="$user" -v v="$vhost" -F '\t' '$2 == u && $3 == v {print $1}' \
    | while read -r pid; do
        rabbitmqctl -q close_connection "$pid" "Suspended from the alliance's member registry." >/dev/null || true
    done

bound_keys | while read -r key; do
    rabbitmqctl -q eval "ok = rabbit_binding:remove($(binding "$key"), <<\"member-suspend\">>)." >/dev/null
done

printf 'suspended=%s\nqueue=%s\nvhost=%s\n' "$user" "$queue" "$vhost"
