using MatTran.Inspections.Links;
using MatTran.LocalHost.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MatTran.LocalHost.Tests.BadInput;

/// <summary>
/// What every bad-input test sends its requests to: the assembly's shared host (default settings, so the documented
/// 20 MB upload limit), its log captured from the first test on, and a plan launched in real time whose two
/// inspections wait in Scheduled for months — so every id a route names exists, and nothing moves by itself between
/// a "before" and an "after" read.
/// </summary>
internal sealed class BadInputHost
{
    /// <summary>Personal data the bad requests carry; none of it may reach the log.</summary>
    public const string PersonName = "Phạm Văn Bímật";
    public const string Email = "bimat.pham@example.vn";
    public const string Phone = "0912345678";

    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static BadInputHost? s_instance;

    private BadInputHost(TestHost host, LaunchedPlan plan, CapturedLog log)
    {
        Host = host;
        Plan = plan;
        Log = log;
    }

    public TestHost Host { get; }

    public LaunchedPlan Plan { get; }

    public CapturedLog Log { get; }

    public HttpClient Client => Host.Client;

    /// <summary>A current link of the district for its inspection, as its email carries it.</summary>
    public string UnitToken => Plan.Link(Plan.Tree.District, Plan.DistrictInspection, UnitLinkPurpose.SelfReportUpload);

    /// <summary>Text that holds every piece of personal data above, for bodies that are refused.</summary>
    public static string Personal => $"{PersonName} {Phone} {Email}";

    public static async Task<BadInputHost> GetAsync(CancellationToken cancellationToken)
    {
        if (s_instance is not null)
        {
            return s_instance;
        }

        await s_gate.WaitAsync(cancellationToken);
        try
        {
            if (s_instance is null)
            {
                var host = await TestHost.SharedAsync(cancellationToken);
                var log = new CapturedLog();
                host.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
                var plan = await LaunchedPlan.StartAsync(host, cancellationToken);
                s_instance = new BadInputHost(host, plan, log);
            }

            return s_instance;
        }
        finally
        {
            s_gate.Release();
        }
    }

    /// <summary>No line of the log holds a link token's signature, the signing key or the personal data above.</summary>
    public void AssertLogHoldsNoSecrets()
    {
        Assert.IsNotEmpty(Log.Lines, "the capture sees the host's log");
        string[] secrets = [UnitToken.Split('.')[1], TestHost.SigningKey, PersonName, Email, Phone];
        foreach (string line in Log.Lines)
        {
            foreach (string secret in secrets)
            {
                Assert.DoesNotContain(secret, line, StringComparison.Ordinal, "the log holds a secret or personal data of a request");
            }
        }
    }
}
