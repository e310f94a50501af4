using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huli.Matchmaking.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using static Huli.Matchmaking.Members.Tests.MemberQueues;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>Member routing on the real broker: each member's own user reads its own queue, which the broker
/// fills with its subscribed fields only; the broker refuses everything else.</summary>
public sealed class BrokerRoutingTests : OnTheBroker
{
    private const int AccessRefused = 403;

    [Fact]
    public async Task A_member_reads_only_its_fields_and_only_its_own_queue()
    {
        var admin = Host.ClientFor("member-admin");
        var equipment = await BusMember.RegisterAsync(admin, "厦门市智能装备产业联盟", "smart-equipment");
        var software = await BusMember.RegisterAsync(admin, "厦门软件行业协会", "software");

        var equipmentNeed = await RankedNeeds.PublishAsync(Host, "注塑件表面缺陷在线检测", "smart-equipment");
        var softwareNeed = await RankedNeeds.PublishAsync(Host, "供应链协同排产软件", "software");

        var softwareNotices = await ReceiveAsync(software, 1);
        Assert.Equal(softwareNeed, Assert.Single(softwareNotices).NeedId);

        // The software need has reached the broker's routing by now, so its absence below is the broker's doing.
        var equipmentNotices = await ReceiveAsync(equipment, 1);
        var notice = Assert.Single(equipmentNotices);
        Assert.Equal(equipmentNeed, notice.NeedId);
        Assert.Equal(equipment.Code, notice.MemberCode);
        Assert.Equal("smart-equipment", notice.Field);
        Assert.Equal($"ranked:{equipmentNeed}:1", notice.Key);
        Assert.Equal("注塑件表面缺陷在线检测", notice.NeedTitle);
        Assert.Empty(await DrainAsync(equipment));

        await using var asSoftware = await Broker.ConnectAsAsync(software.User, software.Password);
        await using var channel = await asSoftware.CreateChannelAsync();
        var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.BasicGetAsync(equipment.Queue, autoAck: true));
        Assert.Equal(AccessRefused, refused.ShutdownReason!.ReplyCode);
    }

    [Fact]
    public async Task A_member_cannot_publish_into_the_systems_exchanges()
    {
        var member = await BusMember.RegisterAsync(Host.ClientFor("coordinator"), "厦门新能源检测中心", "new-energy");
        await using var connection = await Broker.ConnectAsAsync(member.User, member.Password);

        // The members' exchange, a contract's exchange, and the default exchange (straight into any queue).
        foreach (var exchange in new[] { Broker.Exchange, "Huli.Matchmaking.Contracts:PairingsRanked", "" })
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.BasicPublishAsync(exchange, $"new-energy.{member.Code}", Encoding.UTF8.GetBytes("{}"));

            // A refused publish closes the channel asynchronously; the next call on it reports why.
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => channel.QueueDeclarePassiveAsync(member.Queue));
            Assert.True(refused is OperationInterruptedException or AlreadyClosedException, refused.ToString());
            Assert.Equal(AccessRefused, channel.CloseReason!.ReplyCode);
        }
    }

    [Fact]
    public async Task A_bus_member_is_not_registered_while_the_management_api_cannot_be_reached()
    {
        // Port 1 on loopback: nothing listens, so the management API is refused at once.
        var settings = new Dictionary<string, string?>(Broker.AllianceSettings) { ["Huli:Members:ManagementUrl"] = "http://127.0.0.1:1" };
        await using var unreachable = new AllianceHostFactory(settings);
        var admin = unreachable.ClientFor("member-admin");

        var response = await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Bus("厦门科技金融服务中心", "software"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, (await (await admin.GetAsync("/api/alliance/members")).ReadJsonAsync()).GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task A_sealed_need_reaches_members_without_its_title_and_its_confirmation_follows()
    {
        var admin = Host.ClientFor("member-admin");
        var member = await BusMember.RegisterAsync(admin, "厦门医疗器械检验检测中心", "medical-devices");
        var needId = await RankedNeeds.PublishAsync(Host, "新一代血糖仪微流控芯片", "medical-devices", NeedConfidentiality.Sealed);
        var ranked = Assert.Single(await ReceiveAsync(member, 1));
        Assert.Equal(MemberNoticeKind.Ranked, ranked.Kind);
        Assert.Null(ranked.NeedTitle);
        Assert.Null(ranked.Enterprise);

        var coordinator = Host.ClientFor("coordinator");
        var pairingId = Guid.Empty;
        await Eventually.TrueAsync(
            async () =>
            {
                var pairings = (await (await coordinator.GetAsync($"/api/alliance/pairings?needId={needId}")).ReadJsonAsync()).GetProperty("pairings");
                pairingId = pairings.GetArrayLength() > 0 ? pairings[0].GetProperty("id").GetGuid() : Guid.Empty;
                return pairingId != Guid.Empty;
            },
            "the Alliance to propose the pairing");
        Assert.True((await coordinator.PostAsync($"/api/alliance/pairings/{pairingId}/confirm", null)).IsSuccessStatusCode);

        var confirmed = Assert.Single(await ReceiveAsync(member, 1));
        Assert.Equal(MemberNoticeKind.Confirmed, confirmed.Kind);
        Assert.Equal(pairingId, confirmed.PairingId);
        Assert.Null(confirmed.NeedTitle);
        Assert.Equal("基于深度学习的机器视觉检测系统", Assert.Single(confirmed.Results).ResultTitle);
    }

    [Fact]
    public async Task A_changed_subscription_rebinds_the_members_queue()
    {
        var admin = Host.ClientFor("member-admin");
        var member = await BusMember.RegisterAsync(admin, "厦门新材料产业创新平台", "new-materials");
        var changed = await admin.PutAsJsonAsync($"/api/alliance/members/{member.Id}/subscription", new { fields = new[] { "new-energy" } });
        Assert.True(changed.IsSuccessStatusCode);

        var materials = await RankedNeeds.PublishAsync(Host, "高导热复合材料", "new-materials");
        var energy = await RankedNeeds.PublishAsync(Host, "储能电池热管理", "new-energy");

        Assert.Equal(energy, Assert.Single(await ReceiveAsync(member, 1)).NeedId);
        Assert.DoesNotContain(await DrainAsync(member), n => n.NeedId == materials);
    }
}
