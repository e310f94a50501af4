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

    /// <summary>Cuts a suspended member off at once. Its permissions go first, so it cannot log in to the
    /// virtual host again; then its open connections are closed, since a channel already open keeps reading
    /// whatever permissions it started with. The queue and its user stay, but lose their bindings: nothing routed
    /// while the member is suspended is queued for it to read later. The coordinators' inbox and the API still
    /// hold every pairing, and the queue does not fill up unread for as long as the suspension lasts.</summary>
    public Task SuspendAsync(Member member, CancellationToken ct) => Unavailable.Wrap(async () =>
    {
        var user = Escape(names.User(member.Code));
        await DeleteAsync($"permissions/{Vhost}/{user}", ct);
        await BindFieldsAsync(member, [], ct);

        // The connection tracker answers at once; the connections listing (GET connections) lags behind by the
        // statistics interval and would miss a connection opened a moment ago.
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"connections/username/{user}");
        request.Headers.Add("X-Reason", "Suspended from the alliance's member registry.");
        using var closed = await http.SendAsync(request, ct);
        closed.EnsureSuccessStatusCode();
    });

    /// <summary>Gives a reinstated member back its permissions and its subscription's bindings; its password
    /// never changed, so its client reconnects as it was.</summary>
    public Task ReinstateAsync(Member member, CancellationToken ct) => Unavailable.Wrap(async () =>
    {
        await PermitAsync(member, ct);
        await BindInBrokerAsync(member, ct);
    });

    private async Task ProvisionInBrokerAsync(Member member, string password, CancellationToken ct)
    {
        var user = names.User(member.Code);
        var queue = names.Queue(member.Code);
        await PutAsync($"exchanges/{Vhost}/{Escape(names.Exchange)}", new { type = "topic", durable = true, auto_delete = false }, ct);
        await PutAsync($"users/{Escape(user)}", new { password, tags = "" }, ct);
        await PutAsync($"queues/{Vhost}/{Escape(queue)}", new { durable = true, auto_delete = false }, ct);
        await PermitAsync(member, ct);
        await BindInBrokerAsync(member, ct);
    }

    /// <summary>Its own queue and the error and skipped queues MassTransit keeps beside it, nothing else: the
    /// member cannot read another member's queue nor publish into the system's exchanges.</summary>
    private Task PermitAsync(Member member, CancellationToken ct)
    {
        var own = $"^{Regex.Escape(names.Queue(member.Code))}(_error|_skipped)?$";
        return PutAsync($"permissions/{Vhost}/{Escape(names.User(member.Code))}", new { configure = own, write = own, read = own }, ct);
    }

    private Task BindInBrokerAsync(Member member, CancellationToken ct) => BindFieldsAsync(member, member.Subscription.Fields, ct);

    private async Task BindFieldsAsync(Member member, IEnumerable<string> fields, CancellationToken ct)
    {
        var path = $"bindings/{Vhost}/e/{Escape(names.Exchange)}/q/{Escape(names.Queue(member.Code))}";
        var wanted = fields.Select(f => MemberBrokerNames.RoutingKey(f, member.Code)).ToHashSet();
        var existing = await http.GetFromJsonAsync<List<BindingInfo>>(path, Json, ct) ?? [];
        foreach (var stale in existing.Where(b => !wanted.Contains(b.RoutingKey)))
        {
            await DeleteAsync($"{path}/{Escape(stale.PropertiesKey)}", ct);
        }

        foreach (var key in wanted.Except(existing.Select(b => b.RoutingKey)))
        {
            using var added = await http.PostAsJsonAsync(path, new { routing_key = key }, ct);
            added.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Already gone is as good as removed: a retried DELETE whose first answer was lost meets a 404.</summary>
    private async Task DeleteAsync(string path, CancellationToken ct)
    {
        using var removed = await http.DeleteAsync(path, ct);
        if (removed.StatusCode != HttpStatusCode.NotFound)
        {
            removed.EnsureSuccessStatusCode();
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
