using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using MatTran.Inspections.Email;
using MatTran.Inspections.Email.Archive;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.LocalHost.Tests;

[TestClass]
public sealed class DevMailboxApiTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Mailbox_lists_archived_emails_for_one_recipient_newest_first_with_decoded_subjects()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        string to = $"xa.{Guid.NewGuid():N}@caobang.example.vn";
        var older = await ArchiveAsync(host, to, "Thông báo kiểm tra", new DateTimeOffset(2027, 5, 3, 8, 0, 0, TimeSpan.FromHours(7)));
        var newer = await ArchiveAsync(host, to, "Nhắc nộp báo cáo tự kiểm tra", new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.FromHours(7)));
        await ArchiveAsync(host, "someone-else@example.vn", "Thư khác", new DateTimeOffset(2027, 5, 21, 8, 0, 0, TimeSpan.FromHours(7)));

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/dev/mailbox?to={Uri.EscapeDataString(to)}", "admin"), TestContext.CancellationToken);

        var entries = (await response.ReadJsonAsync(TestContext.CancellationToken)).EnumerateArray().ToList();
        Assert.HasCount(2, entries);
        Assert.AreEqual("Nhắc nộp báo cáo tự kiểm tra", entries[0].GetProperty("subject").GetString());
        Assert.AreEqual(newer.Key, entries[0].GetProperty("idempotencyKey").GetString());
        Assert.AreEqual(older.Key, entries[1].GetProperty("idempotencyKey").GetString());
        Assert.AreEqual(to, entries[1].GetProperty("to")[0].GetString());
        Assert.AreEqual(new DateTimeOffset(2027, 5, 3, 8, 0, 0, TimeSpan.FromHours(7)), entries[1].GetProperty("date").GetDateTimeOffset());
    }

    [TestMethod]
    public async Task Mailbox_returns_one_archived_email_as_message_rfc822_and_404_for_an_unknown_one()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var archived = await ArchiveAsync(host, $"xa.{Guid.NewGuid():N}@example.vn", "Kết luận kiểm tra", DateTimeOffset.UtcNow);

        using var found = await host.Client.SendAsync(ApiRequests.Get($"api/dev/mailbox/{archived.Name}", "admin"), TestContext.CancellationToken);
        using var missing = await host.Client.SendAsync(ApiRequests.Get("api/dev/mailbox/2027/01/khong-co.eml", "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, found.StatusCode);
        Assert.AreEqual("message/rfc822", found.Content.Headers.ContentType?.MediaType);
        CollectionAssert.AreEqual(archived.Eml, await found.Content.ReadAsByteArrayAsync(TestContext.CancellationToken));
        Assert.AreEqual("mail.notFound", (await missing.ReadProblemAsync(404, TestContext.CancellationToken)).GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Archived_email_tells_the_browser_not_to_sniff_the_content_type()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var archived = await ArchiveAsync(host, $"xa.{Guid.NewGuid():N}@example.vn", "Thông báo kiểm tra", DateTimeOffset.UtcNow);

        using var response = await host.Client.SendAsync(ApiRequests.Get($"api/dev/mailbox/{archived.Name}", "admin"), TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        CollectionAssert.AreEqual(new[] { "nosniff" }, response.Headers.GetValues("X-Content-Type-Options").ToArray());
    }

    [TestMethod]
    [DataRow("planner")]
    [DataRow("inspector")]
    [DataRow("supervisor")]
    public async Task Mailbox_is_403_for_every_role_but_admin(string user)
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken);
        var archived = await ArchiveAsync(host, $"xa.{Guid.NewGuid():N}@example.vn", "Thông báo kiểm tra", DateTimeOffset.UtcNow);

        using var list = await host.Client.SendAsync(ApiRequests.Get("api/dev/mailbox", user), TestContext.CancellationToken);
        using var one = await host.Client.SendAsync(ApiRequests.Get($"api/dev/mailbox/{archived.Name}", user), TestContext.CancellationToken);

        await list.ReadProblemAsync(403, TestContext.CancellationToken);
        await one.ReadProblemAsync(403, TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Mailbox_does_not_exist_in_Production_even_for_an_administrator()
    {
        var host = await TestHost.SharedAsync(TestContext.CancellationToken, "Production");
        var principal = new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[] { new { typ = "name", val = "lan" }, new { typ = "roles", val = "Admin" } },
        };
        using var request = ApiRequests.Get("api/dev/mailbox", null);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal))));

        using var response = await host.Client.SendAsync(request, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(string Name, string Key, byte[] Eml)> ArchiveAsync(TestHost host, string to, string subject, DateTimeOffset date)
    {
        string key = $"test-{Guid.NewGuid():N}:notice";
        var message = new EmailMessage
        {
            To = [new EmailAddress(to, "Ủy ban MTTQ xã")],
            Subject = subject,
            TextBody = "Nội dung",
            HtmlBody = "<p>Nội dung</p>",
            IdempotencyKey = key,
        };
        using var mime = MimeMessages.Create(message, new EmailAddress("kiemtra@mattran.example.vn", null), $"<{key}@mattran.example.vn>", date);
        byte[] eml = MimeMessages.ToEml(mime);
        string name = EmailArchivePaths.For(key, date);
        var container = host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("mail");
        await container.CreateIfNotExistsAsync(cancellationToken: TestContext.CancellationToken);
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(eml), TestContext.CancellationToken);
        return (name, key, eml);
    }
}
