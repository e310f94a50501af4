using System.Collections.Frozen;
using System.Text.Json;

namespace Huli.Matchmaking.Sorting.Taxonomy;

/// <summary>
/// The industry fields records are filed under: the district's key industrial chains and the national high-tech
/// fields they map to, read from Sorting/industry-fields.json next to the assembly. Immutable once loaded, so
/// one instance is shared by every thread; <see cref="Default"/> is loaded on first use.
/// </summary>
public sealed class IndustryTaxonomy
{
    private static readonly Lazy<IndustryTaxonomy> DefaultInstance =
        new(() => Load(SortingResources.TaxonomyPath), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, IndustryField> _byCode;

    private IndustryTaxonomy(IReadOnlyList<IndustryField> fields)
    {
        Fields = fields;
        DistrictFields = fields.Where(field => field.Group == FieldGroup.District).ToList();
        NationalFields = fields.Where(field => field.Group == FieldGroup.National).ToList();
        _byCode = fields.ToFrozenDictionary(field => field.Code, StringComparer.Ordinal);
    }

    /// <summary>The shipped taxonomy, loaded once per process.</summary>
    public static IndustryTaxonomy Default => DefaultInstance.Value;

    /// <summary>Every field, district fields first, in file order.</summary>
    public IReadOnlyList<IndustryField> Fields { get; }

    public IReadOnlyList<IndustryField> DistrictFields { get; }

    public IReadOnlyList<IndustryField> NationalFields { get; }

    /// <summary>Reads and validates the shipped file. Use <see cref="Default"/> unless a fresh copy is needed.</summary>
    public static IndustryTaxonomy Load() => Load(SortingResources.TaxonomyPath);

    public static IndustryTaxonomy Load(string path)
    {
        SortingResources.RequireFile(path);
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<TaxonomyDocument>(stream)
            ?? throw new InvalidDataException($"{path}: empty taxonomy file.");
        return new IndustryTaxonomy(Validate(document, path));
    }

    /// <summary>Codes are case-sensitive, as stored on records.</summary>
    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public IndustryField? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var field) ? field : null;

    /// <summary>The field's name in a record language ("zh", "en", "mixed"); null for an unknown code.</summary>
    public string? NameOf(string? code, string? language) => Find(code)?.Name(language);

    /// <summary>The national high-tech fields of a district field (the field itself for a national one).</summary>
    public IReadOnlyList<IndustryField> NationalFieldsOf(string? code)
    {
        return Find(code) switch
        {
            null => [],
            { Group: FieldGroup.National } field => [field],
            var field => field.NationalFields.Select(national => _byCode[national]).ToList(),
        };
    }

    private static List<IndustryField> Validate(TaxonomyDocument document, string path)
    {
        var fields = new List<IndustryField>();
        foreach (var entry in document.Fields)
        {
            var code = Require(entry.Code, path, "a field without a code");
            var group = entry.Group switch
            {
                "district" => FieldGroup.District,
                "national" => FieldGroup.National,
                _ => throw new InvalidDataException($"{path}: field '{code}' has group '{entry.Group}', expected district or national."),
            };
            var chineseTerms = entry.Terms?.Chinese ?? [];
            var englishTerms = entry.Terms?.English ?? [];
            if (group == FieldGroup.District && (chineseTerms.Count == 0 || englishTerms.Count == 0))
            {
                throw new InvalidDataException($"{path}: district field '{code}' needs Chinese and English indicative terms.");
            }

            fields.Add(new IndustryField(
                code,
                group,
                Require(entry.Chinese, path, $"field '{code}' without a Chinese name"),
                Require(entry.English, path, $"field '{code}' without an English name"),
                Require(entry.Description?.Chinese, path, $"field '{code}' without a Chinese description"),
                Require(entry.Description?.English, path, $"field '{code}' without an English description"),
                entry.National ?? [],
                chineseTerms,
                englishTerms));
        }

        var duplicate = fields.GroupBy(field => field.Code, StringComparer.Ordinal).FirstOrDefault(codes => codes.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path}: field code '{duplicate.Key}' appears more than once.");
        }

        var national = fields.Where(field => field.Group == FieldGroup.National).Select(field => field.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var unknown = field.NationalFields.FirstOrDefault(code => !national.Contains(code));
            if (unknown is not null || (field.Group == FieldGroup.District && field.NationalFields.Count == 0))
            {
                throw new InvalidDataException(
                    $"{path}: field '{field.Code}' must map to national fields that the file defines (got '{unknown}').");
            }
        }

        return fields.OrderBy(field => field.Group).ToList();
    }

    private static string Require(string? value, string path, string what)
    {
        return string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{path}: {what}.") : value;
    }
}
