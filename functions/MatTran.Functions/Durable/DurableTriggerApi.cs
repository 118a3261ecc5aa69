using System.Text.Json;
using MatTran.Durable;
using MatTran.Functions.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MatTran.Functions.Durable;

/// <summary>
/// The custom-handler endpoints of the non-HTTP functions (FunctionApp/durable-*/function.json). Each does one unit of
/// durable work. A failure is not caught: it becomes a 500, which the Functions host counts as a failed invocation, so the
/// queue message comes back (and goes to the poison queue after host.json's maxDequeueCount).
/// </summary>
public static class DurableTriggerApi
{
    /// <summary>Binding name of the queue trigger in durable-control and durable-work function.json.</summary>
    public const string MessageBinding = "message";

    /// <summary>Binding name of the timer trigger in durable-timers function.json.</summary>
    public const string TimerBinding = "timer";

    public static WebApplication MapDurableTriggers(this WebApplication app)
    {
        var triggers = app.MapGroup("").AllowAnonymous().AddEndpointFilter<FunctionsHostOnlyFilter>();
        triggers.MapPost("/durable-control", RunControlAsync);
        triggers.MapPost("/durable-work", RunWorkAsync);
        triggers.MapPost("/durable-timers", SweepTimersAsync);
        return app;
    }

    private static async Task<Results<Ok<CustomHandlerResponse>, ProblemHttpResult>> RunControlAsync(
        CustomHandlerRequest request, DurableWorker worker, CancellationToken cancellationToken)
    {
        if (MessageText(request) is not { } message)
        {
            return MissingMessage();
        }

        await worker.ProcessControlMessageAsync(message, cancellationToken);
        return TypedResults.Ok(new CustomHandlerResponse());
    }

    private static async Task<Results<Ok<CustomHandlerResponse>, ProblemHttpResult>> RunWorkAsync(
        CustomHandlerRequest request, DurableWorker worker, CancellationToken cancellationToken)
    {
        if (MessageText(request) is not { } message)
        {
            return MissingMessage();
        }

        await worker.ProcessWorkItemAsync(message, cancellationToken);
        return TypedResults.Ok(new CustomHandlerResponse());
    }

    /// <summary>The timer's own payload (schedule status, past due) carries nothing the sweep needs: it reads due rows by the clock.</summary>
    private static async Task<Ok<CustomHandlerResponse>> SweepTimersAsync(
        CustomHandlerRequest request, DurableWorker worker, CancellationToken cancellationToken)
    {
        int fired = await worker.SweepTimersAsync(cancellationToken);
        return TypedResults.Ok(new CustomHandlerResponse { Logs = [$"{fired} durable timer(s) fired."] });
    }

    /// <summary>The queue message: the host sends it as a JSON string; a message it parsed as JSON is taken as its raw text.</summary>
    private static string? MessageText(CustomHandlerRequest request)
    {
        if (request.Data is null || !request.Data.TryGetValue(MessageBinding, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
            _ => null,
        };
    }

    private static ProblemHttpResult MissingMessage() => ApiProblems.WithCode(
        StatusCodes.Status400BadRequest, ProblemCodes.TriggerMessageMissing,
        $"The invocation payload has no '{MessageBinding}' value in Data.");
}
