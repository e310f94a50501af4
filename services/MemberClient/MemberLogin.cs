namespace Huli.Matchmaking.MemberClient;

/// <summary>What a member was given at registration. The password comes from the environment, never from the
/// command line, so it shows in no process list or shell history.</summary>
public sealed record MemberLogin(Uri Broker, string User, string Password, string Queue)
{
    public const string PasswordVariable = "HULI_MEMBER_PASSWORD";

    public const string Usage = "usage: huli-member --broker amqp://host:5672/vhost --user huli-member-<code> [--queue <queue>]   (password in HULI_MEMBER_PASSWORD)";

    /// <summary>The login from the arguments and environment, or null with the reason.</summary>
    public static MemberLogin? Read(string[] args, Func<string, string?> environment, out string problem)
    {
        string? broker = null, user = null, queue = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--broker": broker = args[i + 1]; break;
                case "--user": user = args[i + 1]; break;
                case "--queue": queue = args[i + 1]; break;
                default: problem = $"unknown option {args[i]}"; return null;
            }
        }

        var password = environment(PasswordVariable);
        problem = (broker, user, password) switch
        {
            (null, _, _) => "--broker is required",
            (_, null, _) => "--user is required",
            (_, _, null or "") => $"{PasswordVariable} is not set",
            _ when args.Length % 2 == 1 => $"{args[^1]} has no value",
            _ when !Uri.TryCreate(broker, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps") => $"--broker {broker} is not an amqp:// address",
            _ => "",
        };

        // A member's queue is named like its user unless the registry said otherwise.
        return problem.Length > 0 ? null : new MemberLogin(new Uri(broker!), user!, password!, queue ?? user!);
    }
}
