#!/usr/bin/env bash
# Give an alliance member its own RabbitMQ user, queue, bindings and permissions
# with rabbitmqctl: what the Alliance service does through the management API
# when a bus member is registered, for operators who set a member up by hand or
# repair one. Run as root on the broker's host. Idempotent.
#
#   deploy/rabbitmq/member-add.sh [-p vhost] [-e exchange] [-n name-prefix] CODE FIELD [FIELD...]
#
# CODE is the member's code from the registry (e.g. m3f9a2c71d0), FIELD an
# industry field code (e.g. smart-equipment). The password is generated, printed
# once on stdout and stored nowhere; set MEMBER_PASSWORD to choose it instead.
# The member may read and configure only its own queue (and MassTransit's
# _error/_skipped queues beside it) and cannot publish into the system's exchanges.
set -euo pipefail

usage() { sed -n '7,8p' "$0" | sed 's/^# *//' >&2; exit 2; }
# shellcheck source=member-names.sh
. "$(dirname "$0")/member-names.sh"
shift $((OPTIND - 1))
[ $# -ge 2 ] || usage
member_names "$1"
code=$1
shift
for field in "$@"; do
    [[ $field =~ $safe ]] || die "field '$field' is not an industry field code"
done

password=${MEMBER_PASSWORD:-}
if [ -z "$password" ]; then
    password=$(openssl rand -base64 24 | tr '+/' '-_' | tr -d '=\n')
fi

rabbitmqctl -q list_vhosts | grep -qx "$vhost" || die "vhost $vhost does not exist; run deploy/local/start.sh"

# The password goes through stdin, so it shows in no process list.
if rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$user"; then
    printf '%s' "$password" | rabbitmqctl -q change_password "$user" >/dev/null
else
    printf '%s' "$password" | rabbitmqctl -q add_user "$user" >/dev/null
fi
rabbitmqctl -q set_user_tags "$user" >/dev/null

# rabbitmqctl has no queue or binding commands; declare them in the node, as the
# management API would: a durable topic exchange, a durable queue, one binding
# per field keyed "<field>.<code>" so the broker routes to this member only.
rabbitmqctl -q eval "rabbit_exchange:declare($(resource exchange "$exchange"), topic, true, false, false, [], <<\"member-add\">>)." >/dev/null
rabbitmqctl -q eval "rabbit_amqqueue:declare($(resource queue "$queue"), true, false, [], none, <<\"member-add\">>)." >/dev/null
for field in "$@"; do
    rabbitmqctl -q eval "ok = rabbit_binding:add($(binding "$field.$code"), <<\"member-add\">>)." >/dev/null
done
# Fields no longer given are unbound, so the queue carries exactly this subscription.
wanted=" $(printf '%s.'"$code"' ' "$@")"
bound_keys | while read -r key; do
    case $wanted in
        *" $key "*) ;;
        *) rabbitmqctl -q eval "ok = rabbit_binding:remove($(binding "$key"), <<\"member-add\">>)." >/dev/null ;;
    esac
done

own="^${queue}(_error|_skipped)?\$"
rabbitmqctl -q set_permissions -p "$vhost" "$user" "$own" "$own" "$own" >/dev/null

printf 'user=%s\npassword=%s\nqueue=%s\nvhost=%s\nexchange=%s\n' "$user" "$password" "$queue" "$vhost" "$exchange"
