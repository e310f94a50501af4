using static Microsoft.Playwright.Assertions;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>What `make run` shows: the console at /, where each demo user signs in with the password written to
/// data/demo-users.env and lands on their role's first page.</summary>
public sealed class DemoConsoleTests(DemoConsoleTests.DemoHost demo) : IClassFixture<DemoConsoleTests.DemoHost>
{
    public sealed class DemoHost : IAsyncLifetime
    {
        public ConsoleHost Host { get; } = new(demo: true);

        public Browser Browser { get; } = new();

        public async Task InitializeAsync()
        {
            Host.Start();
            await Browser.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            await Host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("COORDINATOR", "review", "待审核的配对")]
    [InlineData("ENTERPRISE", "needs", "我的技术需求")]
    [InlineData("INSTITUTE", "results", "我的科技成果")]
    [InlineData("MEMBER_ADMIN", "members", "联盟成员")]
    public async Task Each_demo_user_signs_in_with_the_password_from_the_data_folder(string role, string page, string heading)
    {
        var users = File.ReadAllLines(Path.Combine(demo.Host.DataPath, "demo-users.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
        var console = await demo.Browser.NewPageAsync(demo.Host.Address);
        var form = console.Locator("[data-test=sign-in]");
        await form.Locator("[name=user]").FillAsync(users[$"{role}_USER"]);
        await form.Locator("[name=password]").FillAsync(users[$"{role}_PASSWORD"]);
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(console.Locator($"[data-test=nav-{page}]")).ToHaveClassAsync("current");
        await Expect(console.Locator("h1")).ToHaveTextAsync(heading);
    }
}
