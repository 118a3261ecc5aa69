using MatTran.Durable.Time;
using MatTran.Functions.Auth;
using MatTran.Functions.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Functions.Durable;

/// <summary>
/// Development/Test routes that read and move the virtual clock, so a year of deadlines can be rehearsed in minutes.
/// They are mapped only when the virtual clock is registered (which start-up refuses outside Development/Test).
/// </summary>
public static class DevClockApi
{
    public static WebApplication MapDevClockApi(this WebApplication app)
    {
        if (app.Services.GetService<VirtualTimeProvider>() is null)
        {
            return app;
        }

        var clock = app.MapGroup("/api/dev/clock").RequireAuthorization(MatTranPolicies.Planner);
        clock.MapGet("", (VirtualTimeProvider time) => TypedResults.Ok(new ClockResponse(time.GetUtcNow(), Virtual: true)));
        clock.MapPost("/advance", Advance);
        return app;
    }

    /// <summary>Moves the clock to the target, stopping at every pending timer on the way (see <see cref="VirtualClockStepper"/>).</summary>
    private static async Task<Results<Ok<ClockResponse>, ProblemHttpResult>> Advance(
        ClockAdvanceRequest request, VirtualTimeProvider time, VirtualClockStepper stepper, CancellationToken cancellationToken)
    {
        DateTimeOffset target;
        if (request is { To: { } to, Days: null })
        {
            target = to;
        }
        else if (request is { To: null, Days: { } days } && days > 0 && double.IsFinite(days))
        {
            target = time.GetUtcNow() + TimeSpan.FromDays(days);
        }
        else
        {
            return ApiProblems.WithCode(StatusCodes.Status400BadRequest, ProblemCodes.ClockAdvanceInvalid,
                "Give either 'to' (an ISO 8601 date-time) or 'days' (a positive number), not both.");
        }

        if (target < time.GetUtcNow())
        {
            return Backwards(time);
        }

        try
        {
            var (timersFired, settled) = await stepper.AdvanceAsync(target, cancellationToken);
            return TypedResults.Ok(new ClockResponse(time.GetUtcNow(), Virtual: true, timersFired, settled));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Another advance moved the clock past the target between the check and the move.
            return Backwards(time);
        }
    }

    private static ProblemHttpResult Backwards(VirtualTimeProvider time) => ApiProblems.WithCode(
        StatusCodes.Status422UnprocessableEntity, ProblemCodes.ClockBackwards,
        $"The virtual clock cannot go backwards; it is {time.GetUtcNow():O}.");
}
