using System.Text.Json;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tooling.Decoding;

/// <summary>
/// Describes a frame as one JSON object: header fields, the data in hex, whether the checksum
/// holds, which side sent it (the command and the data's shape tell), and the decoded payload:
/// DP units for reports and commands, and each command's own fields for the rest.
/// Optionally DP ids are named by a schema (DP id → code).
/// </summary>
public sealed class FrameDescriber
{
    private readonly DpReader _dps = new();
    private readonly Func<int, string?>? _dpCodeForId;

    /// <summary>Creates a describer; <paramref name="dpCodeForId"/>, when given, adds each DP's schema code.</summary>
    public FrameDescriber(Func<int, string?>? dpCodeForId = null)
    {
        _dpCodeForId = dpCodeForId;
    }

    /// <summary>Which side sent a frame with this command and data length.</summary>
    public static FrameDirection DirectionOf(byte command, int dataLength)
    {
        bool request = command switch
        {
            TuyaCommand.QueryProductInfo => dataLength == 0,
            TuyaCommand.ReportNetworkStatus => dataLength == 1,
            TuyaCommand.ResetModule => true,
            TuyaCommand.ReportRealTimeStatus => dataLength != 1,
            TuyaCommand.GetLocalTime or TuyaCommand.GetGmtTime => dataLength == 0,
            TuyaCommand.ReportRecordData => dataLength != 1,
            TuyaCommand.SendCommand => dataLength > 0,
            TuyaCommand.QuerySignalStrength => dataLength == 0,
            TuyaCommand.GetNetworkStatus => dataLength == 0,
            TuyaCommand.SendHeartbeat => dataLength == 0,
            TuyaCommand.SetSleepLock => dataLength == 1,
            TuyaCommand.SetHeartbeatInterval or TuyaCommand.SetT3324 or TuyaCommand.SetRecordWakeUpInterval => dataLength == 4,
            TuyaCommand.GetImsi or TuyaCommand.GetIccid or TuyaCommand.GetImei or TuyaCommand.GetCesq => dataLength == 0,
            TuyaCommand.QueryBindingStatus => dataLength == 0,
            TuyaCommand.CheckBatteryLevel => dataLength == 0,
            TuyaCommand.ReportOperatingStatus => dataLength == 1,
            TuyaCommand.GetOperatingStatus => dataLength == 0,
            TuyaCommand.SetDeviceSleep => true,
            TuyaCommand.SetApn => dataLength != 1,
            _ => false,
        };

        if (!TuyaCommand.IsKnown(command))
        {
            return FrameDirection.Unknown;
        }

        // Reset and sleep look the same both ways; the MCU starts them.
        if (command == TuyaCommand.ResetModule || command == TuyaCommand.SetDeviceSleep)
        {
            return FrameDirection.FromMcu;
        }

        bool moduleStarts = TuyaCommand.IsModuleInitiated(command);
        return request == moduleStarts ? FrameDirection.FromModule : FrameDirection.FromMcu;
    }

    /// <summary>Writes the frame (or checksum-mismatched candidate) as one JSON object.</summary>
    public void Write(Utf8JsonWriter json, Frame frame, bool checksumOk)
    {
        byte command = frame.Command;
        int length = frame.DataLength;
        json.WriteStartObject();
        json.WriteNumber("version", frame.Version);
        json.WriteNumber("command", command);
        json.WriteString("name", TuyaCommand.GetName(command) ?? "unknown command");
        json.WriteNumber("length", length);
        json.WriteString("data", Hex.FormatLower(frame.Buffer, frame.DataOffset, length));
        json.WriteBoolean("checksumOk", checksumOk);
        if (!checksumOk)
        {
            byte expected = Checksum.Compute(frame.Buffer, frame.Offset, frame.Length - 1);
            json.WriteString("checksum", frame.ChecksumByte.ToString("x2"));
            json.WriteString("expectedChecksum", expected.ToString("x2"));
        }

        FrameDirection direction = DirectionOf(command, length);
        if (direction != FrameDirection.Unknown)
        {
            json.WriteString("from", direction == FrameDirection.FromMcu ? "mcu" : "module");
        }

        WritePayload(json, frame.Buffer, frame.DataOffset, length, command, direction);
        json.WriteEndObject();
    }

