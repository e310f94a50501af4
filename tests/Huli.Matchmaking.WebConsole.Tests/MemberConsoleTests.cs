using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>The member registry in the console, as the member admin uses it in a real browser.</summary>
public sealed class MemberConsoleTests(ConsoleFixture console) : IClassFixture<ConsoleFixture>
{
    private const string MemberName = "厦门市新材料检验检测中心";

    [Fact]
    public async Task The_member_admin_registers_a_webhook_member_sees_its_secret_once_and_the_member_in_the_list()
    {
        var page = await console.SignInAsync(ConsoleHost.MemberAdmin);
        await Expect(page.Locator("[data-test=nav-members]")).ToHaveClassAsync("current");
        await Expect(page.Locator("h1")).ToHaveTextAsync("联盟成员");

        await page.Locator("[data-test=register-member]").ClickAsync();
        var form = page.Locator("[data-test=member-form]");
        await form.Locator("[name=name]").FillAsync(MemberName);
        await form.Locator("[name=kind]").SelectOptionAsync("testingAgency");
        await form.Locator("[name='contacts[0].name']").FillAsync("黄敏");
        await form.Locator("[name='contacts[0].email']").FillAsync("not an address");
        await form.Locator("[name='subscription.fields']").SelectOptionAsync("new-materials");
        await form.Locator("[name='subscription.trlMin']").FillAsync("3");
        await form.Locator("[name='subscription.trlMax']").FillAsync("8");
        await form.Locator("[name='subscription.cooperationModes']").SelectOptionAsync(["jointDevelopment", "technicalService"]);
        await form.Locator("[name='subscription.regions']").FillAsync("湖里区，思明区");

        // The embedded profile has no member broker: the API refuses bus delivery, and says so beside the choice.
        await form.Locator("[name=delivery]").SelectOptionAsync("bus");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-errors-for=delivery]")).ToContainTextAsync("请改用 Webhook 登记");
        await Expect(form.Locator("[data-errors-for='contacts[0].email']")).ToContainTextAsync("电子邮件");

        await form.Locator("[name='contacts[0].email']").FillAsync("huangmin@example.org");
        await form.Locator("[name='contacts[0].phone']").FillAsync("0592-5551234");
        await form.Locator("[name=delivery]").SelectOptionAsync("webhook");
        await form.Locator("[name=webhookUrl]").FillAsync("https://member.example.org/hook");
        await form.Locator("button[type=submit]").ClickAsync();

