using System.Text.RegularExpressions;

namespace MatTran.Durable.Storage;

/// <summary>
/// Storage names derived from a task hub name: tables <c>{hub}State</c> and <c>{hub}Timers</c>, queues
/// <c>{hub}-control</c> and <c>{hub}-work</c> and container <c>{hub}-payloads</c> (queue and container names lower-case,
/// as the services require).
/// </summary>
internal sealed partial class TaskHubNames
{
    public TaskHubNames(string taskHubName)
    {
        if (taskHubName is null || !HubPattern().IsMatch(taskHubName))
        {
            throw new ArgumentException(
                "A task hub name is 3 to 45 letters or digits starting with a letter (it prefixes table and queue names).",
                nameof(taskHubName));
        }

        var lower = taskHubName.ToLowerInvariant();
        StateTable = taskHubName + "State";
        TimersTable = taskHubName + "Timers";
        ControlQueue = lower + "-control";
        WorkQueue = lower + "-work";
        PayloadContainer = lower + "-payloads";
    }

    public string StateTable { get; }

    public string TimersTable { get; }

    public string ControlQueue { get; }

    public string WorkQueue { get; }

    public string PayloadContainer { get; }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex HubPattern();
}
