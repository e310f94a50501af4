using System.Text.RegularExpressions;
using Huli.Matchmaking.Results.Domain;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Checked when the host starts, so a mistyped feed stops the service with a message naming the entry
/// instead of failing quietly at every poll.</summary>
internal sealed partial class FeedSettingsValidation : IValidateOptions<FeedSettings>
{
    public ValidateOptionsResult Validate(string? name, FeedSettings options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var at = $"{FeedSettings.SectionName}:{i}";
            if (!SafeName().IsMatch(feed.Name))
            {
                errors.Add($"{at}:Name '{feed.Name}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
            }
            else if (options.Feeds.Take(i).Any(f => string.Equals(f.Name, feed.Name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{at}:Name '{feed.Name}' is used by an earlier feed; each feed keeps its own cursor.");
            }

            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{at}:Url '{feed.Url}' (feed '{feed.Name}') is not an absolute http or https URL.");
            }

            if (string.IsNullOrWhiteSpace(feed.Institute) || feed.Institute.Length > ResultLimits.Institute)
            {
                errors.Add($"{at}:Institute (feed '{feed.Name}') must name the institute, at most {ResultLimits.Institute} characters.");
            }

            if (feed.PollInterval <= TimeSpan.Zero)
            {
                errors.Add($"{at}:PollInterval (feed '{feed.Name}') must be positive.");
            }

            if (feed.PageSize is < 1 or > 1000)
            {
                errors.Add($"{at}:PageSize (feed '{feed.Name}') must be between 1 and 1000.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex SafeName();
}

/// <summary>The ranges Polly itself enforces, checked at start rather than at the first poll.</summary>
internal sealed class FeedPolicyValidation : IValidateOptions<FeedPolicy>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, FeedPolicy options)
    {
        var errors = new List<string>();
        var at = FeedPolicy.SectionName;
        if (options.MaxRetryAttempts < 1)
        {
            errors.Add($"{at}:MaxRetryAttempts must be at least 1.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > Day || options.MaxRetryDelay < options.RetryDelay)
        {
            errors.Add($"{at}:RetryDelay must be between 0 and a day, and MaxRetryDelay no shorter.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > Day)
        {
            errors.Add($"{at}:AttemptTimeout must be between 10 ms and a day.");
        }

        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            errors.Add($"{at}:BreakerFailureRatio must be above 0 and at most 1.");
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            errors.Add($"{at}:BreakerMinimumThroughput must be at least 2.");
        }

        if (options.BreakerSamplingDuration < HalfSecond || options.BreakerSamplingDuration > Day
            || options.BreakDuration < HalfSecond || options.BreakDuration > Day)
        {
            errors.Add($"{at}:BreakerSamplingDuration and BreakDuration must be between 500 ms and a day.");
        }

        if (options.MaxPageBytes < 1024)
        {
            errors.Add($"{at}:MaxPageBytes must be at least 1024.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
