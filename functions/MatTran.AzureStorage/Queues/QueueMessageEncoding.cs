namespace MatTran.AzureStorage.Queues;

/// <summary>How message text is put on the wire.</summary>
public enum QueueMessageEncoding
{
    /// <summary>The text as is (XML-escaped inside the request body).</summary>
    None,

    /// <summary>Base64 of the UTF-8 text: what the Azure Functions queue trigger decodes by default.</summary>
    Base64,
}
