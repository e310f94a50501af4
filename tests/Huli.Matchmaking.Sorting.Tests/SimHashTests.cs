using Huli.Matchmaking.Sorting.Duplicates;

namespace Huli.Matchmaking.Sorting.Tests;

public class SimHashTests
{
    [Fact]
    public void Fingerprints_of_fixed_features_never_change_so_stored_ones_stay_comparable()
    {
        var fingerprint = SimHash.FromFeatures(
        [
            KeyValuePair.Create("u:碳化硅", 2.0),
            KeyValuePair.Create("u:mosfet", 1.0),
            KeyValuePair.Create("b:碳化硅 mosfet", 1.0),
        ]);

        Assert.Equal(SimHash.FromFeatures([KeyValuePair.Create("u:碳化硅", 2.0), KeyValuePair.Create("u:mosfet", 1.0), KeyValuePair.Create("b:碳化硅 mosfet", 1.0)]), fingerprint);
        Assert.Equal("4718c30d641a3492", fingerprint.ToString());
    }

    [Fact]
    public void Fingerprints_of_whole_records_never_change_so_stored_ones_stay_comparable()
    {
        // Records, not features: tokens, shingles, weights and the order their votes are summed in all count.
        // Each record twice, so a table kept between records cannot carry anything over.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("641b0c11ddd60b55", SimHash.Of("碳化硅MOSFET驱动电路", "一种碳化硅功率器件的驱动电路，降低开关损耗。The driver cuts switching loss.", ["碳化硅", "驱动电路"]).ToString());
            Assert.Equal("a5e590862efed98e", SimHash.Of("锂离子电池热失控预警", "基于多传感器融合的锂离子电池热失控早期预警方法，适用于储能电站。", []).ToString());
        }
    }

    [Fact]
    public void Distance_counts_the_differing_bits_both_ways()
    {
        var left = new SimHash(0b1011UL);
        var right = new SimHash(0b0110UL);

        Assert.Equal(3, left.DistanceTo(right));
        Assert.Equal(3, right.DistanceTo(left));
        Assert.Equal(0, left.DistanceTo(left));
        Assert.Equal(64, new SimHash(0).DistanceTo(new SimHash(ulong.MaxValue)));
    }

    [Fact]
    public void A_heavier_feature_outvotes_a_lighter_one_on_every_bit()
    {
        var heavy = SimHash.FromFeatures([KeyValuePair.Create("u:石墨烯", 1.0)]);

        var mixed = SimHash.FromFeatures([KeyValuePair.Create("u:石墨烯", 5.0), KeyValuePair.Create("u:导热膜", 1.0)]);

        Assert.Equal(heavy, mixed);
    }

    [Fact]
    public void No_features_and_features_without_weight_give_the_zero_fingerprint()
    {
        Assert.Equal(new SimHash(0), SimHash.FromFeatures([]));
        Assert.Equal(new SimHash(0), SimHash.FromFeatures([KeyValuePair.Create("u:芯片", 0.0), KeyValuePair.Create("u:chip", -1.0)]));
        Assert.Equal(new SimHash(0), SimHash.Of(null, null));
    }

    [Fact]
    public void Distinct_demo_results_have_fingerprints_far_apart_on_average()
    {
        var fingerprints = DemoRecord.Results.Select(record => SimHash.Of(record.Title, record.Text, record.Keywords)).ToList();

        var distances = fingerprints.SelectMany((left, index) => fingerprints.Skip(index + 1).Select(left.DistanceTo)).ToList();

        Assert.Equal(40 * 39 / 2, distances.Count);
        Assert.InRange(distances.Average(), 26, 38);
    }
}
