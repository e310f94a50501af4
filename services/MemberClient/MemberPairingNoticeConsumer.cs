using System.Globalization;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.MemberClient;

/// <summary>Prints each pairing the alliance hands the member, in Chinese and English.</summary>
public sealed class MemberPairingNoticeConsumer(TextWriter output) : IConsumer<MemberPairingNotice>
{
    public async Task Consume(ConsumeContext<MemberPairingNotice> context)
    {
        var notice = context.Message;
        var lines = new List<string>
        {
            notice.Kind == MemberNoticeKind.Confirmed
                ? $"[已确认 Confirmed] {notice.At:yyyy-MM-dd HH:mm} 领域 field: {notice.Field}"
                : $"[新排序 Ranked] {notice.At:yyyy-MM-dd HH:mm} 领域 field: {notice.Field}",
            notice.NeedTitle is null
                ? $"  需求 Need {notice.NeedId}: 保密需求，标题不公开 / sealed need, title withheld"
                : $"  需求 Need: {notice.NeedTitle} ({notice.Enterprise})",
        };
        foreach (var result in notice.Results)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {result.Rank}. {result.ResultTitle} — {result.Institute} (得分 score {result.Score:0.00})"));
            foreach (var reason in result.Reasons ?? [])
            {
                lines.Add($"     理由 {reason.Chinese} / Reason: {reason.English}");
            }
        }

        // One write per notice, so notices from concurrent deliveries never interleave.
        await output.WriteAsync(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        await output.FlushAsync();
    }
}
