using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>How a webhook post is signed: HMAC-SHA256 with the member's secret over "&lt;timestamp&gt;.&lt;body&gt;",
/// hex in <see cref="SignatureHeader"/> as "sha256=&lt;hex&gt;". Signing the timestamp lets a receiver refuse an old
/// post replayed by someone who captured it.</summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Huli-Signature";
    public const string TimestampHeader = "X-Huli-Timestamp";
    public const string DeliveryHeader = "X-Huli-Delivery";

    public static string Sign(string secret, DateTimeOffset at, string body, out string timestamp)
    {
        timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
