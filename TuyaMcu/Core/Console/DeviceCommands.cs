using TuyaMcu.Platform;
using TuyaMcu.Dispatch;

namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The device's own commands, whatever its profile: PWORD, DEBUG, DEUI and UPLINK; and what
    /// AT+CFG shows of them and of the firmware.
    /// </summary>
    public sealed class DeviceCommands : IAtCommandGroup
    {
        private readonly Device _device;
        private readonly ConsoleOutput _out;
        private readonly string _firmwareVersion;

        /// <summary>Serves <paramref name="device"/>, answering on <paramref name="output"/>; AT+CFG shows <paramref name="firmwareVersion"/>.</summary>
        public DeviceCommands(Device device, ConsoleOutput output, string firmwareVersion)
        {
            _device = device;
            _out = output;
            _firmwareVersion = firmwareVersion;
        }

        /// <inheritdoc />
        public bool IsWaiting
        {
            get { return false; }
        }

        /// <inheritdoc />
        public void WriteSummaries(ConsoleOutput output)
        {
            output.Line("AT+PWORD: Serial access password");
            output.Line("AT+DEBUG: Debug mode (0 off, 1 on)");
            output.Line("AT+DEUI: Device ID");
            output.Line("AT+UPLINK: Uplink now");
        }

        /// <inheritdoc />
        public void WriteNotes(ConsoleOutput output)
        {
        }

        /// <inheritdoc />
        public string Usage(string name)
        {
            switch (name)
            {
                case "PWORD": return "AT+PWORD=<password> sets the console password, 4..16 printable characters without spaces; AT+PWORD=? does not show it";
                case "DEBUG": return "AT+DEBUG=<0|1> disables or enables debug mode; AT+DEBUG=? shows it";
                case "DEUI": return "AT+DEUI=<16 hex digits> sets the device ID sent in the payload (kept by AT+FDR); AT+DEUI=? shows it (by default 'f' + the IMEI)";
                case "UPLINK": return "AT+UPLINK sends an uplink as soon as the cloud is reachable";
                default: return null;
            }
        }

        /// <inheritdoc />
        public bool Execute(AtLine line)
        {
            switch (line.Name)
            {
                case "PWORD":
                    Password(line);
                    return true;
                case "DEBUG":
                    DebugMode(line);
                    return true;
                case "DEUI":
                    DeviceId(line);
                    return true;
                case "UPLINK":
                    UplinkNow(line);
                    return true;
                default:
                    return false;
            }
        }

        /// <inheritdoc />
        public void WriteConfiguration(ConsoleOutput output)
        {
            output.Line("AT+DEBUG=" + (_device.Settings.Debug ? "1" : "0"));
            string id = _device.Identity.Text(_device.Dispatcher.State.Imei);
            output.Line("AT+DEUI=" + (id == null ? "unknown (no IMEI yet)" : id));
        }

        /// <inheritdoc />
        public void WriteState(ConsoleOutput output)
        {
            output.Line("Firmware: " + _firmwareVersion);
        }

        private void Password(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply("hidden (" + line.Command + "=<new password> changes it)");
                return;
            }

            // The error never repeats the value: it may be a password with a typo.
            string error = _device.Settings.SetPassword(line.Value);
            if (error == null)
            {
                _out.Ok();
            }
            else
            {
                _out.Error(line.Command + ": " + error);
            }
        }

        private void DebugMode(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply(_device.Settings.Debug ? "1" : "0");
                return;
            }

            long value;
            string error = line.ParseNumber(0, 1, null, "(0 off, 1 on)", out value);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            _out.Result(line, _device.Settings.SetDebug(value == 1));
        }

        private void DeviceId(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                string id = _device.Identity.Text(_device.Dispatcher.State.Imei);
                _out.Reply(id == null ? "unknown (taken from the IMEI once the module gives it; AT+DEUI=<16 hex digits> sets one)" : id);
                return;
            }

            _out.Result(line, _device.Identity.Set(line.Value));
        }

        private void UplinkNow(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            _device.Application.RequestUplink();
            _out.Reply(_device.Dispatcher.State.IsCloudConnected ? "uplink requested" : "uplink requested; it goes out once the cloud is reachable");
        }
    }
}
