using TuyaMcu.Board;
using TuyaMcu.Platform;
using System.Text.Json;

namespace TuyaMcu.Tooling.Power;

/// <summary>
/// The currents, durations and battery figures the <see cref="PowerEstimator"/> works with, each with
/// its source: a citation (document + section or table) or an assumption with its reasoning.
/// Immutable: <see cref="With(PowerEntryId, double, PowerSource)"/> and the other <c>With...</c>
/// methods return changed copies, so a simulation can try other figures without touching
/// <see cref="Default"/>.
/// </summary>
public sealed class PowerTable
{
    private readonly Dictionary<PowerEntryId, PowerEntry> _entries;

    private PowerTable(Dictionary<PowerEntryId, PowerEntry> entries, BoardKind board, PowerEntryId activeEntry, bool alwaysOnLightSleep)
    {
        foreach (PowerEntryId id in Enum.GetValues<PowerEntryId>())
        {
            if (!entries.ContainsKey(id))
            {
                throw new ArgumentException($"the power table has no entry {id}");
            }
        }

        if (activeEntry is not (PowerEntryId.Esp32Active80MHz or PowerEntryId.Esp32Active160MHz or PowerEntryId.Esp32Active240MHz))
        {
            throw new ArgumentException($"{activeEntry} is not an ESP32 active-current entry", nameof(activeEntry));
        }

        _entries = entries;
        Board = board;
        Esp32ActiveEntry = activeEntry;
        AlwaysOnLightSleep = alwaysOnLightSleep;
    }

    /// <summary>
    /// The figures for a custom battery board running the firmware at nanoFramework's default
    /// 240 MHz, with a Tuya NB-IoT module and the CPN01's 8500 mAh Li-SOCl2 pack.
    /// </summary>
    public static PowerTable Default { get; } = new(CreateDefaultEntries(), BoardKind.CustomLowPower, PowerEntryId.Esp32Active240MHz, false);

    /// <summary>
    /// <see cref="Default"/> with the POM01-N's backup battery instead of the CPN01's pack: 1000 mAh
    /// rechargeable Li-ion, as the manual states it, with a Li-ion cell's usable part and self-discharge.
    /// The board, ESP32 and module figures are the same parts.
    /// </summary>
    public static PowerTable Pom01nBackup { get; } = Default
        .With(PowerEntryId.BatteryCapacity, 1000, PowerSource.Cite(
            "Dragino POM01-N User Manual, 1.2 'Features' and 1.3 'Specification', Battery: 'Back up rechargeable 1000mAh battery'; "
            + "4 'Battery & Power Consumption': 'internal 1000mAh rechargeable battery'."))
        .With(PowerEntryId.BatteryUsable, 85, PowerSource.Assume(
            "a single Li-ion cell runs from 4.2 V full down to about 3.0 V; the 3.3 V rail's LDO needs about 3.4 V at the cell, below "
            + "which roughly a tenth of the charge is left (TuyaMcu's Li-ion curve, Pom01nBattery.LiIonCurve), and a backup cell that "
            + "has been float-charged for years has lost some capacity: 85 % is used."))
        .With(PowerEntryId.BatterySelfDischarge, 30, PowerSource.Assume(
            "Li-ion cells lose about 2-3 % a month at room temperature, the cell's protection circuit included (typical of cell "
            + "makers' data); 2.5 %/month = 30 %/year. Small beside the load during an outage of days."));

    /// <summary>
    /// How long the POM01-N runs on its backup battery in a mains outage, days, as the manual rates
    /// it: 1.1 'What is POM01-N', "can seamlessly switch to backup power in the event of a power
    /// outage, guaranteeing continuous operation for 30 days".
    /// </summary>
    public const double Pom01nRatedOutageDays = 30;

    /// <summary><see cref="Default"/> with the ESP32-DevKitC's own LDO, USB bridge and LED charged (bench figures).</summary>
    public static PowerTable DevKitC { get; } = Default.WithBoard(BoardKind.DevKitC);

