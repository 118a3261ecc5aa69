using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.AzureStorage.Pipeline;

/// <summary>
/// Builds the Azure.Core pipeline every client uses: service version and user agent per call;
/// retries (Azure.Core's exponential policy, which retries 408/429/500/502/503/504 and transport faults);
/// per attempt a fresh <c>x-ms-date</c> and the authentication (SharedKey, bearer token or SAS).
/// Azure.Core itself adds <c>x-ms-client-request-id</c>, logging and distributed tracing.
/// </summary>
internal static class StoragePipeline
{
    public const string StorageScope = "https://storage.azure.com/.default";

    public static HttpPipeline Build(
        ClientOptions options, StorageService service, string serviceVersion, StorageAuthentication authentication)
    {
        var pipelineOptions = new HttpPipelineOptions(options)
        {
            RequestFailedDetailsParser = new StorageRequestFailedDetailsParser(),
        };
        pipelineOptions.PerCallPolicies.Add(new StorageHeadersPolicy(serviceVersion));
        pipelineOptions.PerRetryPolicies.Add(new StorageDatePolicy(authentication.TimeProvider));
        pipelineOptions.PerRetryPolicies.Add(authentication.CreatePolicy(service));
        return HttpPipelineBuilder.Build(pipelineOptions);
    }

    /// <summary>Default options shared by the three services: our user agent instead of Azure SDK telemetry.</summary>
    public static void ApplyDefaults(ClientOptions options)
    {
        options.Diagnostics.IsTelemetryEnabled = false;
        options.Diagnostics.LoggedHeaderNames.Add("x-ms-error-code");
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 5;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
    }

    /// <summary>Throws the storage error for a response the caller does not expect.</summary>
    public static RequestFailedException Failure(Response response) => new(response);
}
