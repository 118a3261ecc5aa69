using System.Text.Json.Serialization;

namespace MatTran.LocalHost.Tests.Rehearsal;

/// <summary>The parts of a maildev message the rehearsal reads.</summary>
internal sealed record ReceivedEmail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<ReceivedAddress> To,
    [property: JsonPropertyName("text")] string? Text);

internal sealed record ReceivedAddress([property: JsonPropertyName("address")] string Address);
