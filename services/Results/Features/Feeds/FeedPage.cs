using System.Text.Json;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>One page of a feed: <c>{"items":[{...}], "next": "&lt;cursor&gt;", "hasMore": true|false}</c>.
/// The whole page is checked before any item is listed, so a page that is garbage half-way lists nothing.</summary>
public sealed record FeedPage(IReadOnlyList<JsonElement> Items, string? Next, bool HasMore)
{
    /// <param name="body">The response body.</param>
    /// <param name="since">The cursor the page was asked for; a page that has more must move past it, or the
    /// connector would ask for the same page for ever.</param>
    public static FeedPage Parse(byte[] body, string? since)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new MalformedFeedPageException(new LocalText($"该页不是 JSON：{e.Message}", $"The page is not JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedFeedPageException(new LocalText($"该页是 JSON {root.ValueKind}，不是对象。", $"The page is a JSON {root.ValueKind}, not an object."));
            }

            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedFeedPageException(new LocalText("该页没有 \"items\" 数组。", "The page has no \"items\" array."));
            }

            var list = new List<JsonElement>(items.GetArrayLength());
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new MalformedFeedPageException(new LocalText(
                        $"该页第 {list.Count + 1} 项是 JSON {item.ValueKind}，不是对象。", $"Item {list.Count + 1} of the page is a JSON {item.ValueKind}, not an object."));
                }

                list.Add(item.Clone());
            }

            var next = ReadNext(root);
            var hasMore = ReadHasMore(root);
            if (hasMore && (next is null || next == since))
            {
                throw new MalformedFeedPageException(new LocalText(
                    "该页表示还有后续，却没有给出新的 \"next\" 游标。", "The page says it has more but gives no new \"next\" cursor."));
            }

            return new FeedPage(list, next, hasMore);
        }
    }

    /// <summary>The cursor is opaque: a string, or a number kept exactly as written.</summary>
    private static string? ReadNext(JsonElement root)
    {
        if (!root.TryGetProperty("next", out var next))
        {
            return null;
        }

        return next.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String when next.GetString() is { Length: > 0 } text => text,
            JsonValueKind.String => null,
            JsonValueKind.Number => next.GetRawText(),
            _ => throw new MalformedFeedPageException(new LocalText(
                $"\"next\" 是 JSON {next.ValueKind}；游标应为字符串或数字。", $"\"next\" is a JSON {next.ValueKind}; a cursor is a string or a number.")),
        };
    }

    private static bool ReadHasMore(JsonElement root)
    {
        if (!root.TryGetProperty("hasMore", out var hasMore))
        {
            return false;
        }

        return hasMore.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new MalformedFeedPageException(new LocalText(
                $"\"hasMore\" 是 JSON {hasMore.ValueKind}，不是 true 或 false。", $"\"hasMore\" is a JSON {hasMore.ValueKind}, not true or false.")),
        };
    }
}
