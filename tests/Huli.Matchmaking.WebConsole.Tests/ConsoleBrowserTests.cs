using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>The console in a real browser against the embedded host: every wait is on something the page shows.</summary>
public sealed class ConsoleBrowserTests(ConsoleFixture console) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task A_wrong_password_is_refused_and_missing_need_fields_are_shown_beside_their_fields()
    {
        var page = await console.Browser.NewPageAsync(console.Host.Address);
        var signIn = page.Locator("[data-test=sign-in]");
        await signIn.Locator("[name=user]").FillAsync(ConsoleHost.Enterprise.Name);
        await signIn.Locator("[name=password]").FillAsync("not the password");
        await signIn.Locator("button[type=submit]").ClickAsync();
        await Expect(signIn.Locator(".message")).ToContainTextAsync("用户名或密码错误");

        page = await console.SignInAsync(ConsoleHost.Enterprise);
        await page.Locator("[data-test=post-need]").ClickAsync();
        var form = page.Locator("[data-test=need-form]");
        await form.Locator("[name=trlMin]").FillAsync("8");
        await form.Locator("[name=trlMax]").FillAsync("3");
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(form.Locator("[data-errors-for=title]")).ToHaveTextAsync("Required.");
        await Expect(form.Locator("[data-errors-for=description]")).ToHaveTextAsync("Required.");
        await Expect(form.Locator("[data-errors-for=trlMax]")).ToContainTextAsync("trlMin");
        await Expect(form.Locator("[name=title]")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task A_coordinator_confirms_a_pairing_from_the_review_queue_and_moves_it_to_contract_signed()
    {
        var (needId, top) = await console.PostNeedAndWaitForPairingAsync(Samples.ScratchInspectionNeed("审核"));
        var page = await console.SignInAsync(ConsoleHost.Coordinator);

        await page.Locator("[data-test=filters] [name=needId]").FillAsync(needId.ToString());
        await page.Locator("[data-test=filters] button[type=submit]").ClickAsync();
        var row = page.Locator($"[data-test=pairing][data-pairing='{top["id"]}']");
        await Expect(row).ToContainTextAsync(Samples.MachineVisionTitle);
        await row.Locator("[data-test=open-pairing]").ClickAsync();

        await Expect(page.Locator("[data-test=need]")).ToContainTextAsync("漏检率约3%");
        await Expect(page.Locator("[data-test=result]")).ToContainTextAsync("检测准确率99.2%");
        await Expect(page.Locator("[data-test=explanation] .tag").First).ToBeVisibleAsync();
        await page.Locator("[data-test=confirm]").ClickAsync();
        await Expect(page.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "confirmed");

        foreach (var state in new[] { "contacted", "ndaSigned", "visit", "negotiating" })
        {
            await page.Locator($"[data-test=move-{state}]").ClickAsync();
            await Expect(page.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", state);
        }

        // Only the moves the workflow allows are offered: from negotiating, signing or closing.
        var steps = page.Locator("[data-test=steps]");
        await Expect(steps.Locator("button[data-test^=move-]")).ToHaveCountAsync(2);
        await steps.Locator("[data-test=move-contractSigned]").ClickAsync();
        await Expect(steps.Locator("[data-errors-for='contract.amount'], [data-errors-for='contract']").Filter(new() { HasTextRegex = new(".+") }))
            .ToHaveCountAsync(1);

        await steps.Locator("[name='contract.amount']").FillAsync("85.5");
        await steps.Locator("[name='contract.type']").SelectOptionAsync("licensing");
        await steps.Locator("[data-test=move-contractSigned]").ClickAsync();
        await Expect(page.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "contractSigned");
        await Expect(page.Locator("[data-test=contract]")).ToContainTextAsync("85.5");
        await Expect(page.Locator("[data-test=step]")).ToHaveCountAsync(6);

        await page.Locator("[data-test=nav-board]").ClickAsync();
        await Expect(page.Locator($"[data-test=column][data-state=contractSigned] [data-pairing='{top["id"]}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_language_switches_to_English_and_stays_after_a_reload()
    {
        var page = await console.SignInAsync(ConsoleHost.Coordinator);
        await Expect(page.Locator("[data-test=nav-review]")).ToHaveTextAsync("审核队列");

        await page.Locator("[data-test=language]").ClickAsync();
        await Expect(page.Locator("[data-test=nav-review]")).ToHaveTextAsync("Review queue");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-test=nav-review]")).ToHaveTextAsync("Review queue");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
