using System.Collections;
using TuyaMcu.Link;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Keeps every request outcome (command, tag, status, attempts), with its answer data as hex.</summary>
    internal sealed class RecordingObserver : IRequestObserver
    {
        public readonly ArrayList Outcomes = new ArrayList();
        public readonly ArrayList Data = new ArrayList();

        public void OnRequestCompleted(RequestOutcome outcome)
        {
            // The link hands out one instance for every request: keep a copy.
            RequestOutcome copy = new RequestOutcome();
            copy.Command = outcome.Command;
            copy.Tag = outcome.Tag;
            copy.Status = outcome.Status;
            copy.Attempts = outcome.Attempts;
            Outcomes.Add(copy);
            Data.Add(outcome.Status == RequestStatus.Answered
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
