using FsCheck;
using FsCheck.Fluent;
using TuyaMcu.Protocol;

namespace TuyaMcu.HostTests.Protocol;

/// <summary>
/// Random valid frames interleaved with random garbage (line noise, stray 0x55, aborted frames),
/// cut at random chunk boundaries: every valid frame that no garbage-made frame overlaps comes
/// out exactly once, at its position, in order; nothing throws; parsing allocates nothing.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class FrameParserProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    /// <summary>A stream under test: its bytes, where its valid frames start, and how it is chunked.</summary>
    public sealed record Scenario(byte[] Bytes, long[] FramePositions, int[] FrameLengths, int[] Chunks)
    {
        public override string ToString() => $"{Bytes.Length} bytes, {FramePositions.Length} frames, chunks [{string.Join(",", Chunks.Take(12))}...]";
    }

    private sealed class Recorder : IFrameSink
    {
        public readonly List<(long Position, int Length, byte[] Bytes)> Frames = [];

        public void OnFrame(Frame frame) =>
            Frames.Add((frame.StreamPosition, frame.Length, frame.Buffer.AsSpan(frame.Offset, frame.Length).ToArray()));

        public void OnChecksumMismatch(Frame candidate)
        {
        }
    }

    private sealed class Counter : IFrameSink
    {
        public long Frames;

        public void OnFrame(Frame frame) => Frames++;

        public void OnChecksumMismatch(Frame candidate)
        {
        }
    }

    private static Gen<byte[]> ValidFrame =>
        from version in Gen.Elements<byte>(0x00, 0x00, 0x00, 0x01, 0x03)
        from command in Gen.Choose(0, 255)
        from length in Gen.Frequency((3, Gen.Choose(0, 16)), (2, Gen.Choose(17, 120)), (1, Gen.Choose(121, FrameFormat.DefaultMaxDataLength)))
        from data in Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf(length)
        select Encode(version, (byte)command, data);

    private static Gen<byte[]> Garbage =>
        Gen.OneOf(
            Gen.Choose(1, 12).SelectMany(n => Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf(n)),
            Gen.Constant(new byte[] { FrameFormat.Header1 }),
            Gen.Constant(new byte[] { FrameFormat.Header1, FrameFormat.Header2 }),
            ValidFrame.SelectMany(f => Gen.Choose(1, f.Length - 1).Select(cut => f[..cut])));

    private static Gen<Scenario> Scenarios =>
        from items in Gen.ListOf(Gen.Frequency((3, ValidFrame.Select(f => (Valid: true, Bytes: f))), (2, Garbage.Select(g => (Valid: false, Bytes: g)))))
        from chunks in Gen.NonEmptyListOf(Gen.Frequency((4, Gen.Choose(1, 8)), (3, Gen.Choose(9, 64)), (1, Gen.Choose(65, 4096))))
        select Build(items, chunks);

    [Fact]
    public void EveryValidFrameNotOverlappedByGarbage_ComesOutOnceInOrder()
    {
        Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            var recorder = new Recorder();
            var parser = new FrameParser(recorder);
            Feed(parser, scenario);

            // The line falls silent: a frame held inside an unfinished aborted one is rescanned.
            parser.Poll(FrameParser.DefaultInterByteTimeoutMs);

            // Whatever comes out is a real, checksum-correct slice of the stream, in order.
            long previousEnd = 0;
            foreach (var (position, length, bytes) in recorder.Frames)
            {
                Assert.True(position >= previousEnd, "frames overlap or are out of order");
                Assert.Equal(scenario.Bytes.AsSpan((int)position, length).ToArray(), bytes);
                previousEnd = position + length;
            }

            var delivered = recorder.Frames.Select(f => f.Position).ToHashSet();
            for (int i = 0; i < scenario.FramePositions.Length; i++)
            {
                long start = scenario.FramePositions[i];
                if (delivered.Contains(start))
                {
                    continue;
                }

                // Lost only if a frame made partly of garbage (checksum collision) covered it.
                bool covered = recorder.Frames.Any(f => f.Position < start && f.Position + f.Length > start);
                Assert.True(covered, $"valid frame at {start} (length {scenario.FrameLengths[i]}) was lost");
            }

            return true;
        }).Check(Config);
    }

    [Fact]
    public void Parsing_AllocatesNothing_WhateverTheInput()
    {
        Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            var counter = new Counter();
            var parser = new FrameParser(counter);
            Feed(parser, scenario);
            parser.Reset();

            long before = GC.GetAllocatedBytesForCurrentThread();
            Feed(parser, scenario);
            parser.Poll(long.MaxValue / 2);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
            return true;
        }).Check(Config.WithMaxTest(100));
    }

    [Fact]
    public void ArbitraryBytes_NeverThrow_AndEveryByteIsAccountedFor()
    {
        Gen<byte[]> noise = Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0x55)), (1, Gen.Constant(0xAA)), (1, Gen.Constant(0x00)), (3, Gen.Choose(0, 255))).Select(i => (byte)i));
        Prop.ForAll(noise.ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (bytes, chunk) =>
        {
            var recorder = new Recorder();
            var parser = new FrameParser(recorder);
            for (int at = 0; at < bytes.Length; at += chunk)
            {
                parser.Feed(bytes, at, Math.Min(chunk, bytes.Length - at), 0);
            }

            parser.Poll(1000);
            ParserStatistics s = parser.Statistics;
            long inFrames = recorder.Frames.Sum(f => (long)f.Length);
            Assert.Equal(bytes.Length, inFrames + s.DiscardedBytes);
            Assert.False(parser.IsReceiving);
            return true;
        }).Check(Config);
    }

    private static void Feed(FrameParser parser, Scenario scenario)
    {
        int at = 0;
        int chunk = 0;
        while (at < scenario.Bytes.Length)
        {
            int count = Math.Min(scenario.Chunks[chunk++ % scenario.Chunks.Length], scenario.Bytes.Length - at);
            parser.Feed(scenario.Bytes, at, count, 0);
            at += count;
        }
    }

    private static Scenario Build(List<(bool Valid, byte[] Bytes)> items, List<int> chunks)
    {
        var bytes = new List<byte>();
        var positions = new List<long>();
        var lengths = new List<int>();
        foreach (var (valid, item) in items)
        {
            if (valid)
            {
                positions.Add(bytes.Count);
                lengths.Add(item.Length);
            }

            bytes.AddRange(item);
        }

        return new Scenario(bytes.ToArray(), positions.ToArray(), lengths.ToArray(), chunks.ToArray());
    }

    private static byte[] Encode(byte version, byte command, byte[] data)
    {
        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        FrameWriter.Write(frame, 0, version, command, data, 0, data.Length);
        return frame;
    }
}
