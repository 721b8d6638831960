using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Storage;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// A device profile's application, as the platform drives it (ESPHome-style: <see cref="Setup"/>
    /// once, then <see cref="Loop"/>, never blocking). It hears the module's events through the device
    /// (<see cref="IModuleObserver"/>); it registers its DPs with the dispatcher's registry, sends its
    /// reports through the dispatcher, saves through the device's persistence and asks the device to
    /// restart: events come up to it, commands go down from it.
    /// </summary>
    public interface IApplication : IModuleObserver
    {
        /// <summary>Its settings, saved in the <c>config</c> slot before the device's own.</summary>
        IPersistedObject Settings { get; }

        /// <summary>Its state (counters, logs), saved in the <c>state</c> slot as the application notes changes.</summary>
        IPersistedObject State { get; }

        /// <summary>Reads the inputs and picks up where the previous boot or deep sleep left off. Called once, after loading.</summary>
        void Setup();

        /// <summary>One non-blocking pass.</summary>
        void Loop();

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        long NextDueMs { get; }

        /// <summary>True when nothing is under way or due now: battery mode sleeps only then.</summary>
        bool IsIdle { get; }

        /// <summary>True once this boot sent an uplink: the cloud may answer with commands, so battery mode waits for them before sleeping.</summary>
        bool HasUplinked { get; }

        /// <summary>Asks for an uplink as soon as the cloud is reachable (AT+UPLINK).</summary>
        void RequestUplink();

        /// <summary>The profile's AT commands, answering on <paramref name="output"/> (the console builds them once).</summary>
        IAtCommandGroup CreateCommands(ConsoleOutput output);
    }
}