    /// <summary>Describes one frame as a JSON string.</summary>
    public string Describe(Frame frame, bool checksumOk = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            Write(json, frame, checksumOk);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WritePayload(Utf8JsonWriter json, byte[] b, int at, int length, byte command, FrameDirection direction)
    {
        bool fromMcu = direction == FrameDirection.FromMcu;
        switch (command)
        {
            case TuyaCommand.QueryProductInfo when length > 0:
            {
                string? error = ProductInfo.Decode(b, at, length, out ProductInfo info);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                json.WriteString("productId", info.ProductId);
                json.WriteString("mcuVersion", info.McuVersion);
                json.WriteString("powerMode", info.PowerMode);
                json.WriteString("connection", info.Connection);
                return;
            }

            case TuyaCommand.ReportNetworkStatus when length == 1:
            case TuyaCommand.GetNetworkStatus when length == 1:
                WriteStatus(json, "networkStatus", b[at], NetworkStatus.IsValid(b[at]), NetworkStatus.GetName(b[at]));
                return;

            case TuyaCommand.ReportOperatingStatus when length == 1:
            case TuyaCommand.GetOperatingStatus when length == 1:
                WriteStatus(json, "operatingStatus", b[at], OperatingStatus.IsValid(b[at]), OperatingStatus.GetName(b[at]));
                return;

            case TuyaCommand.ReportRealTimeStatus when fromMcu:
            case TuyaCommand.SendCommand when length > 0:
                WriteDps(json, b, at, length);
                return;

            case TuyaCommand.ReportRecordData when fromMcu:
            {
                if (length < TuyaTime.TimestampLength)
                {
                    json.WriteString("payloadError", "record report shorter than its 7-byte timestamp");
                    return;
                }

                string? error = TuyaTime.DecodeTimestamp(b, at, out bool moduleTime, out TuyaTime time);
                if (error != null)
                {
                    json.WriteString("payloadError", "timestamp: " + error);
                }
                else if (moduleTime)
                {
                    json.WriteBoolean("moduleTime", true);
                }
                else
                {
                    json.WriteString("timestamp", time.ToString());
                    json.WriteNumber("weekday", time.Weekday);
                }

                WriteDps(json, b, at + TuyaTime.TimestampLength, length - TuyaTime.TimestampLength);
                return;
            }

            case TuyaCommand.GetLocalTime when length > 0:
            case TuyaCommand.GetGmtTime when length > 0:
            {
                string? error = TuyaTime.DecodeReply(b, at, length, out bool success, out TuyaTime time);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                json.WriteBoolean("success", success);
                if (success)
                {
                    json.WriteString("time", time.ToString());
                    json.WriteNumber("weekday", time.Weekday);
                }

                return;
            }

            case TuyaCommand.QuerySignalStrength when length > 0:
            {
                string? error = SignalQuality.DecodeSignalReply(b, at, length, out bool success, out int level);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                json.WriteBoolean("success", success);
                if (success)
                {
                    json.WriteNumber("rsrpLevel", level);
                    if (level != SignalQuality.UnknownLevel)
                    {
                        json.WriteNumber("rsrpDbm", SignalQuality.RsrpLevelToDbm(level));
                    }
                }

                return;
            }

            case TuyaCommand.GetCesq when length > 0:
            {
                string? error = SignalQuality.ValidateCesq(b, at, length);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                json.WriteNumber("rxLev", b[at]);
                json.WriteNumber("ber", b[at + 1]);
                json.WriteNumber("rscp", b[at + 2]);
                json.WriteNumber("ecNo", b[at + 3]);
                json.WriteNumber("rsrq", b[at + 4]);
                json.WriteNumber("rsrp", b[at + 5]);
                return;
            }

            case TuyaCommand.GetImsi when length > 0:
            case TuyaCommand.GetIccid when length > 0:
            case TuyaCommand.GetImei when length > 0:
            {
                string? error = ModuleIdentity.Validate(command, b, at, length);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                string name = command == TuyaCommand.GetImsi ? "imsi" : command == TuyaCommand.GetIccid ? "iccid" : "imei";
                json.WriteString(name, ModuleIdentity.ToText(b, at, length));
                return;
            }

            case TuyaCommand.SetHeartbeatInterval when length == 4:
            case TuyaCommand.SetT3324 when length == 4:
            case TuyaCommand.SetRecordWakeUpInterval when length == 4:
                json.WriteNumber("seconds", BigEndian.ReadUInt32(b, at));
                return;

            case TuyaCommand.SetSleepLock when length == 1:
                if (b[at] > 1)
                {
                    json.WriteString("payloadError", "sleep lock must be 0 or 1, got " + b[at]);
                    return;
                }

                json.WriteBoolean("sleepLock", b[at] == CommandResult.SleepLocked);
                return;

            case TuyaCommand.QueryBindingStatus when length == 1:
                WriteResultByte(json, command, b[at], b[at] == CommandResult.Bound ? "bound" : "not bound");
                return;

            case TuyaCommand.CheckBatteryLevel when length == 1:
                WriteResultByte(json, command, b[at], b[at] == CommandResult.BatteryOk ? "battery ok" : "battery low");
                return;

            case TuyaCommand.SetApn when length > 1:
            {
                string? error = ApnSettings.Decode(b, at, length, out ApnSettings settings);
                if (error != null)
                {
                    json.WriteString("payloadError", error);
                    return;
                }

                json.WriteString("apn", settings.Apn);
                json.WriteString("pdpType", settings.PdpType);
                return;
            }

            case TuyaCommand.ReportRealTimeStatus when length == 1:
            case TuyaCommand.ReportRecordData when length == 1:
            case TuyaCommand.SendHeartbeat when length == 1:
            case TuyaCommand.SetHeartbeatInterval when length == 1:
            case TuyaCommand.SetT3324 when length == 1:
            case TuyaCommand.SetRecordWakeUpInterval when length == 1:
            case TuyaCommand.SetApn when length == 1:
                WriteResultByte(json, command, b[at], ResultText(command, b[at]));
                return;
        }

        if (length > 0 && TuyaCommand.IsKnown(command))
        {
            json.WriteString("payloadError", "unexpected " + length + "-byte payload for this command");
        }
    }

    private static string ResultText(byte command, byte result)
    {
        if (!CommandResult.IsDefined(command, result))
        {
            return "undefined";
        }

        if (command == TuyaCommand.ReportRecordData && result == CommandResult.RecordStoredPending)
        {
            return "success, retained records pending";
        }

        return CommandResult.IsSuccess(command, result) ? "success" : "failure";
    }

    private static void WriteResultByte(Utf8JsonWriter json, byte command, byte value, string text)
    {
        json.WriteNumber("result", value);
        json.WriteString("resultText", CommandResult.IsDefined(command, value) ? text : "undefined");
    }

    private static void WriteStatus(Utf8JsonWriter json, string name, byte value, bool valid, string text)
    {
        json.WriteNumber(name, value);
        if (valid)
        {
            json.WriteString(name + "Text", text);
        }
        else
        {
            json.WriteString("payloadError", name + " " + value + " is not defined by the spec");
        }
    }

    private void WriteDps(Utf8JsonWriter json, byte[] b, int at, int length)
    {
        _dps.Reset(b, at, length);
        json.WriteStartArray("dps");
        while (_dps.MoveNext())
        {
            json.WriteStartObject();
            json.WriteNumber("id", _dps.Id);
            string? code = _dpCodeForId?.Invoke(_dps.Id);
            if (code != null)
            {
                json.WriteString("code", code);
            }

            json.WriteString("type", DpType.GetName(_dps.Type));
            switch (_dps.Type)
            {
                case DpType.Bool:
                    json.WriteBoolean("value", _dps.ReadBool());
                    break;
                case DpType.Value:
                    json.WriteNumber("value", _dps.ReadValue());
                    break;
                case DpType.Enum:
                    json.WriteNumber("value", _dps.ReadEnum());
                    break;
                case DpType.Bitmap:
                    json.WriteNumber("value", _dps.ReadBigEndian());
                    break;
                case DpType.String:
                    json.WriteString("value", _dps.ReadString());
                    break;
                default:
                    json.WriteString("value", Hex.FormatLower(b, _dps.ValueOffset, _dps.ValueLength));
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (_dps.HasError)
        {
            json.WriteString("dpError", _dps.Error);
        }
    }
}
