namespace MatTran.Api.Hosting;

public static class ApiEnvironments
{
    public const string Test = "Test";

    /// <summary>
    /// Development and Test: where the demo-user header, the Development mailbox, demo data and rehearsals exist;
    /// nowhere else do they even answer.
    /// </summary>
    public static bool IsDevelopmentOrTest(this IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() || environment.IsEnvironment(Test);
    }
}
