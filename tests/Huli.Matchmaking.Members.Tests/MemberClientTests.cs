using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.MemberClient;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The member client as a member runs it: MassTransit on the real broker with only the member's own
/// login, consuming its queue and printing each pairing in Chinese and English.</summary>
public sealed class MemberClientTests : OnTheBroker
{
    [Fact]
    public async Task The_member_client_prints_the_pairings_of_its_fields_with_the_members_own_login()
    {
        var member = await BusMember.RegisterAsync(Host.ClientFor("member-admin"), "厦门集成电路产业协会", "integrated-circuits");
        var output = new StringWriter();
        var client = MemberBus.Create(new MemberLogin(Broker.Address, member.User, member.Password, member.Queue), TextWriter.Synchronized(output));
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(Eventually.LimitSeconds));
        await client.StartAsync(starting.Token);
        try
        {
            RankedResult result = new(Guid.CreateVersion7(), "功率器件热循环可靠性评估方法", "厦门大学电子科学与技术学院", 1, 0.87, ["封装", "可靠性"],
                [new RankingReason("title-bm25", 0.41, "标题与需求高度相关", "The title closely matches the need")]);
            await RankedNeeds.PublishAsync(Host, "车规级功率芯片封装可靠性测试", "integrated-circuits", result: result);

            await Eventually.TrueAsync(() => Task.FromResult(output.ToString().Contains("理由 标题与需求高度相关")), "the client to print the pairing");
            var printed = output.ToString();
            Assert.Contains("[新排序 Ranked]", printed);
            Assert.Contains("integrated-circuits", printed);
            Assert.Contains("1. 功率器件热循环可靠性评估方法 — 厦门大学电子科学与技术学院 (得分 score 0.87)", printed);
            Assert.Contains("Reason: The title closely matches the need", printed);
        }
        finally
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.StopAsync(stopping.Token);
        }
    }

    [Theory]
    [InlineData(new[] { "--user", "huli-member-m1" }, "--broker is required")]
    [InlineData(new[] { "--broker", "http://127.0.0.1/huli", "--user", "huli-member-m1" }, "is not an amqp:// address")]
    [InlineData(new[] { "--broker", "amqp://127.0.0.1/huli", "--user" }, "--user is required")]
    public void A_login_without_what_it_needs_is_refused_with_the_reason(string[] args, string reason)
    {
        Assert.Null(MemberLogin.Read(args, _ => "secret", out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void The_queue_defaults_to_the_user_and_the_password_comes_from_the_environment()
    {
        var login = MemberLogin.Read(["--broker", "amqp://127.0.0.1:5672/huli", "--user", "huli-member-m1"], v => v == MemberLogin.PasswordVariable ? "secret" : null, out _);
        Assert.Equal(new MemberLogin(new Uri("amqp://127.0.0.1:5672/huli"), "huli-member-m1", "secret", "huli-member-m1"), login);
        Assert.Null(MemberLogin.Read(["--broker", "amqp://127.0.0.1:5672/huli", "--user", "huli-member-m1"], _ => null, out var problem));
        Assert.Contains(MemberLogin.PasswordVariable, problem);
    }
}
