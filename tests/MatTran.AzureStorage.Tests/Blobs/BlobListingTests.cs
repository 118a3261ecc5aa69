using MatTran.AzureStorage.Blobs;

namespace MatTran.AzureStorage.Tests.Blobs;

[TestClass]
public sealed class BlobListingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Listing_by_prefix_follows_next_marker_across_pages_with_metadata()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        for (int i = 0; i < 7; i++)
        {
            await container.GetBlobClient($"plan-325/report-{i}.pdf").UploadAsync(BinaryData.FromString("r" + i),
                new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["version"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unit"] = "Xã Đức Long" } },
                TestContext.CancellationToken);
        }

        await container.UploadBlobAsync("plan-400/other.pdf", BinaryData.FromString("other"), TestContext.CancellationToken);

        var pages = new List<(int Count, string? Token)>();
        var items = new List<BlobItem>();
        await foreach (var page in container.GetBlobsAsync("plan-325/", TestContext.CancellationToken).AsPages(pageSizeHint: 3))
        {
            pages.Add((page.Values.Count, page.ContinuationToken));
            items.AddRange(page.Values);
        }

        CollectionAssert.AreEqual(new[] { 3, 3, 1 }, pages.Select(p => p.Count).ToArray());
        Assert.IsNotNull(pages[0].Token);
        Assert.IsNull(pages[^1].Token);
        CollectionAssert.AreEqual(
            Enumerable.Range(0, 7).Select(i => $"plan-325/report-{i}.pdf").ToArray(), items.Select(b => b.Name).ToArray());
        Assert.AreEqual("4", items[4].Metadata["version"]);
        Assert.AreEqual("Xã Đức Long", items[4].Metadata["unit"]);
        Assert.AreEqual(2, items[0].Properties.ContentLength);
        Assert.IsNotNull(items[0].Properties.ETag);
        Assert.IsNotNull(items[0].Properties.LastModified);
    }

    [TestMethod]
    public async Task Listing_without_page_size_returns_every_blob_of_the_prefix()
    {
        var container = await BlobTestContainer.CreateAsync(TestContext.CancellationToken);
        await container.UploadBlobAsync("a/1.txt", BinaryData.FromString("1"), TestContext.CancellationToken);
        await container.UploadBlobAsync("a/2.txt", BinaryData.FromString("2"), TestContext.CancellationToken);
        await container.UploadBlobAsync("b/3.txt", BinaryData.FromString("3"), TestContext.CancellationToken);

        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: TestContext.CancellationToken))
        {
            names.Add(item.Name);
        }

        CollectionAssert.AreEqual(new[] { "a/1.txt", "a/2.txt", "b/3.txt" }, names);
    }
}
