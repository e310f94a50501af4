using System.Net;
using System.Net.Sockets;

namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>Keeps webhook posts off the Alliance's own network. A webhook URL is typed in by a member admin,
/// and the Alliance sits next to RabbitMQ's management API, PostgreSQL and the other services: without this a
/// URL such as http://127.0.0.1:15672/… would make the Alliance post to them. Checked when connecting, on the
/// address actually dialled, so a public name that resolves to a private address is refused too.</summary>
public static class WebhookNetwork
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Link-local, site-local and unique local (fc00::/7).
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (address.GetAddressBytes()[0] & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    /// <summary>Whether the URL names a private host outright (an address literal or localhost), for a field
    /// error at registration; names that resolve privately are caught when connecting.</summary>
    public static bool NamesPrivateHost(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IsPrivate(address));

    /// <summary>A connection to the first public address of the host, or a refusal naming why.</summary>
    public static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.FirstOrDefault(a => !IsPrivate(a))
            ?? throw new HttpRequestException($"The webhook host {host} resolves only to private or loopback addresses; posting there is refused.");
        var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
