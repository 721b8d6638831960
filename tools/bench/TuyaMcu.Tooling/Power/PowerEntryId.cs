namespace TuyaMcu.Tooling.Power;

/// <summary>The figures a <see cref="PowerTable"/> holds. <c>README.md</c> beside this file lists each with its source.</summary>
public enum PowerEntryId
{
    /// <summary>ESP32 running at 80 MHz, radio off (modem-sleep in Espressif's terms).</summary>
    Esp32Active80MHz,

    /// <summary>ESP32 running at 160 MHz, radio off.</summary>
    Esp32Active160MHz,

    /// <summary>ESP32 running at 240 MHz, radio off (nanoFramework's default clock).</summary>
    Esp32Active240MHz,

    /// <summary>ESP32 light sleep (CPU paused, RAM kept).</summary>
    Esp32LightSleep,

    /// <summary>ESP32 deep sleep, chip only (RTC timer and RTC memory on).</summary>
    Esp32DeepSleep,

    /// <summary>Quiescent current of the rest of a custom battery board (low-Iq LDO, no USB bridge, no power LED).</summary>
    BoardQuiescentCustom,

    /// <summary>Quiescent current of the ESP32-DevKitC's extras (AMS1117 LDO, USB-UART bridge, power LED).</summary>
    BoardQuiescentDevKitC,

    /// <summary>Current through the battery divider (always connected).</summary>
    BatteryDividerCurrent,

    /// <summary>Current through the contact's pull-up while the contact is closed.</summary>
    ContactPullUpClosed,

    /// <summary>Time from a deep-sleep wake until the nanoFramework application runs.</summary>
    Esp32BootAfterDeepSleep,

    /// <summary>Time the application needs per wake (read inputs, store, re-arm, sleep) besides any uplink.</summary>
    Esp32WakeHandling,

    /// <summary>Time the ESP32 stays awake per uplink (wake the module, serial exchange, wait for the cloud's answer).</summary>
    Esp32AwakePerUplink,

    /// <summary>Time the ESP32 spends per extra frame (a record report, a module command).</summary>
    Esp32FrameHandling,

    /// <summary>Speed of the module's serial line.</summary>
    ModuleBaudRate,

    /// <summary>NB-IoT module in PSM (deep sleep).</summary>
    ModulePsmCurrent,

    /// <summary>NB-IoT module idle and registered, paging in DRX/eDRX (light sleep), e.g. during T3324.</summary>
    ModuleIdleCurrent,

    /// <summary>Average module current during the connected phase of an uplink (transmit bursts, receive, signalling).</summary>
    ModuleUplinkCurrent,

    /// <summary>Length of the connected phase of an uplink of about 100 bytes.</summary>
    ModuleUplinkDuration,

    /// <summary>Module current while the RRC connection lingers after the data (network inactivity timer).</summary>
    ModuleConnectedTailCurrent,

    /// <summary>Length of that lingering connection.</summary>
    ModuleConnectedTailDuration,

    /// <summary>Active time T3324: idle (paging) after a session before the module enters PSM.</summary>
    ModuleT3324,

    /// <summary>Interval of the module's own network heartbeat.</summary>
    ModuleHeartbeatInterval,

    /// <summary>Nominal battery capacity.</summary>
    BatteryCapacity,

    /// <summary>Part of the nominal capacity the device can actually use.</summary>
    BatteryUsable,

    /// <summary>Self-discharge of the battery.</summary>
    BatterySelfDischarge,
}

/// <summary>Which board's quiescent current a <see cref="PowerTable"/> charges.</summary>
public enum BoardKind
{
    /// <summary>A custom battery board: low-Iq LDO, no USB bridge, no power LED (assumed for battery use).</summary>
    CustomLowPower,

    /// <summary>The ESP32-DevKitC itself: fine on the bench, not a low-power board.</summary>
    DevKitC,
}
