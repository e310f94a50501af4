namespace Huli.Matchmaking.Sorting.Duplicates;

/// <summary>A record already in the index whose fingerprint is <see cref="Distance"/> bits from the one looked up.</summary>
public sealed record NearDuplicate(string Id, int Distance);
