using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

/// <summary>A step a coordinator asks for: <c>POST /pairings/{id}/steps</c>. Without <see cref="ExpectedVersion"/>
/// (confirm and reject may leave it out) the move still cannot overwrite a concurrent one.</summary>
public sealed record PairingMove(PairingStatus? To, int? ExpectedVersion, string? Notes, ContractInput? Contract, string? Reason)
{
    public FieldErrors Validate(bool versionRequired)
    {
        var errors = new FieldErrors().LimitText("notes", Notes, PairingLimits.Notes).LimitText("reason", Reason, PairingLimits.Reason);
        if (To is null)
        {
            errors.Add("to", new LocalText("必填：要转到的状态。", "Required: the state to move to."));
        }

        if (versionRequired && ExpectedVersion is null)
        {
            errors.Add("expectedVersion", new LocalText(
                "必填：您看到的版本号，以免覆盖他人同时进行的操作。",
                "Required: the version you saw, so a concurrent move is not overwritten."));
        }

        if (To is PairingStatus.Closed or PairingStatus.Rejected && string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("reason", new LocalText("关闭或拒绝时必填。", "Required when closing or rejecting."));
        }

        if (To == PairingStatus.ContractSigned)
        {
            if (Contract is null)
            {
                errors.Add("contract", new LocalText(
                    "转为 contractSigned 时必填：{ amount（万元）, type }。",
                    "Required for contractSigned: { amount (万元), type }."));
            }
            else
            {
                Contract.Validate(errors);
            }
        }

        return errors;
    }
}

/// <summary>The contract signed: amount in 万元, and one of the cooperation modes.</summary>
public sealed record ContractInput(decimal? Amount, CooperationMode? Type)
{
    public void Validate(FieldErrors errors)
    {
        if (Amount is not { } amount || amount <= 0 || amount > PairingLimits.ContractAmount)
        {
            errors.Add("contract.amount", new LocalText(
                $"必填：大于 0 且不超过 {PairingLimits.ContractAmount:N0} 万元。",
                $"Required: more than 0 and at most {PairingLimits.ContractAmount:N0} 万元."));
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors.Add("contract.amount", new LocalText("最多两位小数：万元精确到百元。", "At most two decimals: 万元 to the hundred yuan."));
        }

        if (Type is null)
        {
            errors.Add("contract.type", new LocalText(
                "必填：transfer、licensing、jointDevelopment、technicalService 或 equity。",
                "Required: transfer, licensing, jointDevelopment, technicalService or equity."));
        }
    }
}