    /// <summary>Whose quiescent current is charged: <see cref="PowerEntryId.BoardQuiescentCustom"/> or <see cref="PowerEntryId.BoardQuiescentDevKitC"/>.</summary>
    public BoardKind Board { get; }

    /// <summary>The ESP32 active-current entry used for everything the CPU does (the firmware's clock).</summary>
    public PowerEntryId Esp32ActiveEntry { get; }

    /// <summary>In <see cref="PowerMode.AlwaysOn"/>: the ESP32 light-sleeps between events instead of staying active.</summary>
    public bool AlwaysOnLightSleep { get; }

    /// <summary>Every entry, in <see cref="PowerEntryId"/> order.</summary>
    public IReadOnlyList<PowerEntry> Entries => Enum.GetValues<PowerEntryId>().Select(id => _entries[id]).ToArray();

    public PowerEntry this[PowerEntryId id] => _entries[id];

    /// <summary>Current of the ESP32 while it runs code, µA (<see cref="Esp32ActiveEntry"/>).</summary>
    public double Esp32ActiveMicroamps => _entries[Esp32ActiveEntry].Microamps;

    /// <summary>The board quiescent entry selected by <see cref="Board"/>.</summary>
    public PowerEntry BoardQuiescent => _entries[Board == BoardKind.DevKitC ? PowerEntryId.BoardQuiescentDevKitC : PowerEntryId.BoardQuiescentCustom];

