namespace Huli.Matchmaking.Search;

/// <summary>The token fields of a search document.</summary>
internal enum TokenField
{
    Title,
    Keywords,
    Text,
}

/// <summary>A token field that takes part in scoring, with its weight.</summary>
internal readonly record struct WeightedField(TokenField Field, float Weight)
{
    /// <summary>The fields with a positive weight: a weight of zero or less switches a field off.</summary>
    public static IReadOnlyList<WeightedField> Positive(FieldWeights weights)
    {
        WeightedField[] all =
        [
            new(TokenField.Title, weights.Title),
            new(TokenField.Keywords, weights.Keywords),
            new(TokenField.Text, weights.Text),
        ];
        return all.Where(field => field.Weight > 0).ToList();
    }
}