        var credentials = page.Locator("[data-test=credentials]");
        await Expect(credentials).ToContainTextAsync("只显示这一次");
        var secret = await credentials.Locator("[data-test=webhook-secret]").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(secret));
        var row = page.Locator("[data-test=member]").Filter(new() { HasText = MemberName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("检验检测机构");

        var registered = await MemberAsync(MemberName);
        Assert.Equal("webhook", registered["delivery"]!.GetValue<string>());
        Assert.Equal("https://member.example.org/hook", registered["webhookUrl"]!.GetValue<string>());
        Assert.Equal(["湖里区", "思明区"], registered["subscription"]!["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("huangmin@example.org", registered["contacts"]![0]!["email"]!.GetValue<string>());

        // Once dismissed, or after a reload, the secret is nowhere in the console.
        await credentials.Locator("[data-test=credentials-saved]").ClickAsync();
        await Expect(credentials).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(row).ToHaveCountAsync(1);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(secret!);
        await row.Locator("[data-test=open-member]").ClickAsync();
        await Expect(page.Locator("[data-test=member-details]")).ToContainTextAsync("https://member.example.org/hook");
        await Expect(page.Locator("[data-test=deliveries]")).ToContainTextAsync("暂无投递记录");
        await Expect(page.Locator("body")).Not.ToContainTextAsync(secret!);
    }

    [Fact]
    public async Task The_member_admin_changes_a_subscription_and_a_bad_range_is_shown_beside_its_field()
    {
        var member = await RegisterThroughApiAsync("厦门市智能制造行业协会");
        var form = await SubscriptionFormAsync(member);
        await Expect(form.Locator("[name=trlMax]")).ToHaveValueAsync("9");
        await form.Locator("[name=trlMin]").FillAsync("7");
        await form.Locator("[name=trlMax]").FillAsync("5");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-errors-for=trlMax]")).ToContainTextAsync("trlMin");

        await form.Locator("[name=trlMax]").FillAsync("8");
        await form.Locator("[name=fields]").SelectOptionAsync(["smart-equipment", "software"]);
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator(".message.ok")).ToHaveTextAsync("已保存。");

        var changed = await MemberAsync("厦门市智能制造行业协会");
        Assert.Equal(7, changed["subscription"]!["trlMin"]!.GetValue<int>());
        Assert.Equal(8, changed["subscription"]!["trlMax"]!.GetValue<int>());
        Assert.Equal(["smart-equipment", "software"], changed["subscription"]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).Order());
        Assert.Equal(member["version"]!.GetValue<int>() + 1, changed["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_subscription_changed_meanwhile_by_someone_else_is_not_overwritten()
    {
        var member = await RegisterThroughApiAsync("厦门火炬高新区创新服务平台");
        var form = await SubscriptionFormAsync(member);
        await Expect(form.Locator("[name=trlMin]")).ToHaveValueAsync("4");

        var meanwhile = await console.Host.ClientFor(ConsoleHost.Coordinator)
            .PutAsJsonAsync($"/api/alliance/members/{member["id"]}/subscription", new { fields = new[] { "software" }, trlMin = 2 });
        meanwhile.EnsureSuccessStatusCode();
        await form.Locator("[name=trlMin]").FillAsync("6");
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(form.Locator(".message.problem")).ToContainTextAsync("已被他人修改");
        var kept = await MemberAsync("厦门火炬高新区创新服务平台");
        Assert.Equal(2, kept["subscription"]!["trlMin"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_member_admin_suspends_a_webhook_member_with_a_reason_sees_it_suspended_in_the_list_and_reinstates_it()
    {
        const string name = "厦门市两岸科技合作促进会";
        var member = await RegisterThroughApiAsync(name);
        var page = await console.SignInAsync(ConsoleHost.MemberAdmin);
        await page.GotoAsync($"/#/members/{member["id"]}");
        var details = page.Locator("[data-test=member-details]");
        await Expect(details.Locator("[data-test=member-status]")).ToHaveTextAsync("正常");

        await page.Locator("[data-test=suspend]").ClickAsync();
        var form = page.Locator("[data-test=suspend-form]");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-errors-for=reason]")).ToContainTextAsync("必填");
        await form.Locator("[name=reason]").FillAsync("已退出联盟（理事会 2026 年第 3 次会议决议）");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(details.Locator("[data-test=member-status]")).ToHaveTextAsync("已暂停");
        await Expect(details.Locator("[data-test=suspend-reason]")).ToHaveTextAsync("已退出联盟（理事会 2026 年第 3 次会议决议）");

        await page.Locator("[data-test=nav-members]").ClickAsync();
        var row = page.Locator("[data-test=member]").Filter(new() { HasText = name });
        await Expect(row).ToHaveAttributeAsync("data-status", "suspended");
        await Expect(row.Locator("[data-test=member-status]")).ToHaveTextAsync("已暂停");
        await page.Locator("[data-test=member-status-filter]").SelectOptionAsync("active");
        await Expect(row).ToHaveCountAsync(0);
        await page.Locator("[data-test=member-status-filter]").SelectOptionAsync("suspended");
        await Expect(row).ToHaveCountAsync(1);

        await row.Locator("[data-test=open-member]").ClickAsync();
        await page.Locator("[data-test=reinstate]").ClickAsync();
        await Expect(details.Locator("[data-test=member-status]")).ToHaveTextAsync("正常");
        var history = page.Locator("[data-test=status-history] tbody tr");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(0).Locator("[data-test=member-status]")).ToHaveTextAsync("正常");
        await Expect(history.Nth(1).Locator("[data-test=member-status]")).ToHaveTextAsync("已暂停");
        await Expect(history.Nth(1)).ToContainTextAsync("已退出联盟（理事会 2026 年第 3 次会议决议）");
        var reinstated = await MemberAsync(name);
        Assert.Equal("active", reinstated["status"]!.GetValue<string>());
        Assert.Equal(member["version"]!.GetValue<int>() + 2, reinstated["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_member_admin_makes_a_new_webhook_secret_and_sees_it_once()
    {
        const string name = "厦门市科技金融服务中心";
        var member = await RegisterThroughApiAsync(name);
        var page = await console.SignInAsync(ConsoleHost.MemberAdmin);
        await page.GotoAsync($"/#/members/{member["id"]}");

        await page.Locator("[data-test=rotate-secret]").ClickAsync();
        await Expect(page.Locator("[data-test=rotate-form]")).ToContainTextAsync("旧密钥立即作废");
        await page.Locator("[data-test=confirm-rotate]").ClickAsync();
        var secret = await page.Locator("[data-test=new-webhook-secret]").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(secret));
        Assert.NotEqual(member["webhookSecret"]!.GetValue<string>(), secret);
        Assert.Equal(member["version"]!.GetValue<int>() + 1, (await MemberAsync(name))["version"]!.GetValue<int>());

        // Dismissed, or after a reload, the secret is nowhere on the page.
        await page.Locator("[data-test=new-secret-saved]").ClickAsync();
        await Expect(page.Locator("[data-test=new-webhook-secret]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-test=rotate-secret]")).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync(secret!);
    }

    /// <summary>The member admin signs in and opens the member's page at its subscription form.</summary>
    private async Task<ILocator> SubscriptionFormAsync(JsonNode member)
    {
        var page = await console.SignInAsync(ConsoleHost.MemberAdmin);
        await page.GotoAsync($"/#/members/{member["id"]}");
        return page.Locator("[data-test=subscription-form]");
    }

    private async Task<JsonNode> RegisterThroughApiAsync(string name)
    {
        var response = await console.Host.ClientFor(ConsoleHost.MemberAdmin).PostAsJsonAsync("/api/alliance/members", new
        {
            name,
            kind = "industryAssociation",
            contacts = new[] { new { name = "林晓", email = "linxiao@example.org", phone = "0592-5551234" } },
            subscription = new { fields = new[] { "smart-equipment" }, trlMin = 4, trlMax = 9 },
            delivery = "webhook",
            webhookUrl = "https://hooks.example.org/huli",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private async Task<JsonNode> MemberAsync(string name)
    {
        var list = await console.Host.ClientFor(ConsoleHost.MemberAdmin).GetFromJsonAsync<JsonNode>("/api/alliance/members");
        return list!["members"]!.AsArray().Single(m => m!["name"]!.GetValue<string>() == name)!;
    }
}
