using Huli.Matchmaking.Results.Domain;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>The records a batch has staged so far, by institute and every external id they carry.</summary>
internal sealed class BatchRecords
{
    private readonly Dictionary<(string Institute, string ExternalId), ResearchResult> byId = [];

    public ResearchResult? Find(string institute, string externalId) => byId.GetValueOrDefault((institute, externalId));

    public void Remember(ResearchResult result)
    {
        foreach (var id in result.AlternateIds.Append(result.ExternalId).OfType<string>())
        {
            byId[(result.Institute, id)] = result;
        }
    }
}
