using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huli.Matchmaking.Alliance.Features.Members;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using static Huli.Matchmaking.Members.Tests.MemberQueues;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A suspended bus member on the real broker: cut off at once, its queue left unbound, and back with
/// the same password once reinstated.</summary>
public sealed class SuspensionOnTheBrokerTests : OnTheBroker
{
    private const string Field = "software";

    [Fact]
    public async Task A_suspended_member_is_cut_off_and_hears_again_with_the_same_password_once_reinstated()
    {
        var admin = Host.ClientFor("member-admin");
        var member = await BusMember.RegisterAsync(admin, "厦门软件行业协会", Field);
        var witness = await BusMember.RegisterAsync(admin, "厦门软件园创新服务平台", Field);

        // The member's client, connected before the suspension as a running one would be.
        await using var running = await Broker.ConnectAsAsync(member.User, member.Password);
        await using var reading = await running.CreateChannelAsync();
        Assert.Equal(0u, (await reading.QueueDeclarePassiveAsync(member.Queue)).MessageCount);

        var suspended = await admin.PostAsJsonAsync($"/api/alliance/members/{member.Id}/suspend", new { reason = "已退出联盟", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(!running.IsOpen), "the member's open connection to be closed");
        // Refused at the connection or, when the client opens it before the broker's answer, at its first channel.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => DrainAsync(member));
        Assert.Contains($"access to vhost '{Host.Services.GetRequiredService<MemberBrokerNames>().VirtualHost}' refused", refused.ToString());

        var whileAway = await RankedNeeds.PublishAsync(Host, "供应链协同排产软件", Field);
        Assert.Contains(await ReceiveAsync(witness, 1), n => n.NeedId == whileAway);
        await PublishOnMembersExchangeAsync($"{Field}.{member.Code}");

        var reinstated = await admin.PostAsJsonAsync($"/api/alliance/members/{member.Id}/reinstate", new { expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        // Nothing routed while it was away waits in its queue: the queue was unbound, not only unread.
        Assert.Empty(await DrainAsync(member));

        var afterwards = await RankedNeeds.PublishAsync(Host, "企业资源计划系统实施", Field);
        Assert.Equal(afterwards, Assert.Single(await ReceiveAsync(member, 1)).NeedId);
    }

    [Fact]
    public async Task A_member_is_not_suspended_while_the_management_api_cannot_be_reached()
    {
        var member = await BusMember.RegisterAsync(Host.ClientFor("member-admin"), "厦门科技金融服务中心", Field);
        // The same database, with the management API on port 1 of loopback, where nothing listens.
        var settings = new Dictionary<string, string?>(Broker.AllianceSettings) { ["Huli:Members:ManagementUrl"] = "http://127.0.0.1:1" };
        await using var unreachable = new AllianceHostFactory(settings);
        var admin = unreachable.ClientFor("member-admin");

        var response = await admin.PostAsJsonAsync($"/api/alliance/members/{member.Id}/suspend", new { reason = "已退出联盟" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("nothing was changed", (await response.ReadJsonAsync()).GetProperty("title").GetString());
        Assert.Equal("active", (await (await admin.GetAsync($"/api/alliance/members/{member.Id}")).ReadJsonAsync()).GetProperty("status").GetString());
        await using var stillIn = await Broker.ConnectAsAsync(member.User, member.Password);
        Assert.True(stillIn.IsOpen);
    }

    /// <summary>Publishes straight onto the members' exchange with the system's login, as routing would.</summary>
    private async Task PublishOnMembersExchangeAsync(string routingKey)
    {
        await using var system = await new ConnectionFactory { Uri = new Uri(Broker.RabbitMqUrl) }.CreateConnectionAsync();
        await using var channel = await system.CreateChannelAsync();
        await channel.BasicPublishAsync(Broker.Exchange, routingKey, Encoding.UTF8.GetBytes("""{"message":{}}"""));
    }
}
