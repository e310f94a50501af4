using System.Text.Json;
using Huli.Matchmaking.Results.Features.Publishing;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>One item of a page, read as the API reads a <see cref="ResultInput"/> (same JSON names and enum
/// spellings). An item that cannot be read is the item's problem, not the page's: it is skipped and counted.</summary>
internal static class FeedItem
{
    public static ResultInput? Read(JsonElement item, JsonSerializerOptions json, out string? problem)
    {
        ResultInput? input;
        try
        {
            input = item.Deserialize<ResultInput>(json);
        }
        catch (JsonException e)
        {
            problem = e.Message;
            return null;
        }

        // The external id is what makes a feed idempotent: without it a re-sent page would list a second copy.
        if (string.IsNullOrWhiteSpace(input?.ExternalId))
        {
            problem = "externalId: Required for feed items.";
            return null;
        }

        problem = null;
        return input;
    }

    public static string Describe(IDictionary<string, string[]> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
