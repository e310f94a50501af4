using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Why a member is suspended, and the version of it the member admin read.</summary>
public sealed record SuspensionInput(string? Reason, int? ExpectedVersion)
{
    /// <summary>The trimmed reason, or null with the reason it is refused in <paramref name="errors"/>.</summary>
    public string? Read(FieldErrors errors)
    {
        errors.RequireText("reason", Reason?.Trim(), MemberLimits.SuspendReason);
        return errors.Any ? null : Reason!.Trim();
    }
}

public sealed record ReinstatementInput(int? ExpectedVersion);
