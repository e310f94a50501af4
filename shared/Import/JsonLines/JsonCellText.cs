using System.Globalization;
using System.Text.Json;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.JsonLines;

/// <summary>A JSON property value as cell text: scalars as written (numbers in invariant form, integers
/// without ".0"), lists of scalars joined with ";" so that <see cref="Cells.SplitList"/> splits them again.</summary>
internal static class JsonCellText
{
    /// <returns>The cell, and why the value could not be used when it could not.</returns>
    public static (string? Cell, LocalText? Problem) Render(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return (null, new LocalText(
                    "是嵌套对象；请给出单个值或由单个值组成的列表。",
                    "is a nested object; give a plain value or a list of plain values."));
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        var isObject = item.ValueKind == JsonValueKind.Object;
                        return (null, new LocalText(
                            $"是包含{(isObject ? "对象" : "列表")}的列表；请给出由单个值组成的列表。",
                            $"is a list that contains {(isObject ? "an object" : "a list")}; give a list of plain values."));
                    }

                    if (Scalar(item) is { } text)
                    {
                        items.Add(text);
                    }
                }

                return (items.Count == 0 ? null : string.Join(';', items), null);
            default:
                return (Scalar(value), null);
        }
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Cells.Clean(value.GetString()),
        JsonValueKind.Number => Number(value),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Number(JsonElement value)
    {
        if (value.TryGetInt64(out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        if (value.TryGetDecimal(out var number))
        {
            // 6.0 and 6.50 read as 6 and 6.5, like the same numbers typed into Excel.
            return number.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return value.TryGetDouble(out var real) && double.IsFinite(real)
            ? real.ToString("R", CultureInfo.InvariantCulture)
            : value.GetRawText();
    }
}
