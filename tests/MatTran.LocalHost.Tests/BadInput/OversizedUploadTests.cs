using MatTran.Api.Problems;
using MatTran.Api.Routing;
using MatTran.Inspections.Uploads;
using MatTran.Inspections.Validation;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// Uploads over the documented limit (<c>Uploads:MaxBytes</c>, 20 MB by default) on each route that takes a file: a
/// body over the route's limit (the file limit plus 256 KB of form) is refused by its declared length before it is
/// read (413 <c>request.bodyTooLarge</c>); a file one byte over the limit inside a body that fits is read to the
/// form's temporary file and refused (413, <c>codes.file: upload.tooLarge</c>). Either way nothing is stored.
/// </summary>
[TestClass]
public sealed class OversizedUploadTests
{
    private const long Limit = UploadPolicy.DefaultMaxBytes;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Inspections_SelfReport", 50L * 1024 * 1024)]
    [DataRow("Inspections_SelfReport", Limit + ApiBodyLimits.FormOverheadBytes + 1)]
    [DataRow("Inspections_Feedback", 50L * 1024 * 1024)]
    public async Task A_body_over_the_route_limit_is_413_before_it_is_read(string functionName, long fileBytes)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var request = RouteCalls.Request(bad, RouteCalls.Named(functionName), new StreamedUpload("bao-cao.pdf", fileBytes)).ExpectingContinue();
        await RefusalAssert.RefusedAsync(bad, request, 413, ProblemCodes.BodyTooLarge, TestContext.CancellationToken);
    }

    [TestMethod]
    [DataRow("Inspections_SelfReport")]
    [DataRow("Inspections_Feedback")]
    public async Task A_file_one_byte_over_the_limit_is_413_upload_too_large(string functionName)
    {
        var bad = await BadInputHost.GetAsync(TestContext.CancellationToken);
        var request = RouteCalls.Request(bad, RouteCalls.Named(functionName), new StreamedUpload("bao-cao.pdf", Limit + 1));
        await RefusalAssert.RefusedAsync(bad, request, 413, ValidationCodes.UploadTooLarge, TestContext.CancellationToken, field: "file");
    }
}
