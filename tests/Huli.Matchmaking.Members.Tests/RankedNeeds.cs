using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A need published and ranked on the Alliance's bus, as the Needs and Matcher services would do it.</summary>
internal static class RankedNeeds
{
    public const string Enterprise = "厦门鑫宏泰精密塑胶有限公司";

    public static readonly RankedResult VisionSystem = new(Guid.CreateVersion7(), "基于深度学习的机器视觉检测系统", "厦门理工学院", 1, 0.92, ["检测"]);

    /// <summary>Publishes the need, waits until the Alliance has recorded it (so its confidentiality is known),
    /// then publishes its ranking.</summary>
    public static async Task<Guid> PublishAsync(
        AllianceHostFactory host, string title, string field, NeedConfidentiality confidentiality = NeedConfidentiality.Public, RankedResult? result = null)
    {
        var needId = Guid.CreateVersion7();
        var bus = host.Services.GetRequiredService<IBus>();
        var now = DateTimeOffset.UtcNow;
        await bus.Publish(new NeedPublished(
            needId, 1, title, title, [], [field], Enterprise, confidentiality, now,
            TrlMin: 5, TrlMax: 7, CooperationModes: [CooperationMode.JointDevelopment], Region: "湖里区"));
        await Eventually.TrueAsync(() => KnownAsync(host, needId), "the Alliance to record the need");
        await bus.Publish(new PairingsRanked(needId, title, Enterprise, [field], 1, [result ?? VisionSystem], now));
        return needId;
    }

    private static async Task<bool> KnownAsync(AllianceHostFactory host, Guid needId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        return await db.MemberNeeds.FindAsync(needId) is not null;
    }
}
