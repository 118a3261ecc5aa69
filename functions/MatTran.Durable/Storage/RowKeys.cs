using System.Globalization;

namespace MatTran.Durable.Storage;

/// <summary>
/// Row keys inside an instance's partition of <c>{hub}State</c>. They sort as
/// <c>h…</c> (history) &lt; <c>in…</c> (inbox) &lt; <c>meta</c> &lt; <c>out…</c> (outbox), so one range query from
/// <c>in</c> reads inbox, meta and outbox together.
/// </summary>
internal static class RowKeys
{
    public const string Meta = "meta";
    public const string HistoryPrefix = "h";
    public const string InboxPrefix = "in";
    public const string OutboxPrefix = "out";

    /// <summary>Upper bound (exclusive) of history keys.</summary>
    public const string HistoryEnd = "i";

    public static string History(int sequence) => "h" + sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static string Outbox(int sequence) => "out" + sequence.ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>Start of an execution: sorts before everything else in the inbox.</summary>
    public static string Start(string executionId) => "in0-" + executionId;

    /// <summary>Events and commands in arrival order (see <see cref="ArrivalClock"/>); the suffix keeps concurrent senders apart.</summary>
    public static string Arrival(long orderTicks, string suffix) =>
        "in1-" + orderTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + suffix;

    /// <summary>
    /// The one result a scheduled task can have: the key is fixed by execution and task id, so a redelivered
    /// activity result or a repeated timer delivery is an insert conflict, not a second completion.
    /// </summary>
    public static string Result(string executionId, int taskId) =>
        "in2-" + executionId + "-" + taskId.ToString("D8", CultureInfo.InvariantCulture);
}
