using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>A service database that keeps an outbox table.</summary>
public interface IHasOutbox
{
    DbSet<OutboxMessage> Outbox { get; }
}
