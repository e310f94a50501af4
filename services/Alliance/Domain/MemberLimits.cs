namespace Huli.Matchmaking.Alliance.Domain;

public static class MemberLimits
{
    public const int Name = 200;
    public const int ContactText = 200;
    public const int Contacts = 20;
    public const int Fields = 20;
    public const int Regions = 20;
    public const int Region = 100;
    public const int Url = 2_000;
    public const int Error = 2_000;
    public const int SuspendReason = 500;
}
