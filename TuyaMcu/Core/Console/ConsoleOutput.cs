using TuyaMcu.Hal;

namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// Writes the console's text to its transport: lines ended the configured way, responses
    /// closed by "OK" or "ERROR: reason". Text is sent as ASCII (anything else as '?', which
    /// every terminal shows) through a buffer allocated once.
    /// </summary>
    public sealed class ConsoleOutput
    {
        private readonly IByteTransport _transport;
        private readonly string _newLine;
        private readonly byte[] _buffer = new byte[64];

        /// <summary>Writes to <paramref name="transport"/>, ending lines with <paramref name="newLine"/>.</summary>
        public ConsoleOutput(IByteTransport transport, string newLine)
        {
            _transport = transport;
            _newLine = newLine;
        }

        /// <summary>Writes one line.</summary>
        public void Line(string text)
        {
            Write(text);
            Write(_newLine);
        }

        /// <summary>Ends a response with success.</summary>
        public void Ok()
        {
            Line("OK");
        }

        /// <summary>Ends a response with failure, saying why.</summary>
        public void Error(string reason)
        {
            Line("ERROR: " + reason);
        }

        /// <summary>Answers with one line, then OK.</summary>
        public void Reply(string text)
        {
            Line(text);
            Ok();
        }

        /// <summary>
        /// Ends a command that changes something: OK when <paramref name="error"/> is null, else the
        /// refusal naming the command (and, for the set form, the value).
        /// </summary>
        public void Result(AtLine line, string error)
        {
            if (error == null)
            {
                Ok();
            }
            else
            {
                Error(line.Form == AtForm.Set ? Replies.BadValue(line, error) : line.Command + ": " + error);
            }
        }

        /// <summary>Ends the line being typed (echo).</summary>
        public void NewLine()
        {
            Write(_newLine);
        }

        /// <summary>Writes text as it is.</summary>
        public void Write(string text)
        {
            if (text == null)
            {
                return;
            }

            int filled = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                _buffer[filled++] = c < 0x80 ? (byte)c : (byte)'?';
                if (filled == _buffer.Length)
                {
                    _transport.Write(_buffer, 0, filled);
                    filled = 0;
                }
            }

            if (filled > 0)
            {
                _transport.Write(_buffer, 0, filled);
            }
        }

        /// <summary>Writes one byte (echo).</summary>
        public void WriteByte(byte value)
        {
            _buffer[0] = value;
            _transport.Write(_buffer, 0, 1);
        }
    }
}
