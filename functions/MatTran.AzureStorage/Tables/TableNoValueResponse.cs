using Azure;

namespace MatTran.AzureStorage.Tables;

/// <summary>A response that answered "no such entity" (404): <see cref="NullableResponse{T}.HasValue"/> is false.</summary>
internal sealed class TableNoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T? Value => default;

    public override Response GetRawResponse() => response;
}
