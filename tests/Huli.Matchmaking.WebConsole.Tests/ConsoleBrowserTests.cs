using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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

        await Expect(form.Locator("[data-errors-for=title]")).ToHaveTextAsync("必填。");
        await Expect(form.Locator("[data-errors-for=description]")).ToHaveTextAsync("必填。");
        await Expect(form.Locator("[data-errors-for=trlMax]")).ToContainTextAsync("trlMin");
        await Expect(form.Locator("[name=title]")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task An_enterprise_posts_a_need_and_sees_its_ranked_matches_with_their_reasons()
    {
        var page = await console.SignInAsync(ConsoleHost.Enterprise);
        await page.Locator("[data-test=post-need]").ClickAsync();
        var form = page.Locator("[data-test=need-form]");
        await form.Locator("[name=title]").FillAsync("家电外壳划痕视觉检测设备");
        await form.Locator("[name=description]").FillAsync("注塑家电外壳依靠人工目检表面划痕，漏检率高，希望采用机器视觉自动检测，节拍小于2秒。");
        await form.Locator("[name=keywords]").FillAsync("注塑件，划痕，机器视觉");
        await form.Locator("[name=fields]").SelectOptionAsync("smart-equipment");
        await form.Locator("[name=confidentiality]").SelectOptionAsync("summaryOnly");
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("家电外壳划痕视觉检测设备");
        var best = page.Locator("[data-test=match]").First;
        await Expect(best).ToContainTextAsync(Samples.MachineVisionTitle);
        await Expect(best.Locator(".terms .tag").First).ToBeVisibleAsync();
        await Expect(best.Locator(".reasons li").First).ToBeVisibleAsync();

        await best.Locator("[data-test=ask-contact]").ClickAsync();
        await Expect(best).ToContainTextAsync("已提交对接申请");
        var coordinator = await console.SignInAsync(ConsoleHost.Coordinator);
        await coordinator.Locator("[data-test=nav-inbox]").ClickAsync();
        var request = coordinator.Locator("[data-test=inbox-entry][data-kind=contactRequested]").Filter(new() { HasText = "家电外壳划痕视觉检测设备" });
        await Expect(request).ToHaveCountAsync(1);
        await Expect(request).ToHaveClassAsync("unread");
        await request.Locator("button").ClickAsync();
        await Expect(request).Not.ToHaveClassAsync("unread");
    }

    [Fact]
    public async Task An_institute_sees_a_sealed_need_only_once_a_coordinator_confirms_its_pairing()
    {
        var (_, top) = await console.PostNeedAndWaitForPairingAsync(Samples.ScratchInspectionNeed("保密", "sealed"));
        var page = await console.SignInAsync(ConsoleHost.Institute);
        await page.Locator("[data-test=nav-instituteMatches]").ClickAsync();
        var row = page.Locator($"[data-test=institute-match][data-pairing='{top["id"]}']");
        await Expect(row).ToHaveAttributeAsync("data-sealed", "true");
        await Expect(row).Not.ToContainTextAsync("自动视觉检测（保密）");
        await Expect(row).Not.ToContainTextAsync("漏检率");

        var confirm = await console.Host.ClientFor(ConsoleHost.Coordinator)
            .PostAsJsonAsync($"/api/alliance/pairings/{top["id"]}/confirm", new { expectedVersion = top["version"]!.GetValue<int>() });
        confirm.EnsureSuccessStatusCode();

        // The release travels on the bus; the page shows what the API answers at each load.
        await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            await Expect(row).ToBeVisibleAsync();
            return await row.GetAttributeAsync("data-sealed") == "false";
        }, "the sealed need to be released to the institute");
        await Expect(row.Locator("[data-test=need-title]")).ToContainTextAsync("注塑外壳表面划痕自动视觉检测（保密）");
        await Expect(row.Locator("[data-test=need-description]")).ToContainTextAsync("漏检率约3%");
    }

    [Fact]
    public async Task A_coordinator_confirms_a_pairing_from_the_review_queue_and_moves_it_to_contract_signed()
    {
        var (needId, top) = await console.PostNeedAndWaitForPairingAsync(Samples.ScratchInspectionNeed("审核"));
        var page = await console.SignInAsync(ConsoleHost.Coordinator);

        await page.Locator("[data-test=filters] [name=needId]").FillAsync("需求-12");
        await page.Locator("[data-test=filters] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-test=filters] [data-errors-for=needId]")).ToContainTextAsync("GUID");
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
        await Expect(steps.Locator("[data-errors-for='contract.amount'], [data-errors-for='contract']").Filter(new() { HasTextRegex = new(@"\S") }))
            .ToHaveCountAsync(1);

        await steps.Locator("[name='contract.amount']").FillAsync("85.5");
        await steps.Locator("[name='contract.type']").SelectOptionAsync("licensing");
        await steps.Locator("[data-test=move-contractSigned]").ClickAsync();
        await Expect(page.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "contractSigned");
        await Expect(page.Locator("[data-test=contract]")).ToContainTextAsync("85.5");
        await Expect(page.Locator("[data-test=step]")).ToHaveCountAsync(6);

        await page.Locator("[data-test=nav-board]").ClickAsync();
        await Expect(page.Locator($"[data-test=column][data-state=contractSigned] [data-pairing='{top["id"]}']")).ToBeVisibleAsync();

        // The only contract of the run, so the district's figures are exactly it.
        await page.Locator("[data-test=nav-reports]").ClickAsync();
        var contracts = page.Locator("[data-test=report-contracts]");
        await Expect(contracts.Locator("[data-test=contract-totals]")).ToContainTextAsync("合同数 1");
        await Expect(contracts.Locator("[data-test=contract-totals]")).ToContainTextAsync("85.5");
        await Expect(contracts.Locator("svg rect[data-key=licensing]")).ToHaveAttributeAsync("data-value", "85.5");
        await Expect(page.Locator("[data-test=report-funnel] svg rect[data-key=contractSigned]")).ToHaveAttributeAsync("data-value", "1");

        var download = await page.RunAndWaitForDownloadAsync(() => contracts.Locator("[data-test=csv-contracts]").ClickAsync());
        var csv = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("85.5", System.Text.Encoding.UTF8.GetString(csv));
    }

    [Fact]
    public async Task An_institute_imports_a_file_and_sees_each_rejected_row_with_its_field()
    {
        var page = await console.SignInAsync(ConsoleHost.Institute);
        await Expect(page.Locator("h1")).ToHaveTextAsync("我的科技成果");
        var csv = string.Join('\n',
            "成果名称,成果简介,技术成熟度",
            "激光焊接视觉引导系统,利用结构光视觉引导激光焊接机器人自动纠偏，焊缝跟踪精度0.1毫米。,6",
            ",缺少成果名称的一行,5",
            "超声波无损检测装置,用于复合材料内部缺陷的超声检测。,12");

        var form = page.Locator("[data-test=import-form]");
        await form.Locator("[name=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "成果登记.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await form.Locator("button[type=submit]").ClickAsync();

        var report = page.Locator("[data-test=import-report]");
        await Expect(report.Locator("[data-count=created]")).ToHaveTextAsync("1");
        await Expect(report.Locator("[data-count=rejected]")).ToHaveTextAsync("2");
        var problems = report.Locator("[data-test=import-problem]");
        await Expect(problems.Filter(new() { HasText = "title" })).ToContainTextAsync("3");
        await Expect(problems.Filter(new() { HasText = "trl" })).ToContainTextAsync("4");
    }

    [Fact]
    public async Task Of_two_coordinators_on_one_pairing_the_second_is_told_who_decided_first()
    {
        var (_, top) = await console.PostNeedAndWaitForPairingAsync(Samples.ScratchInspectionNeed("并发"));
        var first = await console.SignInAsync(ConsoleHost.Coordinator);
        var second = await console.SignInAsync(ConsoleHost.Coordinator);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"/#/pairings/{top["id"]}");
            await Expect(page.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "proposed");
        }

        await first.Locator("[data-test=confirm]").ClickAsync();
        await Expect(first.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "confirmed");

        var decision = second.Locator("[data-test=decision]");
        await decision.Locator("[data-test=reject]").ClickAsync();
        await Expect(decision.Locator("[data-errors-for=reason]")).ToHaveTextAsync(new Regex(@"\S"));
        await decision.Locator("[name=reason]").FillAsync("企业规模不匹配");
        await decision.Locator("[data-test=reject]").ClickAsync();
        await Expect(decision.Locator(".message.problem")).ToContainTextAsync(ConsoleHost.Coordinator.Name);
        await Expect(second.Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "proposed");
    }

    [Fact]
    public async Task An_enterprise_edits_its_need_and_seals_it()
    {
        var response = await console.Host.ClientFor(ConsoleHost.Enterprise).PostAsJsonAsync("/api/needs", Samples.ScratchInspectionNeed("编辑"));
        var needId = (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
        var page = await console.SignInAsync(ConsoleHost.Enterprise);

        await page.Locator($"[data-need='{needId}'] button").ClickAsync();
        var form = page.Locator("[data-test=need-form]");
        await Expect(form.Locator("[name=title]")).ToHaveValueAsync("注塑外壳表面划痕自动视觉检测（编辑）");
        await form.Locator("[name=title]").FillAsync("注塑外壳表面划痕自动视觉检测（已改）");
        await form.Locator("[name=confidentiality]").SelectOptionAsync("sealed");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("（已改）");

        var saved = await console.Host.ClientFor(ConsoleHost.Enterprise).GetFromJsonAsync<JsonNode>($"/api/needs/{needId}");
        Assert.Equal("sealed", saved!["confidentiality"]!.GetValue<string>());
        Assert.Equal(["smart-equipment"], saved["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_string_of_the_console_exists_in_both_languages()
    {
        var page = await console.Browser.NewPageAsync(console.Host.Address);
        var gaps = await page.EvaluateAsync<string[]>("""
            async () => {
              const { allStrings } = await import('/console/js/i18n.js');
              const keys = (table, prefix = '') => Object.entries(table).flatMap(([key, value]) =>
                typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
              const zh = new Set(keys(allStrings.zh));
              const en = new Set(keys(allStrings.en));
              return [...[...zh].filter((k) => !en.has(k)).map((k) => `en lacks ${k}`),
                      ...[...en].filter((k) => !zh.has(k)).map((k) => `zh lacks ${k}`)];
            }
            """);
        Assert.Empty(gaps);
    }

    [Fact]
    public async Task A_need_form_shows_its_field_errors_in_the_language_the_person_chose()
    {
        var page = await console.SignInAsync(ConsoleHost.Enterprise);
        await page.Locator("[data-test=post-need]").ClickAsync();
        var form = page.Locator("[data-test=need-form]");
        await form.Locator("[name=description]").FillAsync("注塑外壳表面划痕检测。");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-errors-for=title]")).ToHaveTextAsync("必填。");

        await page.Locator("[data-test=language]").ClickAsync();
        await page.Locator("[data-test=post-need]").ClickAsync();
        form = page.Locator("[data-test=need-form]");
        await form.Locator("[name=description]").FillAsync("Scratch inspection of moulded housings.");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-errors-for=title]")).ToHaveTextAsync("Required.");
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
