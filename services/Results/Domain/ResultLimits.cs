namespace Huli.Matchmaking.Results.Domain;

/// <summary>Field limits, shared by validation and the schema so the two never disagree.</summary>
public static class ResultLimits
{
    public const int Title = 300;
    public const int Abstract = 20_000;
    public const int Institute = 200;
    public const int ExternalId = 100;
    public const int Keywords = 20;
    public const int Keyword = 50;
    public const int Fields = 5;
    public const int Team = 200;
    public const int ContactName = 50;
    public const int ContactPhone = 30;
    public const int ContactEmail = 254;
    public const int PatentNumbers = 50;
    public const int Region = 100;
}
