namespace Huli.Matchmaking.Needs.Domain;

/// <summary>Field limits, shared by validation and the schema so the two never disagree.</summary>
public static class NeedLimits
{
    public const int Title = 300;
    public const int Description = 20_000;
    public const int Enterprise = 200;
    public const int ExternalId = 100;
    public const int Keywords = 20;
    public const int Keyword = 50;
    public const int Fields = 5;
    public const int QuantifiedTargets = 2_000;
    public const int Region = 100;
    public const int ContactName = 50;
}
