using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Reads the module's answers to the MCU's requests into <see cref="ModuleState"/>, each checked
    /// first against what the spec defines for its command: identity, signal, CESQ, binding,
    /// network and operating status, the sleep lock asked for, result bytes; time answers go to
    /// <see cref="TimeKeeper"/>. A malformed answer changes nothing. Part of <see cref="CommandDispatcher"/>.
    /// </summary>
    internal sealed class AnswerReader
    {
        private readonly CommandDispatcher _dispatcher;
        private readonly ModuleState _state;
        private readonly TimeKeeper _time;

        /// <summary>Reads answers into <paramref name="state"/>; statuses go through <paramref name="dispatcher"/>, which raises their events.</summary>
        public AnswerReader(CommandDispatcher dispatcher, ModuleState state, TimeKeeper time)
        {
            _dispatcher = dispatcher;
            _state = state;
            _time = time;
        }

        /// <summary>
        /// Checks the answer in <paramref name="o"/> and reads it into the module's state; returns why
        /// it is malformed (nothing read), or null. <paramref name="sleepLock"/>: the value a 0xB2 asked
        /// for (its answer carries none).
        /// </summary>
        // hot path: every answer to an MCU request
        public string Read(ModuleRequestOutcome o, bool sleepLock)
        {
            byte[] b = o.Buffer;
            int at = o.DataOffset;
            int length = o.DataLength;
            string error;
            switch (o.Command)
            {
                case TuyaCommand.GetGmtTime:
                    return _time.ReadGmtTime(b, at, length);

                case TuyaCommand.GetLocalTime:
                    return _time.ReadLocalTime(b, at, length);

                case TuyaCommand.QuerySignalStrength:
                    bool success;
                    int level;
                    error = SignalQuality.DecodeSignalReply(b, at, length, out success, out level);
                    if (error == null)
                    {
                        _state.RsrpLevel = level;
                    }

                    return error;

                case TuyaCommand.GetNetworkStatus:
                    if (length != 1 || !NetworkStatus.IsValid(b[at]))
                    {
                        return "network status must be one byte 1..4";
                    }

                    _dispatcher.SetNetworkStatus(b[at]);
                    return null;

                case TuyaCommand.GetOperatingStatus:
                    if (length != 1 || !OperatingStatus.IsValid(b[at]))
                    {
                        return "operating status must be one byte 0..7";
                    }

                    _dispatcher.SetOperatingStatus(b[at]);
                    return null;

                case TuyaCommand.GetImei:
                case TuyaCommand.GetImsi:
                case TuyaCommand.GetIccid:
                    error = ModuleIdentity.Validate(o.Command, b, at, length);
                    if (error == null)
                    {
                        string text = ModuleIdentity.ToText(b, at, length);
                        if (o.Command == TuyaCommand.GetImei)
                        {
                            _state.Imei = text;
                        }
                        else if (o.Command == TuyaCommand.GetImsi)
                        {
                            _state.Imsi = text;
                        }
                        else
                        {
                            _state.Iccid = text;
                        }
                    }

                    return error;

                case TuyaCommand.GetCesq:
                    error = SignalQuality.ValidateCesq(b, at, length);
                    if (error == null)
                    {
                        Array.Copy(b, at, _state.Cesq, 0, SignalQuality.CesqLength);
                        _state.HasCesq = true;
                    }

                    return error;

                case TuyaCommand.QueryBindingStatus:
                    if (length != 1 || b[at] > CommandResult.Bound)
                    {
                        return "binding status must be one byte 0 or 1";
                    }

                    _state.Bound = b[at];
                    return null;

                case TuyaCommand.ReportRealTimeStatus:
                case TuyaCommand.ReportRecordData:
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                case TuyaCommand.SetApn:
                    if (length != 1 || !CommandResult.IsDefined(o.Command, b[at]))
                    {
                        return "expected a one-byte result the spec defines";
                    }

                    return null;

                case TuyaCommand.SetSleepLock:
                    _state.SleepLocked = sleepLock;
                    IModuleObserver observer = _dispatcher.Observer;
                    if (observer != null)
                    {
                        observer.OnSleepLockSet(sleepLock);
                    }

                    return null;

                default:
                    // Reset and sleep are acknowledged with no data.
                    return null;
            }
        }
    }
}
