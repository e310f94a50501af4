using System.Text.Json;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

public static class MessageBusExtensions
{
    /// <summary>Lets a service name its consumers before the bus exists, so one process can host any set of
    /// services on a single bus.</summary>
    public static IHostApplicationBuilder AddConsumers(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> register)
    {
        ConsumerRegistrations(builder.Services).Add(register);
        return builder;
    }

    /// <summary>Adds the bus, after every service has added its consumers: MassTransit's in-memory transport
    /// when embedded, RabbitMQ when distributed.</summary>
    public static IHostApplicationBuilder AddMessageBus(this IHostApplicationBuilder builder)
    {
        var options = builder.GetHuliOptions();
        var registrations = ConsumerRegistrations(builder.Services);
        builder.Services.AddSingleton(options.IsDistributed ? OutboxReplay.None : new OutboxReplay(options.Bus.EmbeddedReplayWindow));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.Bus.EndpointPrefix, includeNamespace: false));
            foreach (var register in registrations)
            {
                register(bus);
            }

            if (options.IsDistributed)
            {
                var url = builder.Configuration.GetConnectionString("RabbitMq")
                    ?? throw new InvalidOperationException("The distributed profile needs ConnectionStrings:RabbitMq.");
                if (options.Bus.TemporaryQueues)
                {
                    bus.AddConfigureEndpointsCallback((_, endpoint) =>
                    {
                        if (endpoint is IRabbitMqReceiveEndpointConfigurator queue)
                        {
                            queue.AutoDelete = true;
                            queue.Durable = false;
                        }
                    });
                }

                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(new Uri(url));
                    rabbit.ConfigureJsonSerializerOptions(WithChineseAsWritten);
                    rabbit.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.ConfigureJsonSerializerOptions(WithChineseAsWritten);
                    memory.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                    memory.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    /// <summary>Messages carry Chinese as it is written, as the outbox stores them (<see cref="OutboxJson"/>).</summary>
    private static JsonSerializerOptions WithChineseAsWritten(JsonSerializerOptions options)
    {
        options.Encoder = OutboxJson.Encoder;
        return options;
    }

    private static List<Action<IBusRegistrationConfigurator>> ConsumerRegistrations(IServiceCollection services)
    {
        var holder = services
            .Where(d => d.ServiceType == typeof(ConsumerRegistrationList) && d.ImplementationInstance is not null)
            .Select(d => (ConsumerRegistrationList)d.ImplementationInstance!)
            .FirstOrDefault();
        if (holder is null)
        {
            holder = new ConsumerRegistrationList();
            services.AddSingleton(holder);
        }

        return holder.Registrations;
    }

    private sealed class ConsumerRegistrationList
    {
        public List<Action<IBusRegistrationConfigurator>> Registrations { get; } = [];
    }
}
