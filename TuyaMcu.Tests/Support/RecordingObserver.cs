using System.Collections;
using TuyaMcu.Link;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Keeps every request outcome, with its answer data as hex.</summary>
    internal sealed class RecordingObserver : IRequestObserver
    {
        public readonly ArrayList Outcomes = new ArrayList();
        public readonly ArrayList Data = new ArrayList();

        public void OnRequestCompleted(RequestOutcome outcome)
        {
            Outcomes.Add(outcome);
            Data.Add(outcome.Status == RequestStatus.Answered || outcome.Status == RequestStatus.Malformed
                ? Hex.Format(outcome.Buffer, outcome.DataOffset, outcome.DataLength, '\0')
                : null);
        }

        public int Count
        {
            get { return Outcomes.Count; }
        }

        public RequestOutcome At(int index)
        {
            return (RequestOutcome)Outcomes[index];
        }

        public string DataAt(int index)
        {
            return (string)Data[index];
        }
    }
}
