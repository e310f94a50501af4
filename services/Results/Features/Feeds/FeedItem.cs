using System.Text.Json;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>One item of a page, read as the API reads a <see cref="ResultInput"/> (same JSON names and enum
/// spellings). An item that cannot be read is the item's problem, not the page's: it is skipped and counted.</summary>
internal static class FeedItem
{
    public static ResultInput? Read(JsonElement item, JsonSerializerOptions json, out LocalText? problem)
    {
        ResultInput? input;
        try
        {
            input = item.Deserialize<ResultInput>(json);
        }
        catch (JsonException e)
        {
            // The parser's own wording, in English only.
            problem = new LocalText(e.Message, e.Message);
            return null;
        }

        // The external id is what makes a feed idempotent: without it a re-sent page would list a second copy.
        if (string.IsNullOrWhiteSpace(input?.ExternalId))
        {
            problem = new LocalText("externalId：数据源的条目必须有。", "externalId: Required for feed items.");
            return null;
        }

        problem = null;
        return input;
    }

    public static LocalText Describe(FieldErrors errors)
    {
        var each = errors.Each().ToList();
        return new LocalText(
            string.Join("；", each.Select(e => $"{e.Field}：{e.Message.Chinese}")),
            string.Join("; ", each.Select(e => $"{e.Field}: {e.Message.English}")));
    }
}
