namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>The <c>Huli:Members</c> settings. Broker credentials are not here: the Alliance manages member
/// users with its own RabbitMQ user, taken from <c>ConnectionStrings:RabbitMq</c>.</summary>
public sealed class MemberOptions
{
    public const string SectionName = "Huli:Members";

    /// <summary>Deliver to members over RabbitMQ. Unset: on in the distributed profile; the embedded one cannot,
    /// its in-memory transport having no users, permissions or routing keys to give a member.</summary>
    public bool? BusDelivery { get; set; }

    /// <summary>The topic exchange members' queues are bound to.</summary>
    public string Exchange { get; set; } = "huli.members";

    /// <summary>RabbitMQ's management API, which creates members' users, queues, bindings and permissions.</summary>
    public string ManagementUrl { get; set; } = "http://127.0.0.1:15672";

    /// <summary>Prepended to members' user and queue names: test runs use their own.</summary>
    public string NamePrefix { get; set; } = "huli-member-";
}
