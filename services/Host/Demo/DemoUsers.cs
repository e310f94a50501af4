using System.Security.Cryptography;
using System.Text.Json;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>One demo user per role, with access keys made on this machine at first start and kept in the data
/// folder: the repository holds no keys.</summary>
internal static class DemoUsers
{
    public const string ConfigFile = "demo-users.json";
    public const string ShellFile = "demo-users.env";
    public const string AllianceOffice = "湖里区科创联盟秘书处";

    public static string EnsureCreated(string dataPath, string enterprise, string institute)
    {
        var configPath = Path.Combine(dataPath, ConfigFile);
        if (File.Exists(configPath))
        {
            return configPath;
        }

        Directory.CreateDirectory(dataPath);
        AccessKey[] users =
        [
            new() { Key = NewKey(), User = "chen.jing", Role = Roles.Enterprise, Organisation = enterprise },
            new() { Key = NewKey(), User = "lin.hua", Role = Roles.Institute, Organisation = institute },
            new() { Key = NewKey(), User = "wang.fang", Role = Roles.Coordinator, Organisation = AllianceOffice },
            new() { Key = NewKey(), User = "zheng.lei", Role = Roles.MemberAdmin, Organisation = AllianceOffice },
        ];
        var config = new { Huli = new { AccessKeys = users } };
        File.WriteAllText(configPath, JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllLines(Path.Combine(dataPath, ShellFile), users.Select(u => $"{ShellName(u.Role)}_KEY={u.Key}"));
        return configPath;
    }

    private static string ShellName(string role) => role.Replace('-', '_').ToUpperInvariant();

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
