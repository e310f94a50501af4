using Huli.Matchmaking.Alliance;
using Huli.Matchmaking.Matcher;
using Huli.Matchmaking.Needs;
using Huli.Matchmaking.Results;
using MassTransit;

namespace Huli.Matchmaking.Services.Tests;

public sealed class ConsumerQueueTests
{
    /// <summary>Queues are named after the consumer class without its namespace, so two services' consumers of
    /// the same name would share one queue on RabbitMQ and each take only part of the messages.</summary>
    [Fact]
    public void Every_consumer_of_the_four_services_has_a_queue_of_its_own()
    {
        var consumers = new[]
            {
                typeof(ResultsServiceExtensions).Assembly, typeof(NeedsServiceExtensions).Assembly,
                typeof(MatcherServiceExtensions).Assembly, typeof(AllianceServiceExtensions).Assembly,
            }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Contains(typeof(IConsumer)))
            .ToList();

        Assert.Contains(consumers, t => t.Assembly == typeof(AllianceServiceExtensions).Assembly);
        var shared = consumers.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(t => t.FullName)));
        Assert.Empty(shared);
    }
}
