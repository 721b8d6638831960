using TuyaMcu.Protocol;

namespace TuyaMcu.Link
{
    /// <summary>Answers the commands the module starts (product info, network status, DP commands, battery check, operating status).</summary>
    public interface IModuleCommandHandler
    {
        /// <summary>
        /// Acts on <paramref name="command"/> and writes the answer's data into
        /// <paramref name="answer"/> from <paramref name="answerOffset"/> (at most
        /// <paramref name="answerCapacity"/> bytes). Returns the answer's data length, or -1 to send no answer.
        /// </summary>
        int Answer(Frame command, byte[] answer, int answerOffset, int answerCapacity);

        /// <summary>A frame the link could not place: not a module command and not the answer to the request in flight.</summary>
        void OnUnexpectedFrame(Frame frame);
    }
}
