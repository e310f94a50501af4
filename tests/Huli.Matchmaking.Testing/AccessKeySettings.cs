using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Testing;

/// <summary>Test users as the configuration entries a host reads its access keys from.</summary>
public static class AccessKeySettings
{
    public static Dictionary<string, string?> Of(IEnumerable<AccessKey> users)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (user, i) in users.Select((u, i) => (u, i)))
        {
            settings[$"Huli:AccessKeys:{i}:Key"] = user.Key;
            settings[$"Huli:AccessKeys:{i}:User"] = user.User;
            settings[$"Huli:AccessKeys:{i}:Role"] = user.Role;
            settings[$"Huli:AccessKeys:{i}:Organisation"] = user.Organisation;
        }

        return settings;
    }
}
