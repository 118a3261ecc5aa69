using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Everything a bad request could have stored for the bad-input plan, read back: the plan and both inspections as
/// staff see them (documents, audit, stage), its units, its issuer's plans and directory, the inspections listed for
/// it and every blob under its id in every container. Two snapshots are compared as text.
/// </summary>
internal static class StoredState
{
    public static async Task<string> CaptureAsync(BadInputHost bad, CancellationToken cancellationToken)
    {
        var plan = bad.Plan;
        var text = new StringBuilder();
        var planJson = JsonNode.Parse(await ReadAsync(bad, $"api/plans/{plan.PlanId}", cancellationToken))!.AsObject();
        // The plan's current time moves by itself; nothing a request stores lives there.
        planJson.Remove("planTime");
        text.AppendLine(planJson.ToJsonString());
        text.AppendLine(await ReadAsync(bad, $"api/inspections/{plan.DistrictInspection}", cancellationToken));
        text.AppendLine(await ReadAsync(bad, $"api/inspections/{plan.CommuneInspection}", cancellationToken));
        text.AppendLine(await ReadAsync(bad, $"api/inspections?planId={plan.PlanId}", cancellationToken));
        text.AppendLine(await ReadAsync(bad, $"api/committees/{plan.Tree.Province}/directory", cancellationToken));
        var units = JsonDocument.Parse(await ReadAsync(bad, "api/units", cancellationToken)).RootElement.EnumerateArray()
            .Where(u => u.GetProperty("id").GetString()!.StartsWith(plan.Tree.Prefix, StringComparison.Ordinal));
        text.AppendJoin('\n', units.Select(u => u.GetRawText())).AppendLine();
        var plans = JsonDocument.Parse(await ReadAsync(bad, "api/plans", cancellationToken)).RootElement.EnumerateArray()
            .Where(p => p.GetProperty("issuerUnitId").GetString() == plan.Tree.Province);
        text.AppendJoin('\n', plans.Select(p => p.GetRawText())).AppendLine();
        var blobs = bad.Host.Services.GetRequiredService<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken))
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, plan.PlanId, cancellationToken: cancellationToken))
            {
                text.Append(container.Name).Append('/').Append(blob.Name).Append(' ').AppendLine(blob.Properties.ETag?.ToString());
            }
        }

        return text.ToString();
    }

    private static async Task<string> ReadAsync(BadInputHost bad, string path, CancellationToken cancellationToken)
    {
        using var response = await bad.Client.SendAsync(ApiRequests.Get(path, "admin"), cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.IsTrue(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
