using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>Appends a shared access signature to every request's query (connection strings with a SAS).</summary>
internal sealed class SasQueryPolicy(AzureSasCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        string existing = message.Request.Uri.Query;
        string sas = credential.Signature.TrimStart('?');
        if (!existing.Contains(sas, StringComparison.Ordinal))
        {
            message.Request.Uri.Query = string.IsNullOrEmpty(existing) ? "?" + sas : existing + "&" + sas;
        }
    }
}
