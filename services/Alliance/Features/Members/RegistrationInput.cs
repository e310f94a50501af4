using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

public sealed record ContactInput(string? Name, string? Email, string? Phone);

/// <summary>A member organisation as a member admin or coordinator registers it.</summary>
public sealed record RegistrationInput(
    string? Name,
    string? Kind,
    IReadOnlyList<ContactInput>? Contacts,
    SubscriptionInput? Subscription,
    string? Delivery,
    string? WebhookUrl)
{
    /// <summary>The member to register, or null with the reasons in <paramref name="errors"/>.</summary>
    public Member? Read(FieldErrors errors, bool busDeliveryAvailable, bool allowPrivateNetworks)
    {
        errors.RequireText("name", Name, MemberLimits.Name);
        var kind = RequiredChoice<MemberKind>(errors, "kind", Kind);
        var delivery = RequiredChoice<MemberDeliveryChannel>(errors, "delivery", Delivery);
        if (delivery == MemberDeliveryChannel.Bus && !busDeliveryAvailable)
        {
            errors.Add("delivery", new LocalText("本系统以嵌入模式运行，没有成员消息总线；请改用 Webhook 登记。", "This installation runs without a member broker (embedded profile); register a webhook instead."));
        }

        if (delivery == MemberDeliveryChannel.Webhook)
        {
            WebhookAddress.Check(errors, "webhookUrl", WebhookUrl, allowPrivateNetworks);
        }
        else if (WebhookUrl is not null)
        {
            errors.Add("webhookUrl", new LocalText("只有 Webhook 成员才填写 Webhook 地址。", "Only a webhook member has a webhook URL."));
        }

        var contacts = ReadContacts(errors);
        if (Subscription is null)
        {
            errors.Add("subscription", new LocalText("必填。", "Required."));
        }

        var subscription = Subscription?.Read(errors, "subscription");
        if (errors.Any)
        {
            return null;
        }

        return new Member
        {
            Code = "",
            Name = Name!.Trim(),
            Kind = kind!.Value,
            Contacts = contacts,
            Subscription = subscription!,
            Delivery = delivery!.Value,
            WebhookUrl = WebhookUrl?.Trim(),
            RegisteredBy = "",
        };
    }

    private List<MemberContact> ReadContacts(FieldErrors errors)
    {
        var contacts = Contacts ?? [];
        if (contacts.Count > MemberLimits.Contacts)
        {
            errors.Add("contacts", new LocalText($"联系人最多 {MemberLimits.Contacts} 位。", $"At most {MemberLimits.Contacts} contacts."));
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            var field = $"contacts[{i}]";
            errors.RequireText($"{field}.name", contacts[i].Name, MemberLimits.ContactText)
                .Email($"{field}.email", contacts[i].Email)
                .Phone($"{field}.phone", contacts[i].Phone);
        }

        return [.. contacts.Select(c => new MemberContact { Name = c.Name?.Trim() ?? "", Email = c.Email?.Trim(), Phone = c.Phone?.Trim() })];
    }

    private static TEnum? RequiredChoice<TEnum>(FieldErrors errors, string field, string? text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, new LocalText("必填。", "Required."));
            return null;
        }

        return errors.Choice<TEnum>(field, text);
    }
}
