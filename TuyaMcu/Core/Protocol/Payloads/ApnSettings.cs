using TuyaMcu.Text;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// The payload of "set access point name" (0xC2): JSON <c>{"apn":"ctnb","pdp_type":"IP"}</c>.
    /// </summary>
    public sealed class ApnSettings
    {
        /// <summary>Longest APN accepted (3GPP TS 23.003 allows 100 octets).</summary>
        public const int MaxApnLength = 100;

        private static readonly string[] PdpTypes = new string[] { "IP", "IPv6", "IPv4v6", "Non-IP" };

        /// <summary>Creates APN settings; <see cref="Validate"/> says whether they are sendable.</summary>
        public ApnSettings(string apn, string pdpType)
        {
            Apn = apn;
            PdpType = pdpType;
        }

        /// <summary>The access point name, e.g. ctnb (China Telecom), cmnbiot (China Mobile).</summary>
        public string Apn { get; private set; }

        /// <summary>Packet data protocol: IP (default), IPv6, IPv4v6 or Non-IP.</summary>
        public string PdpType { get; private set; }

        /// <summary>True when <paramref name="pdpType"/> is one the spec lists.</summary>
        public static bool IsPdpType(string pdpType)
        {
            for (int i = 0; i < PdpTypes.Length; i++)
            {
                if (PdpTypes[i] == pdpType)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Null when valid, else a message naming the problem.</summary>
        public string Validate()
        {
            if (Apn == null || Apn.Length == 0 || Apn.Length > MaxApnLength)
            {
                return "APN must be 1.." + MaxApnLength.ToString() + " characters";
            }

            for (int i = 0; i < Apn.Length; i++)
            {
                char c = Apn[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                if (!ok)
                {
                    return "APN may hold only letters, digits, '.', '-' and '_'; '" + c.ToString() + "' is not allowed";
                }
            }

            if (!IsPdpType(PdpType))
            {
                return "PDP type must be IP, IPv6, IPv4v6 or Non-IP, got '" + PdpType + "'";
            }

            return null;
        }

        /// <summary>Writes the JSON payload and returns its length, or -1 when it does not fit.</summary>
        public int Write(JsonWriter writer, byte[] buffer, int offset, int capacity)
        {
            writer.Reset(buffer, offset, capacity);
            writer.BeginObject();
            writer.WriteString("apn", Apn);
            writer.WriteString("pdp_type", PdpType);
            writer.EndObject();
            return writer.Overflowed ? -1 : writer.Length;
        }

        /// <summary>Decodes the JSON payload; null and the settings when valid, else a message.</summary>
        public static string Decode(byte[] buffer, int offset, int length, out ApnSettings settings)
        {
            settings = null;
            JsonReader reader = new JsonReader(Utf8.GetString(buffer, offset, length));
            if (reader.Read() != JsonToken.StartObject)
            {
                return "APN payload is not a JSON object";
            }

            string apn = null;
            string pdpType = null;
            while (true)
            {
                JsonToken token = reader.Read();
                if (token == JsonToken.EndObject)
                {
                    break;
                }

                if (token != JsonToken.PropertyName)
                {
                    return "malformed APN JSON" + (reader.Error == null ? string.Empty : ": " + reader.Error);
                }

                string name = reader.Text;
                token = reader.Read();
                if (token == JsonToken.String && name == "apn")
                {
                    apn = reader.Text;
                }
                else if (token == JsonToken.String && name == "pdp_type")
                {
                    pdpType = reader.Text;
                }
                else if (!reader.SkipValue(token))
                {
                    return "malformed APN JSON" + (reader.Error == null ? string.Empty : ": " + reader.Error);
                }
            }

            if (reader.Read() != JsonToken.End)
            {
                return "unexpected text after the APN object";
            }

            ApnSettings decoded = new ApnSettings(apn, pdpType == null ? "IP" : pdpType);
            string error = decoded.Validate();
            if (error != null)
            {
                return error;
            }

            settings = decoded;
            return null;
        }
    }
}
