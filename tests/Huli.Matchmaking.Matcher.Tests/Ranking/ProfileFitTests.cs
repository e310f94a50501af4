using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Tests.Ranking;

public sealed class ProfileFitTests
{
    private static NeedProfile Need(int? trlMin = 5, int? trlMax = 7, CooperationMode[]? modes = null) =>
        new(Guid.NewGuid(), "需求", AnalysedFields.Empty, ["smart-equipment"], new DateOnly(2026, 6, 1), trlMin, trlMax, modes);

    private static ResultProfile Result(CooperationMode[]? modes = null) =>
        new(Guid.NewGuid(), "成果", "研究院", AnalysedFields.Empty, ["new-materials"], CooperationModes: modes);

    [Theory]
    [InlineData(6, 1.0)]
    [InlineData(5, 1.0)]
    [InlineData(8, 1.0 / 3)]
    [InlineData(3, -1.0 / 3)]
    [InlineData(1, -1.0)]
    public void Trl_fit_is_full_inside_the_range_and_falls_with_each_level_outside(int trl, double expected)
    {
        Assert.Equal(expected, ProfileFit.TrlFit(Need(), trl), 9);
    }

    [Fact]
    public void A_silent_form_is_neither_rewarded_nor_punished()
    {
        Assert.Equal(0, ProfileFit.TrlFit(Need(), null));
        Assert.Equal(0, ProfileFit.TrlFit(Need(null, null), 6));
        Assert.Equal(0, ProfileFit.BudgetFit(null, 30m));
        Assert.Equal(0, ProfileFit.FieldAgreement([], ["software"]));
        Assert.Equal(0, ProfileFit.CooperationFit(Need(), Result([CooperationMode.Transfer])));
        Assert.Equal(0, ProfileFit.Recency(new DateOnly(2026, 1, 1), null));
    }

    [Fact]
    public void Budget_fields_modes_and_recency_score_agreement_up_and_conflict_down()
    {
        Assert.Equal(1, ProfileFit.BudgetFit(50m, 30m));
        Assert.Equal(0, ProfileFit.BudgetFit(50m, 75m), 9);
        Assert.Equal(-1, ProfileFit.BudgetFit(50m, 200m));
        Assert.Equal(1, ProfileFit.FieldAgreement(["software", "new-energy"], ["new-energy"]));
        Assert.Equal(-1, ProfileFit.FieldAgreement(["software"], ["new-energy"]));
        var jointly = Need(modes: [CooperationMode.JointDevelopment]);
        Assert.Equal(1, ProfileFit.CooperationFit(jointly, Result([CooperationMode.Licensing, CooperationMode.JointDevelopment])));
        Assert.Equal(-1, ProfileFit.CooperationFit(jointly, Result([CooperationMode.Transfer])));
        Assert.Equal(1, ProfileFit.Recency(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)));
        Assert.Equal(-1, ProfileFit.Recency(new DateOnly(2026, 1, 1), new DateOnly(2010, 1, 1)));
    }
}
