using System.Text;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

/// <summary>
/// Elasticsearch played from a script, under the real client: each request gets the canned response registered for
/// its method and path (several for one key are served in turn, the last one repeatedly), and every request is
/// recorded with the body the client's own serialisation wrote. A request without a script entry gets an
/// Elasticsearch-style error, so the adapter under test fails loudly.
/// </summary>
/// <remarks>The client's <see cref="InMemoryRequestInvoker"/> answers every request alike; this invoker only picks
/// the body and status per request and lets it build the response, so deserialisation and the product check
/// (<c>x-elastic-product</c> header) are the client's.</remarks>
internal sealed class ScriptedElasticsearch : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader = new() { ["x-elastic-product"] = ["Elasticsearch"] };

    private readonly InMemoryRequestInvoker _responder = new([], 200, null, "application/json", ProductHeader);
    private readonly Dictionary<(HttpMethod Method, string Path), Queue<(int Status, string Body)>> _script = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    public ScriptedElasticsearch()
    {
        var settings = new ElasticsearchClientSettings(new SingleNodePool(new Uri("http://localhost:9200")), this)
            .DisableDirectStreaming()
            .OnRequestCompleted(Record);
        Client = new ElasticsearchClient(settings);
    }

    public ElasticsearchClient Client { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public ResponseFactory ResponseFactory => _responder.ResponseFactory;

    /// <summary>Answers the next request to <paramref name="path"/> (without query string) with this response.</summary>
    public ScriptedElasticsearch Respond(HttpMethod method, string path, int status, string body = "")
    {
        lock (_gate)
        {
            if (!_script.TryGetValue((method, path), out var responses))
            {
                responses = new Queue<(int Status, string Body)>();
                _script.Add((method, path), responses);
            }

            responses.Enqueue((status, body));
        }

        return this;
    }

    /// <summary>The one request sent to this method and path; fails if there were none or several.</summary>
    public RecordedRequest Single(HttpMethod method, string path)
    {
        return Assert.Single(Requests, request => request.Method == method && request.Path == path);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new()
    {
        var (status, body) = Answer(endpoint);
        return _responder.BuildResponse<TResponse>(endpoint, boundConfiguration, postData, Encoding.UTF8.GetBytes(body), status, "application/json");
    }

    public Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var (status, body) = Answer(endpoint);
        return _responder.BuildResponseAsync<TResponse>(
            endpoint, boundConfiguration, postData, cancellationToken, Encoding.UTF8.GetBytes(body), status, "application/json");
    }

    public void Dispose()
    {
    }

    private (int Status, string Body) Answer(Endpoint endpoint)
    {
        lock (_gate)
        {
            if (!_script.TryGetValue((endpoint.Method, endpoint.Uri.AbsolutePath), out var responses))
            {
                return (500, CannedResponses.Error(500, "unscripted_request", $"the test has no response for {endpoint.Method} {endpoint.Uri.AbsolutePath}"));
            }

            return responses.Count > 1 ? responses.Dequeue() : responses.Peek();
        }
    }

    private void Record(ApiCallDetails call)
    {
        var uri = call.Uri ?? throw new InvalidOperationException("The client reported a call without a URI.");
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(call.HttpMethod, uri.AbsolutePath, uri.Query, call.RequestBodyInBytes));
        }
    }
}
