using System;
using TuyaMcu.Platform;
using TuyaMcu.Hal;

// Why this file is just over 400 lines: the shell's login, line dispatch and its own commands (AT, AT?,
// ATZ, AT+CFG, AT+FDR) share the session's state; the command groups are their own classes.
namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The Dragino-style AT command console on a byte stream (a UART on the device, standard
    /// input and output on the host). It prints a banner, wants the serial password first (see
    /// <see cref="AccessGate"/>), then runs one command per line: <c>AT</c>, <c>AT?</c>,
    /// <c>ATZ</c>, <c>AT+CFG</c>, <c>AT+FDR</c>, and the <c>AT+CMD</c> of its command groups
    /// (<see cref="IAtCommandGroup"/>: the profile's, the device's, the module's) in their help,
    /// run, set and get forms.
    /// <para>
    /// Poll-driven like the rest of the firmware: <see cref="Loop"/> never blocks and
    /// <see cref="NextDueMs"/> says when it next has work without new input. While a
    /// module-facing command waits for the module, the console reads no further input: what is
    /// typed meanwhile stays in the transport's receive buffer and runs, in order, once the
    /// answer is printed (at most about 4 s with the default link timing). A script can send
    /// several commands at once without losing any. Idle polling allocates nothing.
    /// </para>
    /// </summary>
    public sealed class AtCommandConsole
    {
        private readonly IByteTransport _transport;
        private readonly IClock _clock;
        private readonly Device _device;
        private readonly ConsoleOptions _options;
        private readonly ConsoleOutput _out;
        private readonly LineAssembler _line = new LineAssembler(ConsoleOptions.MaxLineLength);
        private readonly AccessGate _gate;
        private readonly IAtCommandGroup _profileCommands;
        private readonly IAtCommandGroup _deviceCommands;
        private readonly IAtCommandGroup _moduleCommands;

        // Bytes read but not yet fed: reading stops at a module command and resumes here.
        private readonly byte[] _input = new byte[64];
        private int _inputAt;
        private int _inputCount;

        private bool _started;
        private IAtCommandGroup _waitingOn;
        private bool _ended;

        /// <summary>A console on <paramref name="transport"/> for <paramref name="device"/>. Nothing is written before the first <see cref="Loop"/>.</summary>
        public AtCommandConsole(IByteTransport transport, IClock clock, Device device, ConsoleOptions options)
        {
            if (transport == null || clock == null || device == null)
            {
                throw new ArgumentNullException(transport == null ? "transport" : clock == null ? "clock" : "device");
            }

            _options = options == null ? new ConsoleOptions() : options;
            string problem = _options.Validate();
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }

            _transport = transport;
            _clock = clock;
            _device = device;
            _out = new ConsoleOutput(transport, _options.NewLine);
            _gate = new AccessGate(_options);
            _profileCommands = device.Application.CreateCommands(_out);
            _deviceCommands = new DeviceCommands(device, _out, FirmwareVersion);
            _moduleCommands = new ModuleCommands(device.Dispatcher, device.Settings, _out);
        }

        /// <summary>True while a session is open (the password was given and has not timed out).</summary>
        public bool IsSessionOpen
        {
            get { return _gate.IsOpen; }
        }

        /// <summary>True while a module-facing command waits for the module's answer.</summary>
        public bool IsWaitingForModule
        {
            get { return _waitingOn != null; }
        }

        /// <summary>True after ATZ or AT+FDR: the device is rebooting and the console does nothing more.</summary>
        public bool HasEnded
        {
            get { return _ended; }
        }

        /// <summary>True when nothing read is left unprocessed and no command is waiting.</summary>
        public bool IsIdle
        {
            get { return _started && _waitingOn == null && _inputAt >= _inputCount; }
        }

        /// <summary>When <see cref="Loop"/> next has work without new input, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                if (_ended)
                {
                    return long.MaxValue;
                }

                if (!_started || (_waitingOn != null ? !_waitingOn.IsWaiting : _inputAt < _inputCount))
                {
                    return _clock.UptimeMs;
                }

                return _waitingOn != null ? long.MaxValue : _gate.NextDueMs;
            }
        }

        /// <summary>One non-blocking pass: the banner at first, the inactivity timeout, then whatever input has arrived.</summary>
        public void Loop()
        {
            if (_ended)
            {
                return;
            }

            long now = _clock.UptimeMs;
            if (!_started)
            {
                _started = true;
                _out.Line((_options.ProductName != null ? _options.ProductName : _device.Profile.ProductName) + ", firmware " + FirmwareVersion);
                _out.Line("Enter password to access AT commands");
            }

            if (_waitingOn != null)
            {
                if (_waitingOn.IsWaiting)
                {
                    return;
                }

                // The wait was the module's, not the user's: it does not count as inactivity.
                _waitingOn = null;
                _gate.Touch(now);
            }

            if (_gate.CloseIfIdle(now))
            {
                _line.Clear();
                _out.Line("Session locked after " + DurationText(_options.InactivityTimeoutMs) + " without input");
                _out.Line("Enter password to access AT commands");
            }

            // Someone at the console keeps the device awake (battery mode would deep-sleep it).
            _device.SleepInhibited = _gate.IsOpen;

            while (!_ended && _waitingOn == null)
            {
                if (_inputAt >= _inputCount)
                {
                    _inputAt = 0;
                    _inputCount = _transport.Read(_input, 0, _input.Length);
                    if (_inputCount <= 0)
                    {
                        _inputCount = 0;
                        return;
                    }
                }

                byte value = _input[_inputAt++];
                LineEvent result = _line.Feed(value);
                Echo(value, result);
                if (result == LineEvent.Complete)
                {
                    OnLine(_line.TakeLine(), now);
                    _device.SleepInhibited = _gate.IsOpen || _waitingOn != null;
                }
                else if (result == LineEvent.TooLong)
                {
                    _out.Error("line too long (at most " + ConsoleOptions.MaxLineLength.ToString() + " characters)");
                }
            }
        }

        private void OnLine(string raw, long now)
        {
            string text = raw.Trim();
            if (text.Length == 0)
            {
                return;
            }

            if (!_gate.IsOpen)
            {
                Login(text, now);
                return;
            }

            _gate.Touch(now);
            Execute(text);
        }

        private void Login(string attempt, long now)
        {
            if (_gate.IsLockedOut(now))
            {
                _out.Error("locked for " + _gate.LockoutSecondsLeft(now).ToString() + " s");
                return;
            }

            if (_gate.TryPassword(attempt, _device.Settings.Password, now))
            {
                _out.Reply("Correct password");
                return;
            }

            int lockout = _gate.LockoutSecondsLeft(now);
            if (lockout > 0)
            {
                _out.Error("wrong password; locked for " + lockout.ToString() + " s");
            }
            else
            {
                _out.Error("wrong password (" + _gate.TriesBeforeLockout.ToString() + " more tries before a " + _options.FirstLockoutSeconds.ToString() + " s lockout)");
            }
        }

        private void Execute(string text)
        {
            AtLine line;
            string error = AtLine.Parse(text, out line);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            switch (line.Form)
            {
                case AtForm.Attention:
                    _out.Ok();
                    return;
                case AtForm.ShortHelp:
                    ShortHelp();
                    return;
                case AtForm.Reset:
                    Reboot();
                    return;
            }

            string name = line.Name;
            if (line.Form == AtForm.Help)
            {
                string usage = Usage(name);
                if (usage != null)
                {
                    _out.Reply(usage);
                    return;
                }
            }

            if (name == "FDR")
            {
                FactoryReset(line);
            }
            else if (name == "CFG")
            {
                Configuration(line);
            }
            else if (_profileCommands.Execute(line))
            {
                WaitFor(_profileCommands);
            }
            else if (_deviceCommands.Execute(line))
            {
                WaitFor(_deviceCommands);
            }
            else if (_moduleCommands.Execute(line))
            {
                WaitFor(_moduleCommands);
            }
            else
            {
                _out.Error("unknown command " + line.Command + " (AT? lists the commands)");
            }
        }

        private void WaitFor(IAtCommandGroup group)
        {
            if (group.IsWaiting)
            {
                _waitingOn = group;
            }
        }

        private string Usage(string name)
        {
            switch (name)
            {
                case "CFG":
                    return "AT+CFG prints every setting (as the AT command that sets it) and the device's state";
                case "FDR":
                    return "AT+FDR erases the configuration, counters and datalog (not the device ID) and reboots with the defaults";
            }

            string usage = _profileCommands.Usage(name);
            if (usage == null)
            {
                usage = _deviceCommands.Usage(name);
            }

            return usage != null ? usage : _moduleCommands.Usage(name);
        }

        private void Configuration(AtLine line)
        {
            if (line.Form == AtForm.Set)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            _profileCommands.WriteConfiguration(_out);
            _deviceCommands.WriteConfiguration(_out);
            _moduleCommands.WriteConfiguration(_out);
            _deviceCommands.WriteState(_out);
            _profileCommands.WriteState(_out);
            _moduleCommands.WriteState(_out);
            _out.Ok();
        }

        private void FactoryReset(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            // Erased before the answer; the device's own reset erases again (a no-op) and reboots.
            string error = _device.Persistence == null ? null : _device.Persistence.FactoryReset();
            if (error != null)
            {
                _out.Error(line.Command + ": " + error + "; not rebooting");
                return;
            }

            _out.Reply("Factory reset: configuration, counters and datalog erased (device ID kept); rebooting");
            _ended = true;
            _device.FactoryReset();
        }

        // ATZ saves and reboots. Saved before the answer: a reboot after a failed save would lose the
        // counts since the last one, so the device stays up and says why.
        private void Reboot()
        {
            if (!_device.SaveAll())
            {
                _out.Error("ATZ: not rebooting: " + _device.Persistence.LastError);
                return;
            }

            _out.Reply("rebooting");
            _ended = true;
            _device.Restart();
        }

        private void ShortHelp()
        {
            _out.Line("AT: attention");
            _out.Line("AT?: this help");
            _out.Line("ATZ: save and reboot");
            _out.Line("AT+<CMD>? help on <CMD>, AT+<CMD> run, AT+<CMD>=<value> set, AT+<CMD>=? get");
            _profileCommands.WriteSummaries(_out);
            _out.Line("AT+CFG: Print all configuration and state");
            _out.Line("AT+FDR: Factory data reset");
            _deviceCommands.WriteSummaries(_out);
            _moduleCommands.WriteSummaries(_out);
            _profileCommands.WriteNotes(_out);
            _deviceCommands.WriteNotes(_out);
            _moduleCommands.WriteNotes(_out);
            _out.Ok();
        }

        private void Echo(byte value, LineEvent result)
        {
            if (!_options.Echo)
            {
                return;
            }

            switch (result)
            {
                case LineEvent.Typed:
                    // Password characters are not shown.
                    _out.WriteByte(_gate.IsOpen ? value : (byte)'*');
                    return;
                case LineEvent.Erased:
                    _out.Write("\b \b");
                    return;
                case LineEvent.Complete:
                case LineEvent.TooLong:
                    _out.NewLine();
                    return;
            }
        }

        private string FirmwareVersion
        {
            get { return _options.FirmwareVersion != null ? _options.FirmwareVersion : _device.Options.Dispatcher.McuVersion; }
        }

        private static string DurationText(int ms)
        {
            return ms % 60000 == 0 ? (ms / 60000).ToString() + " min" : (ms / 1000).ToString() + " s";
        }
    }
}
