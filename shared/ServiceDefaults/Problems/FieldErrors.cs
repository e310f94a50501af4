using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Collects field errors for a validation problem. Field names are the JSON names the caller sent;
/// the messages keep both languages until the response is written in the request's.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<LocalText>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, LocalText message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public FieldErrors RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, new LocalText("必填。", "Required."));
        }

        return LimitText(field, value, maxLength);
    }

    public FieldErrors LimitText(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength
            ? Add(field, new LocalText(
                $"最多 {maxLength:N0} 个字符，当前 {value.Length:N0} 个。",
                $"At most {maxLength:N0} characters; this has {value.Length:N0}."))
            : this;

    public FieldErrors LimitList(string field, IReadOnlyList<string>? values, int maxCount, int maxItemLength)
    {
        if (values is null)
        {
            return this;
        }

        if (values.Count > maxCount)
        {
            Add(field, new LocalText($"最多 {maxCount} 项。", $"At most {maxCount} entries."));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]) || values[i].Length > maxItemLength)
            {
                Add($"{field}[{i}]", new LocalText($"每项须为 1 到 {maxItemLength} 个字符。", $"Each entry must be 1 to {maxItemLength} characters."));
            }
        }

        return this;
    }

    /// <summary>Each message with its field, still in both languages (an import row reports them later).</summary>
    public IEnumerable<(string Field, LocalText Message)> Each() =>
        errors.SelectMany(e => e.Value.Select(message => (e.Key, message)));

    /// <summary>The messages in the current (the request's) language.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.ToString()).ToArray());
}
