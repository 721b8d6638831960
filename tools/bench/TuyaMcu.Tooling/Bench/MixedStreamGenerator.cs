using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Bench;

/// <summary>
/// Builds a realistic byte stream of what crosses the MCU–module UART, with the firmware's own
/// frame and DP writers: real-time DP reports, record reports with timestamps, time replies,
/// module DP commands, one-byte results and network status, with a little garbage between
/// frames (stray bytes, a stray 0x55, aborted frames). Deterministic for a given seed.
/// </summary>
public sealed class MixedStreamGenerator
{
    private readonly Random _random;
    private readonly byte[] _frame = new byte[FrameFormat.DefaultMaxDataLength + FrameFormat.Overhead];
    private readonly byte[] _payload = new byte[FrameFormat.DefaultMaxDataLength];
    private readonly DpWriter _dps = new();
    private readonly TuyaTime _time = new();

    /// <summary>Creates a generator; the same seed gives the same stream.</summary>
    public MixedStreamGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Valid frames written into the last stream.</summary>
    public int Frames { get; private set; }

    /// <summary>Garbage bytes inserted into the last stream.</summary>
    public int GarbageBytes { get; private set; }

    /// <summary>Generates a stream of about <paramref name="targetBytes"/> bytes.</summary>
    public byte[] Generate(int targetBytes, double garbageRatio = 0.01)
    {
        var stream = new MemoryStream(targetBytes + 1024);
        Frames = 0;
        GarbageBytes = 0;
        while (stream.Length < targetBytes)
        {
            if (_random.NextDouble() < garbageRatio * 10)
            {
                WriteGarbage(stream);
            }

            int length = WriteFrame(_frame, 0);
            stream.Write(_frame, 0, length);
            Frames++;
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Writes one frame of a random kind into <paramref name="buffer"/> and returns its length.
    /// Allocates nothing, so it also serves as the writer benchmark.
    /// </summary>
    public int WriteFrame(byte[] buffer, int offset)
    {
        int kind = _random.Next(100);
        if (kind < 40)
        {
            return WriteStatusReport(buffer, offset);
        }

        if (kind < 60)
        {
            return WriteRecordReport(buffer, offset);
        }

        if (kind < 75)
        {
            return WriteTimeReply(buffer, offset);
        }

        if (kind < 85)
        {
            return WriteModuleCommand(buffer, offset);
        }

        if (kind < 95)
        {
            _payload[0] = (byte)_random.Next(2);
            byte command = kind < 90 ? TuyaCommand.ReportRealTimeStatus : TuyaCommand.ReportRecordData;
            return FrameWriter.Write(buffer, offset, FrameFormat.VersionNbIot, command, _payload, 0, 1);
        }

        _payload[0] = (byte)(1 + _random.Next(4));
        return FrameWriter.Write(buffer, offset, FrameFormat.VersionNbIot, TuyaCommand.ReportNetworkStatus, _payload, 0, 1);
    }

    private int WriteStatusReport(byte[] buffer, int offset)
    {
        FrameWriter.Begin(buffer, offset, FrameFormat.VersionNbIot, TuyaCommand.ReportRealTimeStatus, FrameFormat.DefaultMaxDataLength);
        _dps.Reset(buffer, offset + FrameFormat.DataOffset, FrameFormat.DefaultMaxDataLength);
        _dps.WriteBool(101, _random.Next(2) == 0);
        _dps.WriteValue(102, _random.Next(16777216));
        _dps.WriteValue(103, _random.Next(1000));
        _dps.WriteEnum(104, (byte)_random.Next(3));
        _dps.WriteValue(105, _random.Next(100));
        if (_random.Next(4) == 0)
        {
            // The CPN01 payload: 27 bytes plus 8 datalog records of 11.
            int valueAt = _dps.ReserveRaw(120, 27 + 8 * 11);
            for (int i = 0; i < 27 + 8 * 11; i++)
            {
                buffer[valueAt + i] = (byte)_random.Next(256);
            }
        }

        return FrameWriter.Seal(buffer, offset, _dps.Length);
    }

    private int WriteRecordReport(byte[] buffer, int offset)
    {
        FrameWriter.Begin(buffer, offset, FrameFormat.VersionNbIot, TuyaCommand.ReportRecordData, 100);
        TuyaTime.TryWriteTimestamp(1_700_000_000L + _random.Next(100_000_000), buffer, offset + FrameFormat.DataOffset);
        _dps.Reset(buffer, offset + FrameFormat.DataOffset + TuyaTime.TimestampLength, 100 - TuyaTime.TimestampLength);
        _dps.WriteBool(101, _random.Next(2) == 0);
        _dps.WriteValue(102, _random.Next(16777216));
        _dps.WriteValue(103, _random.Next(1000));
        return FrameWriter.Seal(buffer, offset, TuyaTime.TimestampLength + _dps.Length);
    }

    private int WriteTimeReply(byte[] buffer, int offset)
    {
        _time.SetUnixSeconds(1_700_000_000L + _random.Next(100_000_000));
        _time.WriteReply(_payload, 0, true);
        byte command = _random.Next(2) == 0 ? TuyaCommand.GetLocalTime : TuyaCommand.GetGmtTime;
        return FrameWriter.Write(buffer, offset, FrameFormat.VersionNbIot, command, _payload, 0, TuyaTime.ReplyLength);
    }

    private int WriteModuleCommand(byte[] buffer, int offset)
    {
        FrameWriter.Begin(buffer, offset, FrameFormat.VersionNbIot, TuyaCommand.SendCommand, 64);
        _dps.Reset(buffer, offset + FrameFormat.DataOffset, 64);
        _dps.WriteValue(106, 60 + _random.Next(86400));
        return FrameWriter.Seal(buffer, offset, _dps.Length);
    }

    private void WriteGarbage(MemoryStream stream)
    {
        int kind = _random.Next(3);
        if (kind == 0)
        {
            // An aborted frame: a real frame cut short.
            int length = WriteFrame(_frame, 0);
            int cut = 1 + _random.Next(length - 1);
            stream.Write(_frame, 0, cut);
            GarbageBytes += cut;
            return;
        }

        if (kind == 1)
        {
            stream.WriteByte(FrameFormat.Header1);
            GarbageBytes++;
            return;
        }

        int count = 1 + _random.Next(8);
        for (int i = 0; i < count; i++)
        {
            // Line noise; 0x55 is left out so noise alone does not start a frame.
            int value = _random.Next(255);
            stream.WriteByte((byte)(value >= FrameFormat.Header1 ? value + 1 : value));
        }

        GarbageBytes += count;
    }
}
