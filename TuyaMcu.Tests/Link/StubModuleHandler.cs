using TuyaMcu.Link;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tests.Link
{
    /// <summary>Answers module commands with one fixed byte (or nothing) and counts what it saw.</summary>
    internal sealed class StubModuleHandler : IModuleCommandHandler
    {
        public int Answers;
        public int Unexpected;
        public int AnswerLength;
        public byte LastCommand;

        public int Answer(Frame command, byte[] answer, int answerOffset, int answerCapacity)
        {
            Answers++;
            LastCommand = command.Command;
            if (AnswerLength > 0)
            {
                answer[answerOffset] = 0x01;
            }

            return AnswerLength;
        }

        public void OnUnexpectedFrame(Frame frame)
        {
            Unexpected++;
        }
    }
}
