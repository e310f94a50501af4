namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>How a member's broker resources are named, derived from its code so that they never need storing.
/// <paramref name="Enabled"/> is false where members get no bus delivery (the embedded profile).</summary>
public sealed record MemberBrokerNames(bool Enabled, string VirtualHost, string Exchange, string Prefix)
{
    public string User(string code) => Prefix + code;

    public string Queue(string code) => Prefix + code;

    /// <summary>Field first, then member: the broker routes a delivery only into the queue of the member it is
    /// addressed to, and only through a binding for a field that member subscribed to.</summary>
    public static string RoutingKey(string field, string code) => $"{field}.{code}";
}
