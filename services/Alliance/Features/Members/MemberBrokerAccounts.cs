using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huli.Matchmaking.Alliance.Domain;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Gives a member its own RabbitMQ user, queue, bindings and permissions through the management API.
/// Every call is idempotent (PUT, or a binding compared before it is added), so a registration that failed half
/// way is completed by trying again.</summary>
public sealed class MemberBrokerAccounts(HttpClient http, MemberBrokerNames names)
{
    public MemberBrokerNames Names => names;

    /// <summary>Creates or updates the member's account with the given password and binds its queue to exactly
    /// its subscribed fields.</summary>
    public Task ProvisionAsync(Member member, string password, CancellationToken ct) =>
        Unavailable.Wrap(() => ProvisionInBrokerAsync(member, password, ct));

    /// <summary>Makes the queue's bindings match the subscription: new fields bound, dropped ones unbound.</summary>
    public Task BindAsync(Member member, CancellationToken ct) => Unavailable.Wrap(() => BindInBrokerAsync(member, ct));

    private async Task ProvisionInBrokerAsync(Member member, string password, CancellationToken ct)
    {
        var user = names.User(member.Code);
        var queue = names.Queue(member.Code);
        await PutAsync($"exchanges/{Vhost}/{Escape(names.Exchange)}", new { type = "topic", durable = true, auto_delete = false }, ct);
        await PutAsync($"users/{Escape(user)}", new { password, tags = "" }, ct);
        await PutAsync($"queues/{Vhost}/{Escape(queue)}", new { durable = true, auto_delete = false }, ct);

        // Its own queue and the error and skipped queues MassTransit keeps beside it, nothing else: the member
        // cannot read another member's queue nor publish into the system's exchanges.
        var own = $"^{Regex.Escape(queue)}(_error|_skipped)?$";
        await PutAsync($"permissions/{Vhost}/{Escape(user)}", new { configure = own, write = own, read = own }, ct);
        await BindInBrokerAsync(member, ct);
    }

    private async Task BindInBrokerAsync(Member member, CancellationToken ct)
    {
        var path = $"bindings/{Vhost}/e/{Escape(names.Exchange)}/q/{Escape(names.Queue(member.Code))}";
        var wanted = member.Subscription.Fields.Select(f => MemberBrokerNames.RoutingKey(f, member.Code)).ToHashSet();
        var existing = await http.GetFromJsonAsync<List<BindingInfo>>(path, Json, ct) ?? [];
        foreach (var stale in existing.Where(b => !wanted.Contains(b.RoutingKey)))
        {
            // Already gone is as good as removed: a retried DELETE whose first answer was lost meets a 404.
            using var removed = await http.DeleteAsync($"{path}/{Escape(stale.PropertiesKey)}", ct);
            if (removed.StatusCode != HttpStatusCode.NotFound)
            {
                removed.EnsureSuccessStatusCode();
            }
        }

        foreach (var key in wanted.Except(existing.Select(b => b.RoutingKey)))
        {
            using var added = await http.PostAsJsonAsync(path, new { routing_key = key }, ct);
            added.EnsureSuccessStatusCode();
        }
    }

    private string Vhost => Escape(names.VirtualHost);

    private async Task PutAsync(string path, object body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync(path, body, ct);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.OK))
        {
            throw new HttpRequestException(
                $"RabbitMQ management refused PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}",
                null,
                response.StatusCode);
        }
    }

    private static string Escape(string name) => Uri.EscapeDataString(name);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record BindingInfo(string RoutingKey, string PropertiesKey);
}

/// <summary>The broker's management API could not be reached or refused the change; nothing was saved.</summary>
public sealed class MemberBrokerUnavailableException(Exception inner)
    : Exception("The member broker (RabbitMQ management API) could not carry out the change.", inner)
{
}

internal static class Unavailable
{
    public static async Task Wrap(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new MemberBrokerUnavailableException(ex);
        }
    }
}
