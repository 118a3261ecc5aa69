using System.Diagnostics;
using MatTran.Api.Routing;

namespace MatTran.Api.Telemetry;

/// <summary>
/// A unit's link token travels in the query (<c>?t=</c>) and is its only credential, so no span may carry it: the
/// URL tags the HTTP instrumentations set (and whatever Azure Monitor turns into request and dependency URLs) lose the
/// parameter altogether — OpenTelemetry's own redaction would still leave <c>t=Redacted</c> behind.
/// </summary>
public static class LinkTokenRedaction
{
    private static readonly string[] UrlTags = ["url.query", "url.full", "http.url", "http.target"];

    public static void Scrub(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (string tag in UrlTags)
        {
            if (activity.GetTagItem(tag) is string value)
            {
                activity.SetTag(tag, WithoutToken(value));
            }
        }

        if (activity.DisplayName.Contains('?', StringComparison.Ordinal))
        {
            activity.DisplayName = WithoutToken(activity.DisplayName);
        }
    }

    /// <summary>
    /// A URL, or a bare query (with or without its <c>?</c>), without the token parameter; null when nothing is left
    /// of a bare query.
    /// </summary>
    public static string WithoutToken(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int question = value.IndexOf('?', StringComparison.Ordinal);
        bool bareQuery = question < 0 && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith('/');
        if (question < 0 && !bareQuery)
        {
            return value;
        }

        string head = bareQuery ? string.Empty : value[..question];
        string query = bareQuery ? value : value[(question + 1)..];
        int hash = query.IndexOf('#', StringComparison.Ordinal);
        string fragment = hash >= 0 ? query[hash..] : string.Empty;
        query = hash >= 0 ? query[..hash] : query;
        string kept = string.Join('&', query.Split('&').Where(pair => !IsToken(pair)));
        if (bareQuery)
        {
            return kept;
        }

        return head + (kept.Length > 0 ? "?" + kept : string.Empty) + fragment;
    }

    private static bool IsToken(string pair)
    {
        int equals = pair.IndexOf('=', StringComparison.Ordinal);
        string name = Uri.UnescapeDataString(equals >= 0 ? pair[..equals] : pair);
        return name.Equals(ApiAccessPolicy.TokenParameter, StringComparison.OrdinalIgnoreCase);
    }
}
