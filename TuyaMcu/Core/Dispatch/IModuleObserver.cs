namespace TuyaMcu.Dispatch
{
    /// <summary>What the layer above the dispatcher learns about the module, as it happens.</summary>
    public interface IModuleObserver
    {
        /// <summary>The module reported (or answered) a new network status; see <see cref="TuyaMcu.Protocol.NetworkStatus"/>.</summary>
        void OnNetworkStatusChanged(byte status);

        /// <summary>The module reported a new operating status; see <see cref="TuyaMcu.Protocol.OperatingStatus"/>.</summary>
        void OnOperatingStatusChanged(byte status);

        /// <summary>The clock was set from the module's GMT time.</summary>
        void OnTimeSynced(long unixSeconds);

        /// <summary>The module restarted (it asked for product information again); start-up runs again.</summary>
        void OnModuleRestarted();

        /// <summary>Start-up finished: product info answered, network status known, time, identity and signal fetched (or tried).</summary>
        void OnStartupComplete();

        /// <summary>The module acknowledged a sleep lock (0xB2): it keeps it until told otherwise, whoever asked for it.</summary>
        void OnSleepLockSet(bool locked);
    }
}
