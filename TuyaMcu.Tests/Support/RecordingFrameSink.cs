using System.Collections;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Keeps every frame and checksum mismatch a parser reports, as upper-case hex with spaces.</summary>
    internal sealed class RecordingFrameSink : IFrameSink
    {
        public readonly ArrayList Frames = new ArrayList();
        public readonly ArrayList Mismatches = new ArrayList();
        public readonly ArrayList Positions = new ArrayList();

        public void OnFrame(Frame frame)
        {
            Frames.Add(Hex.Format(frame.Buffer, frame.Offset, frame.Length, ' '));
            Positions.Add(frame.StreamPosition);
        }

        public void OnChecksumMismatch(Frame candidate)
        {
            Mismatches.Add(Hex.Format(candidate.Buffer, candidate.Offset, candidate.Length, ' '));
        }

        public string FrameAt(int index)
        {
            return (string)Frames[index];
        }
    }
}
