namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A person at a member organisation the alliance office talks to.</summary>
public sealed class MemberContact
{
    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
