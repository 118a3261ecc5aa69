using Azure.Core;
using MatTran.Durable;

namespace MatTran.Bench;

/// <summary>A fresh task hub with the hello-world sequence registered and every storage request counted.</summary>
internal static class BenchHub
{
    public static readonly string[] Cities = ["Hà Nội", "Huế", "Sài Gòn"];

    public static DurableTaskOptions Create(string connectionString, RequestCounter counter) =>
        new DurableTaskOptions
        {
            TaskHubName = "Bench" + Guid.NewGuid().ToString("N")[..10],
            StorageConnectionString = connectionString,
            ConfigureStorageClient = options => options.AddPolicy(counter, HttpPipelinePosition.PerRetry),
            MinPollingInterval = TimeSpan.FromMilliseconds(10),
            MaxPollingInterval = TimeSpan.FromMilliseconds(200),
            MaxConcurrentOrchestrations = 8,
            MaxConcurrentActivities = 16,
        }
        .AddActivityFunc<string, string>("SayHello", (_, city) => Task.FromResult($"Xin chào {city}!"))
        .AddOrchestratorFunc<string[], List<string>>("HelloSequence", async (ctx, cities) =>
        {
            var greetings = new List<string>();
            foreach (var city in cities)
            {
                greetings.Add(await ctx.CallActivityAsync<string>("SayHello", city));
            }

            return greetings;
        });
}
