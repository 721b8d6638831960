namespace TuyaMcu.Tooling.Simulation;

/// <summary>What the simulated module says about itself and how fast it is.</summary>
public sealed class ModuleProfile
{
    /// <summary>IMEI (15 digits).</summary>
    public string Imei { get; set; } = "864237040014733";

    /// <summary>IMSI.</summary>
    public string Imsi { get; set; } = "460113012467340";

    /// <summary>ICCID.</summary>
    public string Iccid { get; set; } = "89861118249000363490";

    /// <summary>RSRP level answered to a signal query (0..97, 255 unknown).</summary>
    public int RsrpLevel { get; set; } = 80;

    /// <summary>CESQ answer.</summary>
    public byte[] Cesq { get; set; } = [0x28, 0x00, 0xFF, 0xFF, 0x22, 0x44];

    /// <summary>Local time minus GMT, seconds (Beijing: +8 h).</summary>
    public int TimeZoneOffsetSeconds { get; set; } = 8 * 3600;

    /// <summary>Binding status answered.</summary>
    public bool Bound { get; set; } = true;

    /// <summary>Time from power-up (or reset) to the first product-information query, ms (NB-IoT modules take seconds to boot).</summary>
    public int BootDelayMs { get; set; } = 3000;

    /// <summary>
    /// Pause after a product query and its resends went unanswered, before the next round, ms: a
    /// module keeps asking until the MCU answers.
    /// </summary>
    public int ProductQueryPauseMs { get; set; } = 5000;

    /// <summary>Rounds of product queries before the module gives up and waits silently; 0 = never gives up.</summary>
    public int ProductQueryRounds { get; set; }

    /// <summary>Shortest pulse on the reset line that restarts the module, ms.</summary>
    public int MinResetPulseMs { get; set; } = 100;

    /// <summary>When network statuses 1, 2, 3 and 4 are reported, ms after the MCU answered the product query.</summary>
    public int[] NetworkSchedule { get; set; } = [1000, 3000, 8000, 15000];

    /// <summary>Latency of local answers, ms.</summary>
    public int LocalLatencyMs { get; set; } = 30;

    /// <summary>Shortest cloud round trip for reports, ms.</summary>
    public int CloudLatencyMinMs { get; set; } = 600;

    /// <summary>Longest cloud round trip for reports, ms (the spec: within 5 s with a good signal).</summary>
    public int CloudLatencyMaxMs { get; set; } = 3000;

    /// <summary>The module resends an unanswered command after this long, ms.</summary>
    public int ResendIntervalMs { get; set; } = 1000;

    /// <summary>Resends of an unanswered command.</summary>
    public int Resends { get; set; } = 3;

    /// <summary>Records the module keeps while offline (the spec: 20, oldest overwritten).</summary>
    public int RetainedCapacity { get; set; } = 20;

    /// <summary>Idle time after which the module enters PSM unless the sleep lock is set; 0 = never sleeps.</summary>
    public int PsmAfterIdleMs { get; set; }

    /// <summary>Operating status answered to 0xBF.</summary>
    public byte OperatingStatus { get; set; } = 0x02;
}
