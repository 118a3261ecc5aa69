using Azure.Core;
using Azure.Core.Pipeline;

namespace MatTran.Bench;

/// <summary>Counts storage requests (each retry attempt too) passing through the Azure.Core pipelines of the clients.</summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        return ProcessNextAsync(message, pipeline);
    }
}
