using TuyaMcu.Dispatch;

namespace TuyaMcu.HostTests.Engine;

/// <summary>Keeps request outcomes by tag, checking each tag ends exactly once.</summary>
public sealed class OutcomeLog : IModuleRequestObserver
{
    public Dictionary<int, List<(ModuleRequestStatus Status, bool Success, byte Command, string Data)>> ByTag { get; } = [];

    public void OnRequestCompleted(ModuleRequestOutcome outcome)
    {
        if (!ByTag.TryGetValue(outcome.Tag, out var list))
        {
            ByTag[outcome.Tag] = list = [];
        }

        string data = outcome.Status is ModuleRequestStatus.Answered or ModuleRequestStatus.Malformed
            ? Convert.ToHexString(outcome.Buffer, outcome.DataOffset, outcome.DataLength)
            : "";
        list.Add((outcome.Status, CommandDispatcher.IsSuccess(outcome), outcome.Command, data));
    }

    public (ModuleRequestStatus Status, bool Success, byte Command, string Data) Single(int tag)
    {
        Assert.True(ByTag.ContainsKey(tag), $"request {tag} never ended");
        Assert.Single(ByTag[tag]);
        return ByTag[tag][0];
    }
}
