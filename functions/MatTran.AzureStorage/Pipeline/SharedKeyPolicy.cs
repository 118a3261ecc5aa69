using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>Signs each attempt with SharedKey; runs per retry, after <see cref="StorageDatePolicy"/>.</summary>
internal sealed class SharedKeyPolicy(StorageSharedKeyCredential credential, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var uri = request.Uri.ToUri();
        var headers = SharedKeyCanonicalizer.HeaderMap(request);
        string stringToSign = service == StorageService.Table
            ? SharedKeyCanonicalizer.TableStringToSign(request.Method.Method, uri, headers, credential.AccountName)
            : SharedKeyCanonicalizer.BlobQueueStringToSign(
                request.Method.Method, uri, headers, ContentLength(request), credential.AccountName);
        request.Headers.SetValue(
            "Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeHmacSha256(stringToSign)}");
    }

    private static long? ContentLength(Request request) =>
        request.Content is { } content && content.TryComputeLength(out long length) ? length : null;
}
