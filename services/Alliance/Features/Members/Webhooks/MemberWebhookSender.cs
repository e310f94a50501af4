using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>Posts stored webhook deliveries, signed, retrying with exponential backoff and jitter; marks each
/// delivered, or dead-lettered once the retries run out or the receiver refuses it outright (a 4xx other than
/// 408 and 429 will not get better by waiting). Members are served side by side so that one member's dead
/// receiver does not hold up the others; each member's deliveries go in the order they were stored.</summary>
public sealed partial class MemberWebhookSender(
    IServiceScopeFactory scopes,
    OutboxSignal<MemberWebhookSender> signal,
    WebhookSecrets secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<MemberWebhookSender> logger) : BackgroundService
{
    // Its own client rather than the factory's: the service-wide standard resilience handler would retry the
    // same signed request underneath this sender's pipeline, which signs every attempt afresh.
    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = options.Value.AllowPrivateNetworks ? null : WebhookNetwork.ConnectPublicAsync,
        AllowAutoRedirect = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private const int BatchSize = 200;
    private const int MembersAtOnce = 4;

    private readonly ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.Value.Retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Value.FirstDelay,
            MaxDelay = options.Value.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        })
        .AddTimeout(options.Value.AttemptTimeout)
        .Build();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is away: the deliveries stay pending for the next round.
                LogRoundFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendPendingAsync(CancellationToken ct)
    {
        List<Guid> members;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            // A suspended member's pending deliveries wait, kept, until it is reinstated.
            members = await db.MemberDeliveries.Where(d => d.Status == MemberDeliveryStatus.Pending)
                .Where(d => db.Members.Any(m => m.Id == d.MemberId && m.Status == MemberStatus.Active))
                .Select(d => d.MemberId).Distinct().ToListAsync(ct);
        }

        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = MembersAtOnce, CancellationToken = ct }, SendMemberAsync);
    }

    private async ValueTask SendMemberAsync(Guid memberId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, ct);
        var deliveries = await db.MemberDeliveries
            .Where(d => d.MemberId == memberId && d.Status == MemberDeliveryStatus.Pending)
            // Version-7 ids sort by creation time, on SQLite too, which cannot order by a DateTimeOffset.
            .OrderBy(d => d.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (OpenSecret(member) is not { } secret)
        {
            foreach (var delivery in deliveries)
            {
                DeadLetter(member, delivery, UnreadableSecret);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        foreach (var delivery in deliveries)
        {
            // A batch takes a while against a slow receiver: a suspension made meanwhile stops it at the next
            // post, and the rest stay pending for a reinstatement.
            if (!await StillActiveAsync(db, memberId, ct))
            {
                return;
            }

            var held = !await PostAsync(db, member, secret, delivery, ct);
            await db.SaveChangesAsync(CancellationToken.None);
            if (held)
            {
                return;
            }
        }
    }

    private static Task<bool> StillActiveAsync(AllianceDbContext db, Guid memberId, CancellationToken ct) =>
        db.Members.AsNoTracking().AnyAsync(m => m.Id == memberId && m.Status == MemberStatus.Active, ct);

    /// <summary>Why a member's deliveries were dead-lettered without an attempt: posting them unsigned, or signed
    /// with anything but the member's secret, would teach the member to accept posts it cannot verify.</summary>
    private const string UnreadableSecret = "The member's webhook secret cannot be unsealed (the key ring that sealed it is gone): rotate the secret, then replay.";

    private string? OpenSecret(Member member)
    {
        try
        {
            return secrets.Open(member.WebhookSecret!);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Why a delivery whose retries were under way is pending again.</summary>
    public const string HeldBySuspension = "Held: the member was suspended while this delivery was being retried; it goes out again on reinstatement.";

    /// <returns>False when the member was suspended between two attempts: the delivery stays pending.</returns>
    private async Task<bool> PostAsync(AllianceDbContext db, Member member, string secret, MemberDelivery delivery, CancellationToken ct)
    {
        var attempt = 0;
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    // Retries wait from seconds up to minutes: a suspension made meanwhile ends them.
                    if (attempt++ > 0 && !await StillActiveAsync(db, member.Id, token))
                    {
                        throw new MemberSuspendedException();
                    }

                    delivery.Attempts++;
                    delivery.LastAttemptAt = clock.GetUtcNow();
                    return await client.SendAsync(Signed(member, secret, delivery), token);
                },
                ct);
            if (response.IsSuccessStatusCode)
            {
                delivery.Status = MemberDeliveryStatus.Delivered;
                delivery.DeliveredAt = clock.GetUtcNow();
                delivery.LastError = null;
                return true;
            }

            delivery.LastError = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (MemberSuspendedException)
        {
            delivery.LastError = HeldBySuspension;
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            delivery.LastError = ex.Message.Length > MemberLimits.Error ? ex.Message[..MemberLimits.Error] : ex.Message;
        }

        DeadLetter(member, delivery, delivery.LastError);
        return true;
    }

    /// <summary>Not a transient failure, so the retry pipeline lets it through at once.</summary>
    private sealed class MemberSuspendedException : Exception;

    private void DeadLetter(Member member, MemberDelivery delivery, string? error)
    {
        delivery.Status = MemberDeliveryStatus.DeadLettered;
        delivery.LastError = error;
        LogDeadLettered(logger, delivery.Id, member.Code, delivery.Attempts, error);
    }

    /// <summary>Signed afresh for every attempt, so a retry carries a current timestamp.</summary>
    private HttpRequestMessage Signed(Member member, string secret, MemberDelivery delivery)
    {
        var signature = WebhookSignature.Sign(secret, clock.GetUtcNow(), delivery.Body, out var timestamp);
        var request = new HttpRequestMessage(HttpMethod.Post, member.WebhookUrl)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.SignatureHeader, signature);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        return request;
    }

    public override void Dispose()
    {
        client.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to member {MemberCode} dead-lettered after {Attempts} attempts: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, Guid deliveryId, string memberCode, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending webhook deliveries failed; will retry")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
