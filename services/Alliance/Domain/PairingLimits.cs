namespace Huli.Matchmaking.Alliance.Domain;

public static class PairingLimits
{
    public const int Reason = 2_000;
}
