using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>How events are written into the outbox and onto the bus: web defaults, with Chinese written as it is
/// rather than as \uXXXX escapes, which made a Chinese abstract twice as long to store, read and parse. HTML's
/// special characters are still escaped; nothing renders these bodies as HTML anyway.</summary>
internal static class OutboxJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web) { Encoder = Encoder };
}
