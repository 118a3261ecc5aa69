using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>Adds the service version and the <c>MatTran/&lt;version&gt;</c> user agent to each call.</summary>
internal sealed class StorageHeadersPolicy(string serviceVersion) : HttpPipelineSynchronousPolicy
{
    private static readonly string UserAgent =
        "MatTran/" + (typeof(StorageHeadersPolicy).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", serviceVersion);
        message.Request.Headers.SetValue("User-Agent", UserAgent);
    }
}
