using System.Diagnostics;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Bench;

/// <summary>Figures from one run of <see cref="CodecBenchmark"/>.</summary>
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
    double WriteFramesPerSecond,
    double WriteAllocatedBytesPerFrame);

/// <summary>
/// Measures the frame parser (fed <c>chunk</c> bytes at a time, as a UART driver hands them
/// over) and the frame/DP writers on a realistic mixed stream, or on a file's raw bytes.
/// Allocation is counted with the runtime's per-thread allocation counter over the measured
/// passes only, after a warm-up.
/// </summary>
public sealed class CodecBenchmark
{
    private sealed class CountingSink : IFrameSink
    {
        public long Frames;

        public void OnFrame(Frame frame) => Frames++;

        public void OnChecksumMismatch(Frame candidate)
        {
        }
    }

    private const double WarmUpSeconds = 0.5;

    /// <summary>Runs the benchmark for about <paramref name="minSeconds"/> per phase.</summary>
    public CodecBenchmarkResult Run(byte[]? input, int chunk, double minSeconds = 1.0, int seed = 1)
    {
        if (chunk < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(chunk), "chunk must be at least 1");
        }

        var generator = new MixedStreamGenerator(seed);
        byte[] stream = input ?? generator.Generate(1 << 20);
        var sink = new CountingSink();
        var parser = new FrameParser(sink);

        // One pass to learn the per-pass counts, then a warm-up long enough for the JIT's tiered
        // recompilation to finish, so what is measured is steady state.
        ParsePass(parser, stream, chunk);
        long framesPerPass = sink.Frames;
        long checksumErrors = parser.Statistics.ChecksumErrors;
        long discarded = parser.Statistics.DiscardedBytes;
        var warmUp = Stopwatch.StartNew();
        for (int pass = 0; pass < 3 || warmUp.Elapsed.TotalSeconds < WarmUpSeconds; pass++)
        {
            ParsePass(parser, stream, chunk);
        }

        sink.Frames = 0;
        int passes = 0;
        // The stopwatch is created before the allocation count is read: it is the only object the
        // measurement itself would allocate, and it would show as a fraction of a byte per frame.
        var watch = new Stopwatch();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        watch.Start();
        do
        {
            ParsePass(parser, stream, chunk);
            passes++;
        }
        while (watch.Elapsed.TotalSeconds < minSeconds || passes < 3);
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        double seconds = watch.Elapsed.TotalSeconds;
        long frames = sink.Frames;

        (double writeRate, double writeAllocated) = MeasureWriter(generator, minSeconds / 2);

        return new CodecBenchmarkResult(
            input == null ? "generated" : "file",
            chunk,
            stream.LongLength,
            framesPerPass,
            passes,
            seconds,
            frames / seconds,
            stream.LongLength * (double)passes / seconds / 1_000_000.0,
            frames == 0 ? 0 : allocated / (double)frames,
            checksumErrors,
            discarded,
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
