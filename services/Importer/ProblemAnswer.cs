using System.Text.Json;

namespace Huli.Matchmaking.Importer;

/// <summary>The reason a problem-details answer gives, in one line: its title, then any field errors.</summary>
internal static class ProblemAnswer
{
    public static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            var parts = new List<string>();
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                parts.Add(title.GetString()!);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(errors.EnumerateObject()
                    .Where(field => field.Value.ValueKind == JsonValueKind.Array)
                    .Select(field => $"{field.Name}: {string.Join(" ", field.Value.EnumerateArray().Select(message => message.ToString()))}"));
            }

            return parts.Count > 0 ? string.Join(" ", parts) : body;
        }
        catch (JsonException)
        {
            return body.Length > 0 ? body : $"no reason given ({(int)response.StatusCode})";
        }
    }
}
