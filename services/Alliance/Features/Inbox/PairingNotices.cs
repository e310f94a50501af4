using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Features.Inbox;

/// <summary>The inbox entries the workflow writes, in Chinese and English.</summary>
public static class PairingNotices
{
    /// <summary>The enterprise and the institute of the pairing hear of every step; the institute only once it
    /// may see the need, since the notice names it (a sealed need rejected unseen stays unseen).</summary>
    public static IEnumerable<InboxEntry> Moved(Pairing pairing, PairingStep step, bool instituteMaySeeNeed)
    {
        var titleZh = $"对接进度：{StatusNames.Chinese(step.To)}";
        var titleEn = $"Pairing {StatusNames.English(step.To)}";
        var bodyZh = $"需求「{pairing.NeedTitle}」与成果「{pairing.ResultTitle}」的对接由{StatusNames.Chinese(step.From)}变为{StatusNames.Chinese(step.To)}。";
        var bodyEn = $"The pairing of need \"{pairing.NeedTitle}\" and result \"{pairing.ResultTitle}\" moved from {StatusNames.English(step.From)} to {StatusNames.English(step.To)}.";
        if (!string.IsNullOrWhiteSpace(step.Notes))
        {
            bodyZh += $" 备注：{step.Notes}";
            bodyEn += $" Notes: {step.Notes}";
        }

        return (instituteMaySeeNeed ? new[] { pairing.Enterprise, pairing.Institute } : [pairing.Enterprise])
            .Distinct()
            .Select(recipient => Entry(recipient, InboxKind.PairingMoved, pairing, step.At, titleZh, titleEn, bodyZh, bodyEn));
    }

    public static InboxEntry ContactRequested(Pairing pairing, string by, string? notes, DateTimeOffset at)
    {
        var bodyZh = $"{pairing.Enterprise}（{by}）请求联系成果「{pairing.ResultTitle}」（{pairing.Institute}），需求「{pairing.NeedTitle}」。";
        var bodyEn = $"{pairing.Enterprise} ({by}) asks to be put in touch about result \"{pairing.ResultTitle}\" ({pairing.Institute}) for need \"{pairing.NeedTitle}\".";
        if (!string.IsNullOrWhiteSpace(notes))
        {
            bodyZh += $" 备注：{notes}";
            bodyEn += $" Notes: {notes}";
        }

        return Entry(InboxEntry.Coordinators, InboxKind.ContactRequested, pairing, at, "企业请求对接联系", "Contact requested", bodyZh, bodyEn);
    }

    public static InboxEntry Flagged(Pairing pairing, TimeSpan limit, DateTimeOffset at)
    {
        var days = (int)Math.Round(limit.TotalDays);
        var lastBy = pairing.DecidedBy is null ? "" : $"（最近处理：{pairing.DecidedBy}）";
        var lastByEn = pairing.DecidedBy is null ? "" : $" (last handled by {pairing.DecidedBy})";
        return Entry(
            InboxEntry.Coordinators,
            InboxKind.PairingFlagged,
            pairing,
            at,
            $"对接停滞：{StatusNames.Chinese(pairing.Status)}超过{days}天",
            $"Pairing stalled: {StatusNames.English(pairing.Status)} for over {days} days",
            $"需求「{pairing.NeedTitle}」与成果「{pairing.ResultTitle}」的对接处于{StatusNames.Chinese(pairing.Status)}已超过{days}天{lastBy}。",
            $"The pairing of need \"{pairing.NeedTitle}\" and result \"{pairing.ResultTitle}\" has been {StatusNames.English(pairing.Status)} for over {days} days{lastByEn}.");
    }

    private static InboxEntry Entry(
        string recipient, InboxKind kind, Pairing pairing, DateTimeOffset at, string titleZh, string titleEn, string bodyZh, string bodyEn) => new()
    {
        Id = Guid.CreateVersion7(at),
        Recipient = recipient,
        Kind = kind,
        PairingId = pairing.Id,
        At = at,
        TitleZh = titleZh,
        TitleEn = titleEn,
        BodyZh = bodyZh,
        BodyEn = bodyEn,
    };
}
