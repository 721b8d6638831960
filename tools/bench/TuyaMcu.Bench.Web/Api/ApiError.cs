namespace TuyaMcu.Bench.Web.Api;

/// <summary>A request the bench refuses, with one line naming what is wrong and the HTTP status to answer with.</summary>
public sealed class ApiError(int status, string message) : Exception(message)
{
    /// <summary>400: the request is malformed or out of range.</summary>
    public static ApiError Bad(string message) => new(400, message);

    /// <summary>409: this session cannot do that (no module in mcu mode, no clock outside sim).</summary>
    public static ApiError NotHere(string message) => new(409, message);

    public int Status { get; } = status;
}
