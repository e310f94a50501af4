using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

public static class WebhookAddress
{
    /// <summary>An absolute http(s) URL without credentials in it: the secret signs the posts, and a password in
    /// the URL would end up in logs.</summary>
    public static FieldErrors Check(FieldErrors errors, string field, string? url, bool allowPrivateNetworks)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return errors.Add(field, new LocalText("Webhook 成员须填写接收投递的地址。", "A webhook member needs the URL its deliveries are posted to."));
        }

        if (url.Length > MemberLimits.Url
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0)
        {
            return errors.Add(field, new LocalText("不是完整的 http 或 https 地址（例如 https://example.org/huli/pairings，且不能含用户名或密码）。", "Not an absolute http or https URL such as https://example.org/huli/pairings (no user or password in it)."));
        }

        return !allowPrivateNetworks && WebhookNetwork.NamesPrivateHost(uri)
            ? errors.Add(field, new LocalText("Webhook 地址必须可从互联网访问；本机回环地址和内网地址不予接受。", "A webhook must be reachable on the internet; loopback and private addresses are refused."))
            : errors;
    }
}
