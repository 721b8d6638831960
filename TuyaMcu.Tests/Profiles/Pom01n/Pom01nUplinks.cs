using System;
using System.Collections;
using TuyaMcu.Board;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>
    /// What the cloud received from a POM01-N firmware: every delivered report's payload decoded
    /// (the hex DP, or the JSON DP's text), and each log entry delivered, as "time po lv" keys in
    /// order of arrival, so a test can tell an entry lost from one delivered twice.
    /// </summary>
    public sealed class Pom01nUplinks : IReportListener
    {
        /// <summary>The last payload delivered.</summary>
        public readonly Pom01nPayload Last = new Pom01nPayload();

        /// <summary>Every entry delivered, "unix po lv", in order of arrival (newest first within a payload).</summary>
        public readonly ArrayList Entries = new ArrayList();

        /// <summary>Uplinks (reports carrying the payload) the cloud took.</summary>
        public int Delivered;

        /// <summary>Reports the module could not deliver.</summary>
        public int Refused;

        /// <summary>Delivered reports that carried the hex payload.</summary>
        public int HexPayloads;

        /// <summary>The last JSON payload delivered, or null.</summary>
        public string LastJson;

        /// <summary>A POM01-N firmware on the DevKitC's POM01-N wiring, its module reporting here.</summary>
        public static FirmwareRig NewRig(Pom01nUplinks uplinks)
        {
            FirmwareRig rig = new FirmwareRig(Boards.Esp32DevKitCPom01n(), new Pom01nProfile());
            rig.Module.Listener = uplinks;
            return rig;
        }

        /// <summary>The key of an entry: its time and both states.</summary>
        public static string Key(long unix, bool powerOutage, bool lowVoltage)
        {
            return unix.ToString() + (powerOutage ? " 1" : " 0") + (lowVoltage ? " 1" : " 0");
        }

        /// <summary>How many times <paramref name="key"/> was delivered.</summary>
        public int Count(string key)
        {
            int n = 0;
            for (int i = 0; i < Entries.Count; i++)
            {
                n += (string)Entries[i] == key ? 1 : 0;
            }

            return n;
        }

        /// <inheritdoc />
        public void OnReport(byte[] buffer, int offset, int count, bool delivered)
        {
            if (!delivered)
            {
                Refused++;
                return;
            }

            int end = offset + count;
            for (int at = offset; at + 4 <= end;)
            {
                int id = buffer[at];
                int length = buffer[at + 2] << 8 | buffer[at + 3];
                if (id == Pom01nDp.Pom01nPayload)
                {
                    string error = Last.Decode(buffer, at + 4, length);
                    if (error != null)
                    {
                        throw new InvalidOperationException("the firmware sent a payload its own decoder refuses: " + error);
                    }

                    HexPayloads++;
                    Delivered++;
                    for (int i = 0; i < Last.EntryCount; i++)
                    {
                        Entries.Add(Key(Last.EntryTimestamp[i], Last.EntryPowerOutage[i] != 0, Last.EntryLowVoltage[i] != 0));
                    }
                }
                else if (id == Pom01nDp.Pom01nJson)
                {
                    char[] text = new char[length];
                    for (int i = 0; i < length; i++)
                    {
                        text[i] = (char)buffer[at + 4 + i];
                    }

                    LastJson = new string(text);
                    Delivered++;
                }

                at += 4 + length;
            }
        }
    }
}
