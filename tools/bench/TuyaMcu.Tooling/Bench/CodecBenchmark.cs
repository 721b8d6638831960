using System.Diagnostics;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Bench;

/// <summary>Figures of one chunk size from a run of <see cref="CodecBenchmark"/>.</summary>
/// <param name="CallsPerByte">
/// Method calls per byte parsed: the feeds, the parser's calls to its scanner and to Array.Copy,
/// and the sink's callbacks (frames and checksum mismatches).
/// </param>
/// <param name="BytesCopiedPerByte">Bytes the parser copied into its own buffer (the starts of frames that had to wait for the next read) per byte parsed.</param>
public sealed record CodecBenchmarkResult(
    string Input,
    int Chunk,
    long StreamBytes,
    long FramesPerPass,
    int Passes,
    double Seconds,
    double FramesPerSecond,
    double MegabytesPerSecond,
    double AllocatedBytesPerFrame,
    long ChecksumErrorsPerPass,
    long DiscardedBytesPerPass,
    double CallsPerByte,
    double BytesCopiedPerByte,
    double WriteFramesPerSecond,
    double WriteAllocatedBytesPerFrame);

/// <summary>
/// Measures the frame parser (fed <c>chunk</c> bytes at a time, as a UART driver hands them
/// over) and the frame/DP writers on a realistic mixed stream, or on a file's raw bytes. Several
/// chunk sizes are measured on the same stream in one run, taking turns, so that a machine whose
/// load changes treats them alike. Allocation is counted with the runtime's per-thread allocation
/// counter over the measured passes only, after a warm-up.
/// </summary>
public sealed class CodecBenchmark
{
    private const double WarmUpSeconds = 0.5;

    // The measuring time is spent in this many turns, each giving every chunk size its share.
    private const int Turns = 5;

    private sealed class CountingSink : IFrameSink
    {
        public long Frames;

        public void OnFrame(Frame frame) => Frames++;

        public void OnChecksumMismatch(Frame candidate)
        {
        }
    }

    // One chunk size: its own parser, what one pass costs it, and what was measured.
    private sealed class Subject
    {
        public Subject(int chunk)
        {
            Chunk = chunk;
            Parser = new FrameParser(Sink);
        }

        public int Chunk { get; }

        public CountingSink Sink { get; } = new();

        public FrameParser Parser { get; }

        public ParserStatistics FirstPass { get; } = new();

        public int Passes { get; set; }

        public double Seconds { get; set; }

        public long Allocated { get; set; }

        public long Frames { get; set; }
    }

    /// <summary>Runs the benchmark for about <paramref name="minSeconds"/> per chunk size, and half as long for the writers.</summary>
    public IReadOnlyList<CodecBenchmarkResult> Run(byte[]? input, IReadOnlyList<int> chunks, double minSeconds = 1.0, int seed = 1)
    {
        if (chunks.Count == 0 || chunks.Any(c => c < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(chunks), "every chunk must be at least 1");
        }

        var generator = new MixedStreamGenerator(seed);
        byte[] stream = input ?? generator.Generate(1 << 20);
        var subjects = chunks.Select(c => new Subject(c)).ToList();

        // One pass to learn the per-pass counts, then a warm-up long enough for the JIT's tiered
        // recompilation to finish, so what is measured is steady state.
        foreach (Subject subject in subjects)
        {
            ParsePass(subject.Parser, stream, subject.Chunk);
            Copy(subject.Parser.Statistics, subject.FirstPass);
        }

        var warmUp = Stopwatch.StartNew();
        for (int pass = 0; pass < 3 || warmUp.Elapsed.TotalSeconds < WarmUpSeconds; pass++)
        {
            subjects.ForEach(s => ParsePass(s.Parser, stream, s.Chunk));
        }

        // The stopwatch is created before any allocation count is read: it is the only object the
        // measurement itself would allocate, and it would show as a fraction of a byte per frame.
        var watch = new Stopwatch();
        for (int turn = 0; turn < Turns; turn++)
        {
            foreach (Subject subject in subjects)
            {
                long framesBefore = subject.Sink.Frames;
                int passes = 0;
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                do
                {
                    ParsePass(subject.Parser, stream, subject.Chunk);
                    passes++;
                }
                while (watch.Elapsed.TotalSeconds < minSeconds / Turns || (turn == Turns - 1 && subject.Passes + passes < 3));
                watch.Stop();
                subject.Allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                subject.Seconds += watch.Elapsed.TotalSeconds;
                subject.Passes += passes;
                subject.Frames += subject.Sink.Frames - framesBefore;
            }
        }

        (double writeRate, double writeAllocated) = MeasureWriter(generator, minSeconds / 2);
        return subjects.Select(s => Result(s, input == null ? "generated" : "file", stream.LongLength, writeRate, writeAllocated)).ToList();
    }

    private static CodecBenchmarkResult Result(Subject s, string input, long streamBytes, double writeRate, double writeAllocated)
    {
        ParserStatistics pass = s.FirstPass;
        long feeds = (streamBytes + s.Chunk - 1) / s.Chunk;
        long calls = feeds + pass.Scans + pass.BlockCopies + pass.Frames + pass.ChecksumErrors;
        return new CodecBenchmarkResult(
            input,
            s.Chunk,
            streamBytes,
            pass.Frames,
            s.Passes,
            s.Seconds,
            s.Frames / s.Seconds,
            streamBytes * (double)s.Passes / s.Seconds / 1_000_000.0,
            s.Frames == 0 ? 0 : s.Allocated / (double)s.Frames,
            pass.ChecksumErrors,
            pass.DiscardedBytes,
            calls / (double)streamBytes,
            pass.BytesCopied / (double)streamBytes,
            writeRate,
            writeAllocated);
    }

    private static void ParsePass(FrameParser parser, byte[] stream, int chunk)
    {
        for (int at = 0; at < stream.Length; at += chunk)
        {
            int count = Math.Min(chunk, stream.Length - at);
            parser.Feed(stream, at, count, 0);
        }

        parser.Reset();
    }

    private static void Copy(ParserStatistics from, ParserStatistics to)
    {
        to.Frames = from.Frames;
        to.ChecksumErrors = from.ChecksumErrors;
        to.DiscardedBytes = from.DiscardedBytes;
        to.Scans = from.Scans;
        to.BlockCopies = from.BlockCopies;
        to.BytesCopied = from.BytesCopied;
    }

    private static (double FramesPerSecond, double AllocatedBytesPerFrame) MeasureWriter(MixedStreamGenerator generator, double minSeconds)
    {
        byte[] buffer = new byte[FrameFormat.DefaultMaxDataLength + FrameFormat.Overhead];
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < WarmUpSeconds)
        {
            for (int i = 0; i < 1000; i++)
            {
                generator.WriteFrame(buffer, 0);
            }
        }

        long frames = 0;
        var watch = new Stopwatch();
        long before = GC.GetAllocatedBytesForCurrentThread();
        watch.Start();
        while (watch.Elapsed.TotalSeconds < minSeconds)
        {
            for (int i = 0; i < 1000; i++)
            {
                generator.WriteFrame(buffer, 0);
            }

            frames += 1000;
        }

        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (frames / watch.Elapsed.TotalSeconds, allocated / (double)frames);
    }
}
