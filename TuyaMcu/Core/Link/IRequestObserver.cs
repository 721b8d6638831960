namespace TuyaMcu.Link
{
    /// <summary>Learns how its requests ended.</summary>
    public interface IRequestObserver
    {
        /// <summary>Called once per request, from <see cref="TuyaLink.Poll"/>.</summary>
        void OnRequestCompleted(RequestOutcome outcome);
    }
}
