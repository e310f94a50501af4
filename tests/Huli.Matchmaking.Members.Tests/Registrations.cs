namespace Huli.Matchmaking.Members.Tests;

/// <summary>Registration bodies as a member admin sends them.</summary>
internal static class Registrations
{
    public static object Webhook(string url, params string[] fields) => new
    {
        name = "厦门市智能制造行业协会",
        kind = "industryAssociation",
        contacts = new[] { new { name = "林晓", email = "linxiao@example.org", phone = "0592-5551234" } },
        subscription = new { fields, trlMin = 3, trlMax = 9, cooperationModes = new[] { "jointDevelopment" }, regions = new[] { "湖里区" } },
        delivery = "webhook",
        webhookUrl = url,
    };

    public static object Bus(string name, params string[] fields) => new
    {
        name,
        kind = "financingBody",
        contacts = new[] { new { name = "陈思", email = "chensi@example.org", phone = "0592-5556789" } },
        subscription = new { fields, trlMin = 1, trlMax = 9, cooperationModes = Array.Empty<string>(), regions = Array.Empty<string>() },
        delivery = "bus",
    };
}
