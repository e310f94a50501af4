namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>One of the Matcher's main reasons for a pairing, as coordinators read it when they review.</summary>
public sealed class PairingReason
{
    public required string Feature { get; set; }

    public double Contribution { get; set; }

    public required string Chinese { get; set; }

    public required string English { get; set; }
}
