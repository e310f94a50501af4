using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

/// <summary>Compares JSON as parsed values, never as text: the client escapes Chinese as \uXXXX and may order or
/// format differently from the expectation.</summary>
internal static class JsonAssert
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Equal(string expected, byte[]? actual)
    {
        Assert.NotNull(actual);
        AssertEqual(JsonNode.Parse(expected), JsonNode.Parse(actual));
    }

    /// <summary>An NDJSON body (bulk): one JSON value per line, in order, ending with a newline.</summary>
    public static void NdjsonEqual(IReadOnlyList<string> expectedLines, byte[]? actual)
    {
        Assert.NotNull(actual);
        var text = Encoding.UTF8.GetString(actual);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);

        var actualLines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedLines.Count, actualLines.Length);
        for (var i = 0; i < expectedLines.Count; i++)
        {
            AssertEqual(JsonNode.Parse(expectedLines[i]), JsonNode.Parse(actualLines[i]));
        }
    }

    private static void AssertEqual(JsonNode? expected, JsonNode? actual)
    {
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.\nExpected:\n{expected?.ToJsonString(Readable)}\nActual:\n{actual?.ToJsonString(Readable)}");
    }
}
