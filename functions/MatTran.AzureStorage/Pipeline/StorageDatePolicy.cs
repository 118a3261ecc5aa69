using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>Stamps <c>x-ms-date</c> on every attempt; a retried request must carry a fresh date to be signed.</summary>
internal sealed class StorageDatePolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(
            "x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
}
