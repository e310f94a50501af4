namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Collects field errors for a validation problem. Field names are the JSON names the caller sent.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
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
            return Add(field, "Required.");
        }

        return value.Length > maxLength ? Add(field, $"At most {maxLength:N0} characters; this has {value.Length:N0}.") : this;
    }

    public FieldErrors LimitText(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? Add(field, $"At most {maxLength:N0} characters; this has {value.Length:N0}.") : this;

    public FieldErrors LimitList(string field, IReadOnlyList<string>? values, int maxCount, int maxItemLength)
    {
        if (values is null)
        {
            return this;
        }

        if (values.Count > maxCount)
        {
            Add(field, $"At most {maxCount} entries.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]) || values[i].Length > maxItemLength)
            {
                Add($"{field}[{i}]", $"Each entry must be 1 to {maxItemLength} characters.");
            }
        }

        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
