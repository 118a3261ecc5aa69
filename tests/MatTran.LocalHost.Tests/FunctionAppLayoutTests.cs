using System.Text.Json;

namespace MatTran.LocalHost.Tests;

/// <summary>The Functions host finds host.json and one function.json per function next to the handler's executable.</summary>
[TestClass]
public sealed class FunctionAppLayoutTests
{
    private static JsonElement Read(params string[] path) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine([AppContext.BaseDirectory, .. path]))).RootElement;

    private static JsonElement Binding(string function) => Read(function, "function.json").GetProperty("bindings")[0];

    [TestMethod]
    [DataRow("durable-control", "mattran-control")]
    [DataRow("durable-work", "mattran-work")]
    public void Queue_functions_trigger_on_the_default_task_hub_queues_with_the_message_binding(string function, string queue)
    {
        var trigger = Binding(function);

        Assert.AreEqual("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.AreEqual(queue, trigger.GetProperty("queueName").GetString());
        Assert.AreEqual("message", trigger.GetProperty("name").GetString());
        Assert.AreEqual("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
    }

    [TestMethod]
    public void Timer_function_sweeps_every_minute_and_http_function_takes_every_path()
    {
        var timer = Binding("durable-timers");
        var http = Binding("http");

        Assert.AreEqual("timerTrigger", timer.GetProperty("type").GetString());
        Assert.AreEqual("0 */1 * * * *", timer.GetProperty("schedule").GetString());
        Assert.AreEqual("{*path}", http.GetProperty("route").GetString());
        Assert.AreEqual("anonymous", http.GetProperty("authLevel").GetString());
    }

    [TestMethod]
    public void Host_json_forwards_http_to_the_handler_and_decodes_base64_queue_messages()
    {
        var host = Read("host.json");

        Assert.IsTrue(host.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.AreEqual("base64", host.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
    }
}
