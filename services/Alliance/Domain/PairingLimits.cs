namespace Huli.Matchmaking.Alliance.Domain;

public static class PairingLimits
{
    public const int Reason = 2_000;

    public const int Notes = 4_000;

    /// <summary>The largest contract amount taken, in 万元 (a hundred billion yuan): beyond it is a typo.</summary>
    public const decimal ContractAmount = 10_000_000m;
}
