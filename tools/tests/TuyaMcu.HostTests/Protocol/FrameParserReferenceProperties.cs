using FsCheck;
using FsCheck.Fluent;
using TuyaMcu.Protocol;

namespace TuyaMcu.HostTests.Protocol;

/// <summary>
/// The parser against <see cref="ReferenceFrameParser"/>, the same rules written without regard
/// for cost: on random streams of frames, aborted frames, stray headers, impossible lengths and
/// noise, fed in random chunk sizes with random silences between reads, both find the same frames
/// and checksum mismatches at the same positions, count the same discarded bytes, oversize
/// lengths and timeouts, and hold bytes at the same moments.
/// </summary>
public sealed class FrameParserReferenceProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true);

    /// <summary>A stream, how it is cut into reads, the silence before each read, and the parser's limits.</summary>
    public sealed record Case(byte[] Bytes, int[] Chunks, int[] GapsMs, int MaxDataLength)
    {
        public override string ToString() =>
            $"{Bytes.Length} bytes, max {MaxDataLength}, chunks [{string.Join(",", Chunks.Take(16))}], gaps [{string.Join(",", GapsMs.Take(16))}]: {Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 96)))}";
    }

    private sealed class Recorder : IFrameSink
    {
        public readonly List<(long Position, byte[] Bytes)> Frames = [];
        public readonly List<(long Position, byte[] Bytes)> Mismatches = [];

        public void OnFrame(Frame frame) =>
            Frames.Add((frame.StreamPosition, frame.Buffer.AsSpan(frame.Offset, frame.Length).ToArray()));

        public void OnChecksumMismatch(Frame candidate) =>
            Mismatches.Add((candidate.StreamPosition, candidate.Buffer.AsSpan(candidate.Offset, candidate.Length).ToArray()));
    }

    private static Gen<byte> AnyByte => Gen.Choose(0, 255).Select(i => (byte)i);

    private static Gen<byte[]> Frame(int maxData) =>
        from version in Gen.Elements<byte>(0x00, 0x01, 0x03)
        from command in AnyByte
        from length in Gen.Frequency((4, Gen.Choose(0, Math.Min(12, maxData))), (1, Gen.Choose(0, maxData)))
        from data in AnyByte.ArrayOf(length)
        select Encode(version, command, data);

    private static Gen<byte[]> Piece(int maxData) =>
        Gen.Frequency(
            (5, Frame(maxData)),
            (2, Frame(maxData).SelectMany(f => Gen.Choose(1, f.Length - 1).Select(cut => f[..cut]))),
            (1, Frame(maxData).SelectMany(f => Gen.Choose(0, f.Length - 1).SelectMany(at => AnyByte.Select(b => Corrupt(f, at, b))))),
            (1, Gen.Elements(new byte[] { 0x55 }, new byte[] { 0x55, 0xAA }, new byte[] { 0x55, 0x55, 0xAA }, new byte[] { 0x55, 0xAA, 0x00, 0x01, 0xFF, 0xFF })),
            (2, Gen.Frequency((1, Gen.Constant((byte)0x55)), (1, Gen.Constant((byte)0xAA)), (3, AnyByte)).ArrayOf().Select(a => a.Take(20).ToArray())));

    private static Gen<Case> Cases =>
        from maxData in Gen.Frequency((3, Gen.Constant(FrameFormat.DefaultMaxDataLength)), (2, Gen.Choose(0, 40)))
        from pieces in Piece(maxData).ListOf()
        from chunks in Gen.Frequency((4, Gen.Choose(1, 3)), (3, Gen.Choose(4, 24)), (2, Gen.Choose(25, 80)), (1, Gen.Choose(81, 700))).NonEmptyListOf()
        from gaps in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(1, 299)), (1, Gen.Choose(300, 1000))).NonEmptyListOf()
        select new Case(pieces.SelectMany(p => p).ToArray(), chunks.ToArray(), gaps.ToArray(), maxData);

    [Fact]
    public void Parser_AgreesWithTheReference_OnRandomStreamsChunksAndSilences()
    {
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var recorder = new Recorder();
            var parser = new FrameParser(recorder, c.MaxDataLength, FrameParser.DefaultInterByteTimeoutMs);
            var reference = new ReferenceFrameParser(c.MaxDataLength, FrameParser.DefaultInterByteTimeoutMs);
            long now = 0;
            int read = 0;
            for (int at = 0; at < c.Bytes.Length; read++)
            {
                int count = Math.Min(c.Chunks[read % c.Chunks.Length], c.Bytes.Length - at);
                now += c.GapsMs[read % c.GapsMs.Length];
                parser.Feed(c.Bytes, at, count, now);
                reference.Feed(c.Bytes, at, count, now);
                Assert.True(parser.IsReceiving == reference.IsReceiving, $"holding bytes after read {read} (up to byte {at + count})");
                at += count;
            }

            parser.EndOfInput();
            reference.EndOfInput();

            Assert.Equal(Describe(reference.Frames), Describe(recorder.Frames));
            Assert.Equal(Describe(reference.Mismatches), Describe(recorder.Mismatches));
            ParserStatistics s = parser.Statistics;
            Assert.Equal(reference.Discarded, s.DiscardedBytes);
            Assert.Equal(reference.Oversize, s.OversizeLengths);
            Assert.Equal(reference.Timeouts, s.Timeouts);
            Assert.Equal(reference.Frames.Count, s.Frames);
            Assert.Equal(c.Bytes.Length, s.BytesReceived);
            Assert.False(parser.IsReceiving);
            return true;
        }).Check(Config);
    }

    private static List<string> Describe(List<(long Position, byte[] Bytes)> frames) =>
        frames.Select(f => $"{f.Position}:{Convert.ToHexString(f.Bytes)}").ToList();

    private static byte[] Corrupt(byte[] frame, int at, byte value)
    {
        byte[] copy = (byte[])frame.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Encode(byte version, byte command, byte[] data)
    {
        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        FrameWriter.Write(frame, 0, version, command, data, 0, data.Length);
        return frame;
    }
}
