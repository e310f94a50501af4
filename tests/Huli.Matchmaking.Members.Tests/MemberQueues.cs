using System.Text.Json;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A bus member's queue read as the member reads it: with its own login.</summary>
internal static class MemberQueues
{
    /// <summary>Waits for <paramref name="count"/> notices on the member's queue, read with its own login.</summary>
    public static async Task<List<MemberPairingNotice>> ReceiveAsync(BusMember member, int count)
    {
        var notices = new List<MemberPairingNotice>();
        await Eventually.TrueAsync(
            async () =>
            {
                notices.AddRange(await DrainAsync(member));
                return notices.Count >= count;
            },
            $"{count} notices on {member.Queue}");
        return notices;
    }

    public static async Task<List<MemberPairingNotice>> DrainAsync(BusMember member)
    {
        await using var connection = await Broker.ConnectAsAsync(member);
        await using var channel = await connection.CreateChannelAsync();
        var notices = new List<MemberPairingNotice>();
        while (await channel.BasicGetAsync(member.Queue, autoAck: true) is { } delivery)
        {
            // MassTransit's envelope: the notice is its "message" property.
            var envelope = JsonDocument.Parse(delivery.Body.ToArray()).RootElement;
            notices.Add(envelope.GetProperty("message").Deserialize<MemberPairingNotice>(JsonSerializerOptions.Web)!);
        }

        return notices;
    }
}
