using TuyaMcu.Dispatch;
using TuyaMcu.Link;

namespace TuyaMcu.HostTests.Engine;

/// <summary>Keeps request outcomes by tag, checking each tag ends exactly once.</summary>
public sealed class OutcomeLog : IRequestObserver
{
    public Dictionary<int, List<(RequestStatus Status, bool Success, byte Command, string Data)>> ByTag { get; } = [];

    public void OnRequestCompleted(RequestOutcome outcome)
    {
        if (!ByTag.TryGetValue(outcome.Tag, out var list))
        {
            ByTag[outcome.Tag] = list = [];
        }

        string data = outcome.Status is RequestStatus.Answered or RequestStatus.Malformed
            ? Convert.ToHexString(outcome.Buffer, outcome.DataOffset, outcome.DataLength)
            : "";
        list.Add((outcome.Status, CommandDispatcher.IsSuccess(outcome), outcome.Command, data));
    }

    public (RequestStatus Status, bool Success, byte Command, string Data) Single(int tag)
    {
        Assert.True(ByTag.ContainsKey(tag), $"request {tag} never ended");
        Assert.Single(ByTag[tag]);
        return ByTag[tag][0];
    }
}
