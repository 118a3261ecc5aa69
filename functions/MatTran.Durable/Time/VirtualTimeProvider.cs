namespace MatTran.Durable.Time;

/// <summary>
/// A clock that only moves when told to. <see cref="Advance"/> and <see cref="SetUtcNow"/> walk time forward and run
/// every timer (<see cref="TimeProvider.CreateTimer"/>, and so <c>Task.Delay(…, provider)</c>) that falls due on the
/// way, in due order, so that a year of deadlines can be rehearsed in seconds. Used by tests and by the Development
/// host; never register it in production.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _timers = [];
    private DateTimeOffset _now;
    private TimeZoneInfo _localTimeZone = TimeZoneInfo.Utc;

    public VirtualTimeProvider(DateTimeOffset start) => _now = start.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    /// <summary>Ticks of virtual time, so that elapsed-time measurements follow the virtual clock too.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void SetLocalTimeZone(TimeZoneInfo timeZone) => _localTimeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));

    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        SetUtcNow(GetUtcNow() + delta);
    }

    /// <summary>Moves the clock to <paramref name="target"/> (never backwards), firing due timers on the way.</summary>
    public void SetUtcNow(DateTimeOffset target)
    {
        target = target.ToUniversalTime();
        while (true)
        {
            VirtualTimer? due;
            lock (_gate)
            {
                if (target < _now)
                {
                    throw new ArgumentOutOfRangeException(nameof(target), "The virtual clock cannot go backwards.");
                }

                due = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.DueAt > _now)
                {
                    _now = due.DueAt;
                }

                due.Reschedule(_now);
            }

            // Outside the lock: a callback may read the clock or create timers.
            due.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer(VirtualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                DueAt = clock._now + dueTime;
                clock._timers.Add(this);
                return true;
            }
        }

        /// <summary>Called under the clock's lock when the timer fires: re-arm a periodic timer, drop a one-shot.</summary>
        public void Reschedule(DateTimeOffset now)
        {
            clock._timers.Remove(this);
            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                DueAt = now + _period;
                clock._timers.Add(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
