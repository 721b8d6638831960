namespace TuyaMcu.Dispatch
{
    /// <summary>Learns how its requests to the module (the methods of <see cref="ModuleRequests"/>) ended.</summary>
    public interface IModuleRequestObserver
    {
        /// <summary>
        /// Called once per request, with the caller's tag, after the dispatcher read the answer into
        /// <see cref="ModuleState"/>. <paramref name="outcome"/> is valid only during the call.
        /// </summary>
        void OnRequestCompleted(ModuleRequestOutcome outcome);
    }
}
