using Huli.Matchmaking.Sorting.Taxonomy;

namespace Huli.Matchmaking.Sorting.Tests;

public class TaxonomyTests
{
    private static readonly IndustryTaxonomy Taxonomy = IndustryTaxonomy.Default;

    [Theory]
    [InlineData("electronic-information", "电子信息", "Electronic information")]
    [InlineData("integrated-circuits", "集成电路", "Integrated circuits")]
    [InlineData("smart-equipment", "机械装备与智能制造", "Machinery and smart equipment")]
    [InlineData("medical-devices", "医疗器械", "Medical devices")]
    [InlineData("software", "软件与信息服务", "Software and information services")]
    [InlineData("new-materials", "新材料", "New materials")]
    [InlineData("new-energy", "新能源", "New energy")]
    public void The_districts_seven_industrial_chains_keep_their_codes_and_names(string code, string chinese, string english)
    {
        var field = Taxonomy.Find(code);

        Assert.NotNull(field);
        Assert.True(Taxonomy.IsKnown(code));
        Assert.Equal(FieldGroup.District, field.Group);
        Assert.Equal(chinese, field.ChineseName);
        Assert.Equal(english, field.EnglishName);
        Assert.False(string.IsNullOrWhiteSpace(field.ChineseDescription));
        Assert.False(string.IsNullOrWhiteSpace(field.EnglishDescription));
    }

    [Fact]
    public void The_eight_national_high_tech_fields_form_the_second_group()
    {
        var names = Taxonomy.NationalFields.Select(field => field.ChineseName).ToList();

        Assert.Equal(
            ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"],
            names);
        Assert.All(Taxonomy.NationalFields, field => Assert.Empty(field.NationalFields));
        Assert.Equal(7, Taxonomy.DistrictFields.Count);
        Assert.Equal(Taxonomy.DistrictFields.Concat(Taxonomy.NationalFields), Taxonomy.Fields);
    }

    [Theory]
    [InlineData("integrated-circuits", "电子信息")]
    [InlineData("smart-equipment", "先进制造与自动化")]
    [InlineData("medical-devices", "生物与新医药")]
    [InlineData("new-energy", "新能源与节能")]
    [InlineData("software", "电子信息", "高技术服务")]
    public void Each_district_chain_maps_to_its_national_fields(string code, params string[] nationalNames)
    {
        var national = Taxonomy.NationalFieldsOf(code);

        Assert.Equal(nationalNames, national.Select(field => field.ChineseName));
        Assert.All(national, field => Assert.Equal(FieldGroup.National, field.Group));
    }

    [Fact]
    public void Every_district_chain_maps_to_at_least_one_defined_national_field()
    {
        Assert.All(Taxonomy.DistrictFields, field =>
        {
            Assert.NotEmpty(field.NationalFields);
            Assert.All(field.NationalFields, code => Assert.Equal(FieldGroup.National, Taxonomy.Find(code)?.Group));
        });
    }

    [Fact]
    public void Every_district_chain_has_forty_to_eighty_distinct_indicative_terms_in_each_language()
    {
        Assert.All(Taxonomy.DistrictFields, field =>
        {
            Assert.InRange(field.ChineseTerms.Count, 40, 80);
            Assert.InRange(field.EnglishTerms.Count, 40, 80);
            Assert.Equal(field.ChineseTerms.Count, field.ChineseTerms.Distinct().Count());
            Assert.Equal(field.EnglishTerms.Count, field.EnglishTerms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(field.ChineseTerms, term => Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}]{2,}$", term));
            Assert.All(field.EnglishTerms, term => Assert.Matches(@"^[A-Za-z0-9][A-Za-z0-9 \-]*$", term));
        });
    }

    [Fact]
    public void No_indicative_term_is_claimed_by_two_district_chains()
    {
        var claimed = Taxonomy.DistrictFields
            .SelectMany(field => field.ChineseTerms.Concat(field.EnglishTerms).Select(term => (Term: term.ToLowerInvariant(), field.Code)))
            .GroupBy(pair => pair.Term)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(claimed);
    }

    [Theory]
    [InlineData("zh", "医疗器械")]
    [InlineData("en", "Medical devices")]
    [InlineData("mixed", "医疗器械")]
    [InlineData(null, "医疗器械")]
    public void Field_names_follow_the_record_language_with_Chinese_as_the_default(string? language, string expected)
    {
        Assert.Equal(expected, Taxonomy.NameOf("medical-devices", language));
    }

    [Theory]
    [InlineData("aerospace")]
    [InlineData("Software")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_differently_cased_codes_are_not_fields(string? code)
    {
        Assert.False(Taxonomy.IsKnown(code));
        Assert.Null(Taxonomy.Find(code));
        Assert.Null(Taxonomy.NameOf(code, "zh"));
        Assert.Empty(Taxonomy.NationalFieldsOf(code));
    }

    [Fact]
    public void Every_field_code_on_a_demo_record_is_a_district_chain()
    {
        Assert.All(DemoRecord.All.SelectMany(record => record.Fields), code =>
            Assert.Equal(FieldGroup.District, Taxonomy.Find(code)?.Group));
    }

    [Fact]
    public void Loading_the_shipped_file_again_gives_the_same_fields()
    {
        var loaded = IndustryTaxonomy.Load();

        Assert.Equal(Taxonomy.Fields.Select(field => field.Code), loaded.Fields.Select(field => field.Code));
        Assert.Equal(Taxonomy.Find("new-energy")!.ChineseTerms, loaded.Find("new-energy")!.ChineseTerms);
    }

    [Fact]
    public void A_taxonomy_file_with_a_broken_national_mapping_is_rejected_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"taxonomy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"version": 1, "fields": [{"code": "software", "group": "district", "zh": "软件", "en": "Software",
              "description": {"zh": "软件", "en": "Software"}, "national": ["national-nowhere"],
              "terms": {"zh": ["软件"], "en": ["software"]}}]}
            """);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => IndustryTaxonomy.Load(path));
            Assert.Contains(path, error.Message);
            Assert.Contains("software", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
