using System.Text;

namespace MatTran.AzureStorage.Blobs;

/// <summary>A signed SAS; <see cref="ToString"/> gives the query string to append to the blob URI (without '?').</summary>
public sealed class BlobSasQueryParameters
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _parameters;

    internal BlobSasQueryParameters(IReadOnlyList<KeyValuePair<string, string>> parameters, DateTimeOffset expiresOn, string signature)
    {
        _parameters = parameters;
        ExpiresOn = expiresOn;
        Signature = signature;
    }

    public DateTimeOffset ExpiresOn { get; }

    public string Signature { get; }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in _parameters)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('&');
            }

            sb.Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return sb.ToString();
    }
}
