namespace MatTran.Durable;

/// <summary>What went wrong in an activity, sub-orchestration or orchestration (serialisable, unlike an exception).</summary>
public sealed record TaskFailureDetails(
    string ErrorType, string ErrorMessage, string? StackTrace = null, TaskFailureDetails? InnerFailure = null)
{
    /// <summary>True when the failure, or a failure it wraps, was an exception of type <typeparamref name="T"/>.</summary>
    public bool IsCausedBy<T>() where T : Exception
    {
        for (var failure = this; failure is not null; failure = failure.InnerFailure)
        {
            if (failure.ErrorType == typeof(T).FullName)
            {
                return true;
            }
        }

        return false;
    }

    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is TaskFailedException failed)
        {
            // Keep the remote failure as the cause so that callers can still ask IsCausedBy<TheActivityException>().
            return new(failed.GetType().FullName!, failed.Message, failed.StackTrace, failed.FailureDetails);
        }

        return new(
            exception.GetType().FullName!,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is null ? null : FromException(exception.InnerException));
    }

    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
