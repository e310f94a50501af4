using System.Text;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

/// <summary>A request exactly as the client sent it: method, path with query string, and body bytes.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Query, byte[]? Body)
{
    public string PathAndQuery => Path + Query;

    public string BodyText => Body is null ? string.Empty : Encoding.UTF8.GetString(Body);

    public override string ToString() => $"{Method} {PathAndQuery}";
}
