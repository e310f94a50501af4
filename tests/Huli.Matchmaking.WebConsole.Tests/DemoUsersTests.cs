using System.Text.Json.Nodes;
using Huli.Matchmaking.Host.Demo;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>The demo users get their passwords at first start, and a data folder from before passwords gets them
/// added without losing its keys.</summary>
public sealed class DemoUsersTests : IDisposable
{
    private readonly string dataPath = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "huli-demo-users", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void A_first_start_makes_one_user_per_role_whose_password_matches_its_stored_hash()
    {
        var config = DemoUsers.EnsureCreated(dataPath, "某企业", "某研究院");
        var users = Users(config);
        var shell = Shell();

        Assert.Equal(Roles.All.Order(), users.Select(u => u["Role"]!.GetValue<string>()).Order());
        foreach (var user in users)
        {
            var name = user["Role"]!.GetValue<string>().Replace('-', '_').ToUpperInvariant();
            Assert.Equal(user["User"]!.GetValue<string>(), shell[$"{name}_USER"]);
            Assert.Equal(user["Key"]!.GetValue<string>(), shell[$"{name}_KEY"]);
            Assert.True(PasswordHash.Verify(shell[$"{name}_PASSWORD"], user["PasswordHash"]!.GetValue<string>()));
        }

        Assert.DoesNotContain(File.ReadAllText(config), shell["COORDINATOR_PASSWORD"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_data_folder_keeps_its_keys_and_gets_passwords_once()
    {
        File.WriteAllText(Path.Combine(dataPath, DemoUsers.ConfigFile), """
            { "Huli": { "AccessKeys": [ { "Key": "old-key-1", "User": "chen.jing", "Role": "enterprise", "Organisation": "某企业" } ] } }
            """);
        File.WriteAllText(Path.Combine(dataPath, DemoUsers.ShellFile), "ENTERPRISE_KEY=old-key-1\n");

        var config = DemoUsers.EnsureCreated(dataPath, "某企业", "某研究院");
        var password = Shell()["ENTERPRISE_PASSWORD"];
        DemoUsers.EnsureCreated(dataPath, "某企业", "某研究院");

        var user = Assert.Single(Users(config));
        Assert.Equal("old-key-1", user["Key"]!.GetValue<string>());
        Assert.Equal(password, Shell()["ENTERPRISE_PASSWORD"]);
        Assert.True(PasswordHash.Verify(password, user["PasswordHash"]!.GetValue<string>()));
    }

    public void Dispose() => TemporaryFolder.TryDelete(dataPath);

    private static List<JsonNode> Users(string config) =>
        JsonNode.Parse(File.ReadAllText(config))!["Huli"]!["AccessKeys"]!.AsArray().Select(u => u!).ToList();

    private Dictionary<string, string> Shell() =>
        File.ReadAllLines(Path.Combine(dataPath, DemoUsers.ShellFile))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
