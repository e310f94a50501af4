using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Importing;
using Polly.Retry;
using Polly.Timeout;
using Polly;

namespace Huli.Matchmaking.Importer;

/// <summary>Sends batches to POST /api/results/import or /api/needs/import. A batch that fails on a transient error is sent again:
/// that is safe because the API lists rows idempotently by external id (or by title when there is none).</summary>
internal sealed class BatchUploader : IDisposable
{
    // Generous: the API commits and indexes each row on its own before it answers for the batch.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(3);

    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> retries;
    private readonly string sourceName;
    private readonly ImportTarget target;

    public BatchUploader(ImportOptions options, ImportTarget target, string sourceName, Action<string> retrying)
    {
        this.sourceName = sourceName;
        this.target = target;
        http = new HttpClient { BaseAddress = options.Api, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Key);

        // The API reports rejected rows in the language asked for: the one this process speaks (LANG).
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(
            Languages.IsChinese(CultureInfo.CurrentUICulture) ? Languages.Chinese : Languages.English));
        retries = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
                OnRetry = arguments =>
                {
                    retrying(arguments.Outcome.Exception?.Message ?? new LocalText(
                        $"API 返回了 {(int)arguments.Outcome.Result!.StatusCode}",
                        $"the API answered {(int)arguments.Outcome.Result!.StatusCode}").ToString());
                    arguments.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(AttemptTimeout)
            .Build();
    }

    /// <exception cref="ImportStopped">The file was refused, the key was refused, or the API cannot be reached.</exception>
    public async Task<ImportReport> UploadAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(batch, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return await response.Content.ReadFromJsonAsync<ImportReport>(JsonSerializerOptions.Web, cancellationToken)
                    ?? throw new ImportStopped(ImportExit.CannotRun, Say("API 对导入的答复是空的", "the API answered the import with an empty body"));
            case HttpStatusCode.BadRequest:
                throw new ImportStopped(ImportExit.FileRefused, await ProblemAnswer.ReasonAsync(response, cancellationToken));
            case HttpStatusCode.Unauthorized:
                throw new ImportStopped(ImportExit.CannotRun, Say(
                    $"{http.BaseAddress} 拒绝了该密钥（401）：请用 --key 传入{target.Importers.Chinese}密钥，或先运行 `make run` 以生成 data/demo-users.env",
                    $"{http.BaseAddress} refused the key (401): pass {target.Importers.English} key with --key, or run `make run` first so data/demo-users.env exists"));
            case HttpStatusCode.Forbidden:
                throw new ImportStopped(ImportExit.CannotRun, Say(
                    $"该密钥无权导入 {target.Name}（403）：请使用{target.Importers.Chinese}密钥",
                    $"the key is not allowed to import {target.Name} (403): use {target.Importers.English} key"));
            case HttpStatusCode.NotFound:
                throw new ImportStopped(ImportExit.CannotRun, Say(
                    $"{http.BaseAddress} 上没有 {target.ImportPath}（404）：请让 --api 指向 {target.Service} 服务或嵌入式主机",
                    $"{http.BaseAddress} has no {target.ImportPath} (404): point --api at the {target.Service} service or the embedded host"));
            default:
                var reason = await ProblemAnswer.ReasonAsync(response, cancellationToken);
                throw new ImportStopped(ImportExit.CannotRun, Say(
                    $"API 返回了 {(int)response.StatusCode} {response.ReasonPhrase}：{reason}",
                    $"the API answered {(int)response.StatusCode} {response.ReasonPhrase}: {reason}"));
        }
    }

    public void Dispose() => http.Dispose();

    private static string Say(string chinese, string english) => new LocalText(chinese, english).ToString();

    private async Task<HttpResponseMessage> SendAsync(RowBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await retries.ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, target.ImportPath) { Content = batch.ToContent(sourceName) };
                    return await http.SendAsync(request, token);
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            throw new ImportStopped(ImportExit.CannotRun, Say(
                $"无法连接 {http.BaseAddress} 上的 API（`make run` 在运行吗？）：{exception.Message}",
                $"cannot reach the API at {http.BaseAddress} (is `make run` going?): {exception.Message}"));
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
