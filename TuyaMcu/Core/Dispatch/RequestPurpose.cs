namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Why the dispatcher queued a request, kept in its row of <see cref="PendingRequests"/>: besides
    /// reading the answer into <see cref="ModuleState"/>, it decides which part hears the outcome.
    /// </summary>
    internal enum RequestPurpose
    {
        /// <summary>The row is free.</summary>
        None,

        /// <summary>Asked through the request API (or recovery's probe): only the caller, if any, hears the outcome.</summary>
        External,

        /// <summary>A step of the start-up sequence (<see cref="StartupSequence"/>).</summary>
        Startup,

        /// <summary>A start-up step the sequence has since left (the module restarted): its answer updates the state, nothing more.</summary>
        StaleStartup,

        /// <summary>A GMT or local time query of time keeping (<see cref="TimeKeeper"/>).</summary>
        TimeSync,

        /// <summary>The report of the DPs a DP command named (<see cref="DpCommandApplier"/>).</summary>
        ReportBack,

        /// <summary>Recovery's reset command (<see cref="ModuleRecovery"/>).</summary>
        Recovery,
    }
}
