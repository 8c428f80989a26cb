namespace RevenueCycle.Core.Common;

/// <summary>The outcome of a service call: success, or a failure with a message a biller or coder understands.</summary>
public record Result(bool Succeeded, string? Error)
{
    public static Result Success() => new(true, null);

    public static Result Failure(string error) => new(false, error);

    public static Result<T> Success<T>(T value) => new(true, null, value);

    public static Result<T> Failure<T>(string error) => new(false, error, default);
}

/// <summary>A <see cref="Result"/> that carries a value on success.</summary>
public sealed record Result<T>(bool Succeeded, string? Error, T? Value) : Result(Succeeded, Error);
