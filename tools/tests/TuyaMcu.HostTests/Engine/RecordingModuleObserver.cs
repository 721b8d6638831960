using TuyaMcu.Dispatch;

namespace TuyaMcu.HostTests.Engine;

public sealed class RecordingModuleObserver : IModuleObserver
{
    public List<int> NetworkStatuses { get; } = [];

    public List<int> OperatingStatuses { get; } = [];

    public int TimeSyncs { get; private set; }

    public int Restarts { get; private set; }

    public int StartupsCompleted { get; private set; }

    public List<bool> SleepLocks { get; } = [];

    public void OnNetworkStatusChanged(byte status)
    {
        if (status != 0)
        {
            NetworkStatuses.Add(status);
        }
    }

    public void OnOperatingStatusChanged(byte status) => OperatingStatuses.Add(status);

    public void OnTimeSynced(long unixSeconds) => TimeSyncs++;

    public void OnModuleRestarted() => Restarts++;

    public void OnStartupComplete() => StartupsCompleted++;

    public void OnSleepLockSet(bool locked) => SleepLocks.Add(locked);
}
