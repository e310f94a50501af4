using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

public static class OutboxExtensions
{
    /// <summary>Queues an event in the outbox; it is published after the surrounding SaveChanges commits.</summary>
    public static void Enqueue<TMessage>(this IHasOutbox db, TMessage message, TimeProvider clock)
        where TMessage : class
    {
        db.Outbox.Add(new OutboxMessage
        {
            MessageType = typeof(TMessage).AssemblyQualifiedName!,
            Body = JsonSerializer.Serialize(message, OutboxJson.Options),
            CreatedAt = clock.GetUtcNow(),
        });
    }

    public static void ConfigureOutbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasIndex(m => m.PublishedAt);
        });
    }

    public static IServiceCollection AddOutboxPublisher<TContext>(this IServiceCollection services)
        where TContext : DbContext, IHasOutbox
    {
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddHostedService<OutboxPublisher<TContext>>();
        return services;
    }
}
