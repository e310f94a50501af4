using System.Net;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Tests;

public sealed class InboxTests : IAsyncLifetime
{
    private readonly AllianceHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_enterprise_and_the_institute_hear_of_each_step_in_Chinese_and_English_and_no_one_else_does()
    {
        var id = await host.OnePairingAsync("注塑件表面划痕视觉检测");
        await host.StepAsync(id, new { to = "confirmed", expectedVersion = 0 });
        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.StepAsync(id, new { to = "contacted", expectedVersion = 1, notes = "已电话沟通" });

        var enterprise = await EntriesAsync("enterprise");
        var institute = await EntriesAsync("institute");
        Assert.Equal(2, enterprise.Count);
        Assert.Equal(2, institute.Count);
        var newest = enterprise[0];
        Assert.Equal("pairingMoved", newest["kind"]!.GetValue<string>());
        Assert.Equal(id, newest["pairingId"]!.GetValue<Guid>());
        Assert.Equal("对接进度：已联系", newest["titleZh"]!.GetValue<string>());
        Assert.Equal("Pairing contacted", newest["titleEn"]!.GetValue<string>());
        Assert.Contains("注塑件表面划痕视觉检测", newest["bodyZh"]!.GetValue<string>());
        Assert.Contains("已电话沟通", newest["bodyEn"]!.GetValue<string>());
        Assert.Equal(AllianceHostFactory.Start.AddHours(3), newest["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("对接进度：已确认", enterprise[1]["titleZh"]!.GetValue<string>());
        Assert.Empty(await EntriesAsync("other-enterprise"));
        Assert.Empty(await EntriesAsync("other-institute"));
        Assert.True(await host.Harness.EventuallyPublished<PairingAdvanced>(m => m.PairingId == id && m.To == PairingStatus.Contacted && m.Notes == "已电话沟通"));
    }

    [Fact]
    public async Task The_institute_hears_nothing_of_a_sealed_need_until_its_pairing_is_confirmed()
    {
        var needId = Guid.NewGuid();
        await host.PublishNeedAsync(needId, "模具热变形补偿（保密）", NeedConfidentiality.Sealed);
        var ids = await host.RankAsync(needId, "模具热变形补偿（保密）", AllianceHostFactory.Enterprise, AllianceHostFactory.Institute, AllianceHostFactory.OtherInstitute);

        await host.StepAsync(ids[1], new { to = "rejected", expectedVersion = 0, reason = "方向不符" });
        await host.StepAsync(ids[0], new { to = "confirmed", expectedVersion = 0 });

        Assert.Empty(await EntriesAsync("other-institute"));
        Assert.Contains("模具热变形补偿", Assert.Single(await EntriesAsync("institute"))["bodyZh"]!.GetValue<string>());
        Assert.Equal(2, (await EntriesAsync("enterprise")).Count);
    }

    [Fact]
    public async Task An_entry_marked_read_leaves_the_unread_list_and_another_organisation_cannot_mark_it()
    {
        var id = await host.OnePairingAsync();
        await host.StepAsync(id, new { to = "confirmed", expectedVersion = 0 });
        var entryId = (await EntriesAsync("enterprise"))[0]["id"]!.GetValue<Guid>();

        var byOther = await host.PostAsync("other-enterprise", $"/api/alliance/inbox/{entryId}/read", null);
        var byOwner = await host.PostAsync("enterprise", $"/api/alliance/inbox/{entryId}/read", null);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byOwner.StatusCode);
        Assert.Empty(await EntriesAsync("enterprise", unread: true));
        Assert.True(Assert.Single(await EntriesAsync("enterprise"))["read"]!.GetValue<bool>());
        Assert.Single(await EntriesAsync("institute", unread: true));
    }

    [Fact]
    public async Task The_owning_enterprise_asks_for_contact_and_the_coordinators_hear_of_it()
    {
        var id = await host.OnePairingAsync("锂电池极片毛刺检测");

        var byOther = await host.PostAsync("other-enterprise", $"/api/alliance/pairings/{id}/contact-request", new { notes = "想了解" });
        var byInstitute = await host.PostAsync("institute", $"/api/alliance/pairings/{id}/contact-request", null);
        var byOwner = await host.PostAsync("enterprise", $"/api/alliance/pairings/{id}/contact-request", new { notes = "希望下周约谈" });

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byInstitute.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, byOwner.StatusCode);
        var entry = Assert.Single(await EntriesAsync("second-coordinator"));
        Assert.Equal("contactRequested", entry["kind"]!.GetValue<string>());
        Assert.Equal(id, entry["pairingId"]!.GetValue<Guid>());
        Assert.Contains("希望下周约谈", entry["bodyZh"]!.GetValue<string>());
        Assert.Contains("锂电池极片毛刺检测", entry["bodyEn"]!.GetValue<string>());
        Assert.Empty(await EntriesAsync("enterprise"));
        Assert.True(await host.Harness.EventuallyPublished<ContactRequested>(m => m.PairingId == id && m.RequestedBy == "ent.user"));
    }

    [Fact]
    public async Task A_contact_request_with_overlong_notes_is_refused_with_a_field_error()
    {
        var id = await host.OnePairingAsync();

        var response = await host.PostAsync("enterprise", $"/api/alliance/pairings/{id}/contact-request", new { notes = new string('长', 5_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await AllianceHostFactory.ReadNodeAsync(response))["errors"]!["notes"]);
    }

    private async Task<List<JsonNode>> EntriesAsync(string user, bool unread = false) =>
        [.. (await host.GetAsync(user, $"/api/alliance/inbox{(unread ? "?unread=true" : "")}"))["entries"]!.AsArray().Select(e => e!)];
}
