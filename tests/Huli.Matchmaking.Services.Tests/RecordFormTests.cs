using System.Net;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>The registration-form fields travel whole from the API to storage and back.</summary>
public sealed class RecordFormTests(EmbeddedHostFixture fixture) : IClassFixture<EmbeddedHostFixture>
{
    [Fact]
    public async Task A_result_keeps_every_field_of_the_registration_form()
    {
        var institute = fixture.Host.ClientFor("institute");
        var id = await institute.CreateAsync("/api/results", new
        {
            title = "SiC MOSFET gate driver with active Miller clamp",
            @abstract = "A gate driver for silicon carbide MOSFETs with an active Miller clamp and desaturation protection, tested to 1200 V.",
            keywords = new[] { "SiC", "gate driver" },
            fields = new[] { "integrated-circuits" },
            trl = 6,
            team = "功率电子团队",
            contactName = "李工",
            contactPhone = "+86 592-218 0000",
            contactEmail = "power.lab@example.edu.cn",
            form = "device",
            ipStatus = "patentGranted",
            patentNumbers = new[] { "zl202310123456.7" },
            cooperationModes = new[] { "licensing", "jointDevelopment" },
            priceMin = 50,
            priceMax = 120.5,
            region = "福建省厦门市",
            completedOn = "2025-09-30",
            validUntil = "2030-09-30",
        });

        var saved = await (await institute.GetAsync($"/api/results/{id}")).ReadNodeAsync();

        Assert.Equal("en", saved["language"]!.GetValue<string>());
        Assert.Equal("device", saved["form"]!.GetValue<string>());
        Assert.Equal("patentGranted", saved["ipStatus"]!.GetValue<string>());
        Assert.Equal("ZL202310123456.7", saved["patentNumbers"]![0]!.GetValue<string>());
        Assert.Equal(["licensing", "jointDevelopment"], saved["cooperationModes"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(120.5m, saved["priceMax"]!.GetValue<decimal>());
        Assert.Equal("2030-09-30", saved["validUntil"]!.GetValue<string>());
        Assert.Equal(["api"], saved["sources"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task A_summary_only_need_hides_its_targets_budget_and_contact_from_others()
    {
        var id = await fixture.Host.ClientFor("enterprise").CreateAsync("/api/needs", new
        {
            title = "动力电池包热失控预警",
            description = "需要在电池包内早期识别热失控前兆，提前5分钟预警。",
            fields = new[] { "new-energy" },
            confidentiality = "summaryOnly",
            quantifiedTargets = "预警提前量≥5分钟，误报率<1次/年",
            trlMin = 5,
            trlMax = 8,
            cooperationModes = new[] { "jointDevelopment" },
            budgetMin = 100,
            budgetMax = 200,
            deadline = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
            region = "厦门",
            contactName = "陈经理",
            contactEmail = "rd@example.com",
        });

        var other = await (await fixture.Host.ClientFor("institute").GetAsync($"/api/needs/{id}")).ReadNodeAsync();
        var owner = await (await fixture.Host.ClientFor("enterprise").GetAsync($"/api/needs/{id}")).ReadNodeAsync();

        Assert.Null(other["quantifiedTargets"]);
        Assert.Null(other["budgetMax"]);
        Assert.Null(other["contactEmail"]);
        Assert.Equal(8, other["trlMax"]!.GetValue<int>());
        Assert.Equal("预警提前量≥5分钟，误报率<1次/年", owner["quantifiedTargets"]!.GetValue<string>());
        Assert.Equal(200m, owner["budgetMax"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Re_sending_an_unchanged_need_is_not_a_new_version()
    {
        var enterprise = fixture.Host.ClientFor("enterprise");
        var body = new
        {
            title = "伺服电机低速平稳性提升",
            description = "伺服电机低速运行时转矩脉动大，需要新的控制算法。",
            fields = new[] { "smart-equipment" },
            cooperationModes = new[] { "technicalService", "transfer" },
            externalId = "need-2026-11",
        };

        var first = await enterprise.PostJsonAsync("/api/needs", body);
        var again = await enterprise.PostJsonAsync("/api/needs", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.ReadNodeAsync())["version"]!.GetValue<int>());
    }
}
