using System.Security.Cryptography;
using System.Text.Json;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>One demo user per role, with access keys and console passwords made on this machine at first start
/// and kept in the data folder: the repository holds neither. The configuration file holds only the passwords'
/// hashes; the shell file beside it holds the keys and the passwords, for the person running the demo.</summary>
internal static class DemoUsers
{
    public const string ConfigFile = "demo-users.json";
    public const string ShellFile = "demo-users.env";
    public const string AllianceOffice = "湖里区科创联盟秘书处";

    // No 0/O or 1/l/I: people type these from a terminal.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates the users, or gives the users of an older data folder the passwords they lack.</summary>
    public static string EnsureCreated(string dataPath, string enterprise, string institute)
    {
        var configPath = Path.Combine(dataPath, ConfigFile);
        var users = File.Exists(configPath)
            ? Read(configPath)
            :
            [
                new() { Key = NewKey(), User = "chen.jing", Role = Roles.Enterprise, Organisation = enterprise },
                new() { Key = NewKey(), User = "lin.hua", Role = Roles.Institute, Organisation = institute },
                new() { Key = NewKey(), User = "wang.fang", Role = Roles.Coordinator, Organisation = AllianceOffice },
                new() { Key = NewKey(), User = "zheng.lei", Role = Roles.MemberAdmin, Organisation = AllianceOffice },
            ];
        var shellPath = Path.Combine(dataPath, ShellFile);
        var shell = ReadShell(shellPath);
        var changed = !File.Exists(configPath);
        foreach (var user in users)
        {
            var name = ShellName(user.Role);
            shell[$"{name}_KEY"] = user.Key;
            shell[$"{name}_USER"] = user.User;
            if (string.IsNullOrEmpty(user.PasswordHash))
            {
                var password = RandomNumberGenerator.GetString(PasswordAlphabet, 14);
                user.PasswordHash = PasswordHash.Create(password);
                shell[$"{name}_PASSWORD"] = password;
                changed = true;
            }
        }

        if (changed)
        {
            Directory.CreateDirectory(dataPath);
            File.WriteAllText(configPath, JsonSerializer.Serialize(new { Huli = new { AccessKeys = users } }, Indented));
            File.WriteAllLines(shellPath, shell.Select(e => $"{e.Key}={e.Value}"));
        }

        return configPath;
    }

    private static List<AccessKey> Read(string configPath) =>
        JsonDocument.Parse(File.ReadAllText(configPath)).RootElement
            .GetProperty("Huli").GetProperty("AccessKeys")
            .Deserialize<List<AccessKey>>() ?? [];

    /// <summary>The shell file's lines in their order, so a password written at an earlier start stays.</summary>
    private static Dictionary<string, string> ReadShell(string shellPath) =>
        File.Exists(shellPath)
            ? File.ReadAllLines(shellPath)
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .GroupBy(parts => parts[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal)
            : [];

    private static string ShellName(string role) => role.Replace('-', '_').ToUpperInvariant();

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
