using Microsoft.Playwright;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>Debian's chromium, driven headless by Playwright. Playwright's own browser downloads are never used;
/// a machine without /usr/bin/chromium fails the tests with the line that installs it, it does not skip them.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Long enough for a loaded two-core machine; a wait ends as soon as its condition holds.</summary>
    public const float WaitMilliseconds = 60_000;

    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing. Install it with `apt-get install -y --no-install-recommends chromium` (.ci/run does).");
        }

        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A page in a context of its own, so each signed-in person has their own session storage.</summary>
    public async Task<IPage> NewPageAsync(Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "zh-CN" });
        context.SetDefaultTimeout(WaitMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
