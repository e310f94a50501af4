# Sourced by member-add.sh and member-suspend.sh, after they define usage():
# their shared options (-p vhost, -e exchange, -n name-prefix), the checks on
# names that go into Erlang terms and regular expressions, and those terms.
# Leaves OPTIND for the caller to shift the options away.

die() { printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

vhost=huli
exchange=huli.members
prefix=huli-member-
while getopts 'p:e:n:h' opt; do
    case $opt in
        p) vhost=$OPTARG ;;
        e) exchange=$OPTARG ;;
        n) prefix=$OPTARG ;;
        *) usage ;;
    esac
done

safe='^[a-z0-9][a-z0-9-]*$'

# Checks the names, allowing only what the registry itself produces, and sets
# the member's user and queue; must run as root (rabbitmqctl).
member_names() {
    [[ $1 =~ $safe ]] || die "member code '$1' must be lower-case letters, digits and hyphens"
    [[ $prefix =~ ^[a-z0-9-]*$ ]] || die "name prefix '$prefix' must be lower-case letters, digits and hyphens"
    [[ $vhost =~ ^[A-Za-z0-9_.-]+$ ]] || die "vhost '$vhost' has characters this script does not quote"
    [[ $exchange =~ ^[A-Za-z0-9_.-]+$ ]] || die "exchange '$exchange' has characters this script does not quote"
    [ "$(id -u)" -eq 0 ] || die "must run as root (rabbitmqctl)"
    user=$prefix$1
    queue=$prefix$1
}

resource() { printf 'rabbit_misc:r(<<"%s">>, %s, <<"%s">>)' "$vhost" "$1" "$2"; }
binding() { printf '{binding, %s, <<"%s">>, %s, []}' "$(resource exchange "$exchange")" "$1" "$(resource queue "$queue")"; }

# The routing keys the member's queue is bound with on the members' exchange.
bound_keys() {
    rabbitmqctl -q list_bindings -p "$vhost" source_name destination_name routing_key \
        | awk -v x="$exchange" -v q="$queue" '$1 == x && $2 == q {print $3}'
}
