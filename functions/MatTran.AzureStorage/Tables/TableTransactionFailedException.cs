using System.Globalization;
using Azure;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// A transaction the service rejected as a whole; nothing of it was applied. <see cref="FailedTransactionActionIndex"/>
/// says which action failed. Mirrors Azure.Data.Tables.TableTransactionFailedException.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    internal TableTransactionFailedException(Response failedOperationResponse)
        : base(failedOperationResponse, null, new StorageRequestFailedDetailsParser())
    {
        FailedTransactionActionIndex = ParseIndex(failedOperationResponse);
    }

    /// <summary>The zero-based index of the failing action in the submitted list, when the service named it.</summary>
    public int? FailedTransactionActionIndex { get; }

    // The service prefixes the error message with the failing operation's index: "57:The specified entity already exists."
    private static int? ParseIndex(Response response)
    {
        if (!new StorageRequestFailedDetailsParser().TryParse(response, out var error, out _) || error?.Message is not { } message)
        {
            return null;
        }

        int colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            ? index
            : null;
    }
}