    /// <summary>A copy with one entry's value (in the entry's unit) and source replaced.</summary>
    public PowerTable With(PowerEntryId id, double value, PowerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "power table values are finite and not negative");
        }

        var copy = new Dictionary<PowerEntryId, PowerEntry>(_entries);
        copy[id] = copy[id] with { Value = value, Source = source };
        return new PowerTable(copy, Board, Esp32ActiveEntry, AlwaysOnLightSleep);
    }

    /// <summary>
    /// A copy whose "contact pull-up while closed" current is computed from <paramref name="board"/>'s
    /// contact row (<see cref="ContactPullUp"/>): its external pull-up and whether the internal one is on.
    /// </summary>
    public PowerTable WithContactPull(BoardConfiguration board)
    {
        PowerEntry entry = ContactPullUpEntry(board);
        return With(entry.Id, entry.Value, entry.Source);
    }

    /// <summary>A copy that charges another board's quiescent current.</summary>
    public PowerTable WithBoard(BoardKind board) => new(new Dictionary<PowerEntryId, PowerEntry>(_entries), board, Esp32ActiveEntry, AlwaysOnLightSleep);

    /// <summary>A copy whose CPU runs at another clock (one of the <c>Esp32Active*</c> entries).</summary>
    public PowerTable WithActiveClock(PowerEntryId activeEntry) => new(new Dictionary<PowerEntryId, PowerEntry>(_entries), Board, activeEntry, AlwaysOnLightSleep);

    /// <summary>A copy in which the always-on ESP32 light-sleeps between events (or stays active).</summary>
    public PowerTable WithAlwaysOnLightSleep(bool lightSleep) => new(new Dictionary<PowerEntryId, PowerEntry>(_entries), Board, Esp32ActiveEntry, lightSleep);

    /// <summary>Writes the table as a JSON object: the selections and every entry with value, unit and source.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("board", Board == BoardKind.DevKitC ? "devkitc" : "custom-low-power");
        writer.WriteString("esp32ActiveEntry", Esp32ActiveEntry.ToString());
        writer.WriteBoolean("alwaysOnLightSleep", AlwaysOnLightSleep);
        writer.WriteStartArray("entries");
        foreach (PowerEntry entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id.ToString());
            writer.WriteString("name", entry.Name);
            writer.WriteNumber("value", entry.Value);
            writer.WriteString("unit", entry.Unit.Code());
            writer.WriteString("sourceKind", entry.Source.Kind.ToString().ToLowerInvariant());
            writer.WriteString("source", entry.Source.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static PowerEntry ContactPullUpEntry(BoardConfiguration board)
    {
        ArgumentNullException.ThrowIfNull(board);
        BoardInput contact = board.Input(TuyaMcu.Profiles.Cpn01.Cpn01Profile.ContactRole)
            ?? throw new ArgumentException($"board '{board.Name}' has no contact input", nameof(board));
        return new PowerEntry(PowerEntryId.ContactPullUpClosed, "contact pull-up while closed", ContactPullUp.ClosedMicroamps(contact),
            PowerUnit.Microampere, ContactPullUp.Source(contact, board.Name));
    }

    private const string WroomTable =
        "ESP32-WROOM-32 Datasheet (Espressif), section 3.4 'RTC and Low-Power Management', Table 4 'Power Consumption by Power Modes'";

    private static Dictionary<PowerEntryId, PowerEntry> CreateDefaultEntries()
    {
        PowerEntry[] entries =
        [
            new(PowerEntryId.Esp32Active80MHz, "ESP32 active, 80 MHz, radio off", 25, PowerUnit.Milliampere,
                PowerSource.Cite(WroomTable + ": Modem-sleep (CPU on, radio off), normal speed 80 MHz: 20-25 mA; the upper end is used.")),
            new(PowerEntryId.Esp32Active160MHz, "ESP32 active, 160 MHz, radio off", 40, PowerUnit.Milliampere,
                PowerSource.Assume("the module datasheet's table gives 20-25 mA at 80 MHz and 30-50 mA at 240 MHz but no 160 MHz row; "
                    + "40 mA lies between the upper ends of the two.")),
            new(PowerEntryId.Esp32Active240MHz, "ESP32 active, 240 MHz, radio off", 50, PowerUnit.Milliampere,
                PowerSource.Cite(WroomTable + ": Modem-sleep, max speed 240 MHz: 30-50 mA; the upper end is used because the interpreter keeps "
                    + "the CPU and the flash cache busy. 240 MHz is nanoFramework's default clock "
                    + "(nf-interpreter targets/ESP32/_IDF/sdkconfig.default.esp32: CONFIG_ESP32_DEFAULT_CPU_FREQ_240=y).")),
            new(PowerEntryId.Esp32LightSleep, "ESP32 light sleep", 0.8, PowerUnit.Milliampere,
                PowerSource.Cite(WroomTable + ": Light-sleep: 0.8 mA.")),
            new(PowerEntryId.Esp32DeepSleep, "ESP32 deep sleep (chip)", 10, PowerUnit.Microampere,
                PowerSource.Cite(WroomTable + ": Deep-sleep, RTC timer + RTC memory: 10 uA (ULP co-processor on: 150 uA; the firmware uses no ULP). "
                    + "Chip only: the module's flash and the board add nothing here, see the board entries.")),
            new(PowerEntryId.BoardQuiescentCustom, "board quiescent, custom low-power board", 2, PowerUnit.Microampere,
                PowerSource.Assume("battery use assumes a custom board, not the DevKitC: a nano-power 3.3 V LDO (e.g. TI TPS7A02, tens of nA, "
                    + "or Microchip MCP1700, about 1.6 uA typical), no USB-UART bridge, no power LED; 2 uA covers the LDO and leakage of "
                    + "the capacitors and the module's idle I/O.")),
            new(PowerEntryId.BoardQuiescentDevKitC, "board quiescent, ESP32-DevKitC", 6, PowerUnit.Milliampere,
                PowerSource.Assume("the DevKitC is not a low-power board: its AMS1117-3.3 LDO draws about 5 mA quiescent (the typical figure "
                    + "of AMS1117 datasheets) and its red power LED about 1 mA; the USB-UART bridge may add more when it is powered. "
                    + "Measure it on the bench; never battery-budget a DevKitC.")),
            new(PowerEntryId.BatteryDividerCurrent, "battery divider", 1.8, PowerUnit.Microampere,
                PowerSource.Assume("3.6 V across the 1 MOhm + 1 MOhm divider hardware/ recommends = 1.8 uA, flowing all the time "
                    + "(a fresh cell's 3.67 V open-circuit voltage gives 1.84 uA).")),
            ContactPullUpEntry(Boards.Esp32DevKitC()),
            new(PowerEntryId.Esp32BootAfterDeepSleep, "ESP32 boot after a deep-sleep wake until Main runs", 1.5, PowerUnit.Second,
                PowerSource.Assume("no measurement of nanoCLR's start after a deep-sleep wake was found; a wake is a reset through the ROM loader, "
                    + "the second-stage bootloader and the CLR. Bootloader: nf-interpreter's targets/ESP32/_IDF/sdkconfig.default.esp32 leaves "
                    + "CONFIG_BOOTLOADER_SKIP_VALIDATE_IN_DEEP_SLEEP unset (the image is hashed again on every wake) with bootloader logging at "
                    + "INFO and DIO flash at 40 MHz; the ESP-IDF change that added the option reports the ESP32 bootloader at 361 ms with "
                    + "validation and 45 ms without (toitware/esp-idf pull request 14). CLR: heap set-up, loading and resolving the deployed "
                    + "assemblies and the static constructors before Main, about 1 s in the interpreter (assumed). 1.5 s keeps margin; measure "
                    + "it with the LED pin (hardware/bring-up.md, step 7).")),
            new(PowerEntryId.Esp32WakeHandling, "ESP32 work per wake (besides uplinks)", 0.2, PowerUnit.Second,
                PowerSource.Assume("after Main starts: read the contact, the pulse count and the battery ADC, update the counters, write "
                    + "a datalog record to flash, re-arm the wake sources and enter deep sleep; a flash write and a few ADC samples "
                    + "take tens of ms, so 200 ms is generous.")),
            new(PowerEntryId.Esp32AwakePerUplink, "ESP32 awake per uplink", 3, PowerUnit.Second,
                PowerSource.Assume("wake the module with a PSM_EINT pulse, wait for it to leave PSM and answer, send the report frame(s) and "
                    + "wait for the module's answer, which comes after the cloud's receipt: TuyaMcu's module simulator uses a cloud "
                    + "round trip of 0.6-3 s (ModuleProfile.CloudLatencyMinMs/MaxMs); 3 s covers a typical exchange in good coverage.")),
            new(PowerEntryId.Esp32FrameHandling, "ESP32 work per extra frame", 0.05, PowerUnit.Second,
                PowerSource.Assume("encoding or decoding one frame and acting on it (a record report sent in the same session, a DP command "
                    + "from the module) takes a few ms in the interpreter; 50 ms includes waiting for the module's answer on a live link.")),
            new(PowerEntryId.ModuleBaudRate, "module serial line speed", 9600, PowerUnit.Baud,
                PowerSource.Cite("Tuya NB-IoT serial port protocol, 'Serial communication convention': baud 9600/115200, 8 data bits, "
                    + "no parity, 1 stop bit (10 bit times per byte); TuyaMcu's default is 9600 (BoardConfiguration.ModuleBaudRate).")),
            new(PowerEntryId.ModulePsmCurrent, "NB-IoT module in PSM", 5, PowerUnit.Microampere,
                PowerSource.Assume("Tuya's NM1 datasheets give no PSM current; Quectel quotes typical deep-sleep (PSM) currents of 0.8 uA "
                    + "(BC660K-GL Hardware Design, section 3.4.2 'Deep Sleep') and 4 uA (BC65 Hardware Design, section 3.5.2 'Deep Sleep "
                    + "Mode'); 5 uA covers an older-generation module with margin.")),
            new(PowerEntryId.ModuleIdleCurrent, "NB-IoT module idle (DRX/eDRX paging)", 1, PowerUnit.Milliampere,
                PowerSource.Assume("Tuya's NM1, NM1-CT and NM1-GL datasheets and the NM1 Series Hardware Design (developer.tuya.com) describe "
                    + "the idle state (light sleep, paging received) but give no current, nor do they for transmission; the module is built on "
                    + "MediaTek's MT2625 (NM1 Module Datasheet, Overview). Idle, the modem wakes for each paging occasion (every 1.28-10.24 s in "
                    + "DRX): a few ms of reception at tens of mA per occasion over a light-sleep floor average a few hundred uA; 1 mA keeps "
                    + "margin for short DRX cycles and neighbour-cell measurements.")),
            new(PowerEntryId.ModuleUplinkCurrent, "NB-IoT module during an uplink (average)", 150, PowerUnit.Milliampere,
                PowerSource.Assume("the datasheets give no transmit current. Transmission is at up to 23 dBm (NM1 Module Datasheet, Features: "
                    + "maximum transmit power 23 dBm +/- 2 dB), which at a power amplifier's typical efficiency draws a few hundred mA from "
                    + "3.3 V while the transmitter is on; the connected phase mixes such bursts with reception and signalling gaps at tens "
                    + "of mA, so 150 mA is taken as its average in coverage class 0.")),
            new(PowerEntryId.ModuleUplinkDuration, "NB-IoT uplink connected phase (~100 bytes)", 2, PowerUnit.Second,
                PowerSource.Assume("resuming the RRC connection from PSM (random access, connection set-up), sending about 100 bytes of "
                    + "UDP/CoAP payload at the single-tone rate the NM1 datasheet gives (16.7 kbps uplink) plus the acknowledgement: about "
                    + "1-2 s in good coverage, far longer at coverage classes 1 and 2 with repetitions; 2 s is used.")),
            new(PowerEntryId.ModuleConnectedTailCurrent, "NB-IoT module connected, waiting for release", 5, PowerUnit.Milliampere,
                PowerSource.Assume("after the data the network keeps the RRC connection until its inactivity timer expires; the module "
                    + "listens in connected-mode DRX, receiving briefly every cycle; no datasheet figure (see the idle entry), so a few mA "
                    + "between the idle and the active current: 5 mA.")),
            new(PowerEntryId.ModuleConnectedTailDuration, "NB-IoT connected tail after an uplink", 20, PowerUnit.Second,
                PowerSource.Assume("the operator sets the RRC inactivity timer; 10-20 s is common, 20 s is used. A module that sends the "
                    + "release assistance indication (RAI) skips most of it; the Tuya serial protocol offers the MCU no command for RAI.")),
            new(PowerEntryId.ModuleT3324, "T3324 active time after a session", 60, PowerUnit.Second,
                PowerSource.Assume("the network grants T3324; the MCU can request one with command 0xB9 (the Tuya NB-IoT protocol's "
                    + "example asks for 120 s). 60 s is a usual request for battery devices that expect downlinks right after an uplink.")),
            new(PowerEntryId.ModuleHeartbeatInterval, "module network heartbeat interval", 28800, PowerUnit.Second,
                PowerSource.Cite("Tuya NB-IoT serial port protocol, 'Set NB-IoT network heartbeat interval' (command 0xB3): "
                    + "the default interval is eight hours (28800 s). Charged as one extra radio session per interval, whatever else was sent.")),
            new(PowerEntryId.BatteryCapacity, "battery capacity", 8500, PowerUnit.MilliampereHour,
                PowerSource.Cite("Dragino CPN01 User Manual, 1.1 'What is CPN01': powered by an 8500 mAh Li-SOCl2 battery; "
                    + "2.16 'Battery & Power Consumption': ER26500 + SPC1520 battery pack.")),
            new(PowerEntryId.BatteryUsable, "usable part of the battery", 80, PowerUnit.Percent,
                PowerSource.Assume("a bobbin Li-SOCl2 cell delivers close to its rating at small currents and room temperature; cold, "
                    + "pulse loads (buffered by the SPC1520 hybrid capacitor) and the cut-off voltage of the 3.3 V rail lose some of it: "
                    + "80 % is used.")),
            new(PowerEntryId.BatterySelfDischarge, "battery self-discharge", 1, PowerUnit.PercentPerYear,
                PowerSource.Assume("bobbin-type Li-SOCl2 cells are commonly specified at about 1 % of capacity per year at 20-25 C; "
                    + "more when stored or operated hot.")),
        ];

        return entries.ToDictionary(e => e.Id);
    }
}
