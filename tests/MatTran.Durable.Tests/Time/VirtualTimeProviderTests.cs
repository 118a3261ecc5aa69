using MatTran.Durable.Time;

namespace MatTran.Durable.Tests.Time;

[TestClass]
public sealed class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Clock_stands_still_until_advanced()
    {
        var clock = new VirtualTimeProvider(Start);

        clock.Advance(TimeSpan.FromDays(400));

        Assert.AreEqual(Start.AddDays(400), clock.GetUtcNow());
    }

    [TestMethod]
    public void Advancing_fires_due_timers_in_order_at_their_due_time()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromDays(2), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        using var never = clock.CreateTimer(_ => fired.Add(("never", clock.GetUtcNow())), null, TimeSpan.FromDays(9), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromDays(3));

        CollectionAssert.AreEqual(new[] { ("early", Start.AddHours(1)), ("late", Start.AddDays(2)) }, fired);
    }

    [TestMethod]
    public void Periodic_timer_fires_once_per_period_passed()
    {
        var clock = new VirtualTimeProvider(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.AreEqual(10, count);
    }

    [TestMethod]
    public void Disposed_timer_does_not_fire()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.IsFalse(fired);
    }

    [TestMethod]
    public async Task Task_Delay_on_the_virtual_clock_completes_when_the_clock_passes_it()
    {
        var clock = new VirtualTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromDays(30), clock, TestContext.CancellationToken);
        Assert.IsFalse(delay.IsCompleted);

        clock.Advance(TimeSpan.FromDays(30));

        await delay;
    }

    [TestMethod]
    public void Clock_refuses_to_go_backwards()
    {
        var clock = new VirtualTimeProvider(Start);

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start.AddSeconds(-1)));
    }

    public TestContext TestContext { get; set; } = null!;
}
