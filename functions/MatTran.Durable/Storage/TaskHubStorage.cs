using MatTran.AzureStorage.Blobs;
using MatTran.AzureStorage.Queues;
using MatTran.AzureStorage.Tables;

namespace MatTran.Durable.Storage;

/// <summary>The storage clients of one task hub, created once and shared by its client and workers.</summary>
internal sealed class TaskHubStorage
{
    private readonly Lazy<Task> _created;

    public TaskHubStorage(DurableTaskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Names = new TaskHubNames(options.TaskHubName);
        var tableOptions = Configure(new TableClientOptions(), options);
        var queueOptions = Configure(new QueueClientOptions(), options);
        var blobOptions = Configure(new BlobClientOptions(), options);
        if (options.StorageConnectionString is { } connection)
        {
            State = new TableClient(connection, Names.StateTable, tableOptions);
            Timers = new TableClient(connection, Names.TimersTable, tableOptions);
            Control = new QueueClient(connection, Names.ControlQueue, queueOptions);
            Work = new QueueClient(connection, Names.WorkQueue, queueOptions);
            Payloads = new BlobContainerClient(connection, Names.PayloadContainer, blobOptions);
        }
        else if (options is { TableServiceUri: { } tables, QueueServiceUri: { } queues, BlobServiceUri: { } blobs, Credential: { } credential })
        {
            State = new TableClient(tables, Names.StateTable, credential, tableOptions);
            Timers = new TableClient(tables, Names.TimersTable, credential, tableOptions);
            Control = new QueueClient(Child(queues, Names.ControlQueue), credential, queueOptions);
            Work = new QueueClient(Child(queues, Names.WorkQueue), credential, queueOptions);
            Payloads = new BlobContainerClient(Child(blobs, Names.PayloadContainer), credential, blobOptions);
        }
        else
        {
            throw new ArgumentException(
                "Durable task storage needs StorageConnectionString, or the three service URIs with a Credential.", nameof(options));
        }

        _created = new Lazy<Task>(CreateAllAsync);
    }

    public TaskHubNames Names { get; }

    public TableClient State { get; }

    public TableClient Timers { get; }

    public QueueClient Control { get; }

    public QueueClient Work { get; }

    public BlobContainerClient Payloads { get; }

    /// <summary>Creates the tables, queues and container once per process (idempotent on the service side too).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        _created.Value.WaitAsync(cancellationToken);

    private async Task CreateAllAsync() => await Task.WhenAll(
        State.CreateIfNotExistsAsync(),
        Timers.CreateIfNotExistsAsync(),
        Control.CreateIfNotExistsAsync(),
        Work.CreateIfNotExistsAsync(),
        Payloads.CreateIfNotExistsAsync());

    private static T Configure<T>(T clientOptions, DurableTaskOptions options) where T : Azure.Core.ClientOptions
    {
        options.ConfigureStorageClient?.Invoke(clientOptions);
        return clientOptions;
    }

    private static Uri Child(Uri service, string name) => new(service.AbsoluteUri.TrimEnd('/') + "/" + name);
}
