using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MatTran.AzureStorage.Pipeline;

namespace MatTran.AzureStorage.Tables;

/// <summary>The pipeline and account endpoint shared by a service client and the table clients it hands out.</summary>
internal sealed class TableConnection
{
    public const string JsonContentType = "application/json";
    public const string Accept = "application/json;odata=minimalmetadata";

    private TableConnection(HttpPipeline pipeline, Uri endpoint)
    {
        Pipeline = pipeline;
        Endpoint = endpoint;
    }

    public HttpPipeline Pipeline { get; }

    /// <summary>The account's table endpoint, ending with '/'.</summary>
    public Uri Endpoint { get; }

    public static TableConnection FromConnectionString(string connectionString, TableClientOptions? options)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        return Create(parsed.TableEndpoint, StorageAuthentication.FromConnectionString(parsed), options);
    }

    public static TableConnection Create(Uri endpoint, StorageAuthentication authentication, TableClientOptions? options) =>
        new(StoragePipeline.Build(options ?? new TableClientOptions(), StorageService.Table, TableClientOptions.ServiceVersion, authentication),
            TableUris.NormalizeEndpoint(endpoint));

    /// <summary>A request with the headers every Table call carries (OData JSON, data service version 3.0).</summary>
    public HttpMessage CreateMessage(RequestMethod method, Uri uri, byte[]? json = null)
    {
        var message = Pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.SetValue("Accept", Accept);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        if (json is not null)
        {
            request.Headers.SetValue("Content-Type", JsonContentType);
            request.Content = RequestContent.Create(json);
        }

        return message;
    }

    /// <summary>Sends and returns the response when its status is one the caller expects, else throws the storage error.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (Array.IndexOf(expected, response.Status) < 0)
        {
            throw new RequestFailedException(response);
        }

        return response;
    }
}
