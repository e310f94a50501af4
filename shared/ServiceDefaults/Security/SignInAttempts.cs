using System.Threading.RateLimiting;

namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>Counts failed sign-ins per client address: after <see cref="Limit"/> failures in a window the address
/// must wait, so passwords cannot be guessed at the speed of the network. Successes cost nothing.</summary>
public sealed class SignInAttempts : IDisposable
{
    public const int Limit = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Limit,
            Window = Window,
            QueueLimit = 0,
        }));

    public bool IsBlocked(string client) => failures.GetStatistics(client) is { CurrentAvailablePermits: 0 };

    public void Failed(string client) => failures.AttemptAcquire(client).Dispose();

    public void Dispose() => failures.Dispose();
}
