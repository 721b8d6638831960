namespace TuyaMcu.Tooling.Simulation;

/// <summary>What reached the simulated cloud: a real-time report or a record, with its DP units.</summary>
/// <param name="ReceivedAtMs">Simulation time the module got it from the MCU.</param>
/// <param name="Command">0x05 or 0x08.</param>
/// <param name="TimestampUnix">The record's own timestamp (UTC seconds), or -1 (real-time, or module-stamped).</param>
/// <param name="Dps">The DP units, as sent.</param>
/// <param name="Accepted">True when the module answered success.</param>
public sealed record CloudRecord(long ReceivedAtMs, byte Command, long TimestampUnix, byte[] Dps, bool Accepted);
