using Azure.Data.Tables;
using MatTran.Inspections.Documents;
using MatTran.Inspections.Documents.Numbering;

namespace MatTran.Inspections.Tests.Documents;

[TestClass]
public sealed class DocumentNumberAllocatorTests
{
    public TestContext TestContext { get; set; } = null!;

    private async Task<DocumentNumberAllocator> AllocatorAsync()
    {
        var servers = await Emulators.GetServersAsync(TestContext.CancellationToken);
        var table = new TableClient(servers.StorageConnectionString, Emulators.UniqueName("numbers"));
        return new DocumentNumberAllocator(table, TimeProvider.System);
    }

    [TestMethod]
    public async Task Twenty_concurrent_allocations_get_1_to_20_without_gaps_or_duplicates()
    {
        var allocator = await AllocatorAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Decision, 2023, $"insp-{i}:team-decision", TestContext.CancellationToken))));

        CollectionAssert.AreEqual(Enumerable.Range(1, 20).ToList(), numbers.Select(n => n.Sequence).Order().ToList());
    }

    [TestMethod]
    public async Task Repeated_key_gets_the_same_number_and_takes_no_new_one()
    {
        var allocator = await AllocatorAsync();

        var first = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "insp-1:notice", TestContext.CancellationToken);
        var retried = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "insp-1:notice", TestContext.CancellationToken);
        var next = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "insp-2:notice", TestContext.CancellationToken);

        Assert.AreEqual(1, first.Sequence);
        Assert.AreEqual(first, retried);
        Assert.AreEqual(2, next.Sequence);
        Assert.AreEqual("1/TB-MTTQ-BTT", first.Text);
    }

    [TestMethod]
    public async Task Concurrent_retries_of_one_step_share_one_number()
    {
        var allocator = await AllocatorAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "insp-9:conclusion", TestContext.CancellationToken))));
        var after = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "insp-10:conclusion", TestContext.CancellationToken);

        Assert.IsTrue(numbers.All(n => n.Sequence == 1));
        Assert.AreEqual(2, after.Sequence);
    }

    [TestMethod]
    public async Task Types_years_and_issuers_count_separately()
    {
        var allocator = await AllocatorAsync();
        var district = SampleDocuments.Issuer with { Id = "huyen-hoa-an", Symbol = "MTTQ-BTT" };

        var decision = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Decision, 2023, "a", TestContext.CancellationToken);
        var notice = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Notice, 2023, "b", TestContext.CancellationToken);
        var nextYear = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Decision, 2024, "c", TestContext.CancellationToken);
        var otherIssuer = await allocator.AllocateAsync(district, DocumentType.Decision, 2023, "d", TestContext.CancellationToken);
        var secondDecision = await allocator.AllocateAsync(SampleDocuments.Issuer, DocumentType.Decision, 2023, "e", TestContext.CancellationToken);

        Assert.AreEqual(1, decision.Sequence);
        Assert.AreEqual(1, notice.Sequence);
        Assert.AreEqual(1, nextYear.Sequence);
        Assert.AreEqual(2024, nextYear.Year);
        Assert.AreEqual(1, otherIssuer.Sequence);
        Assert.AreEqual(2, secondDecision.Sequence);
    }

    [TestMethod]
    public void Issuer_id_with_a_key_breaking_character_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DocumentNumberAllocator.PartitionKeyFor("tinh/cao-bang", DocumentType.Decision, 2023));
    }
}
