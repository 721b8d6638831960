using TuyaMcu.Text;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// The MCU's answer to "query product information" (0x01): JSON with the product ID
    /// <c>p</c>, the MCU version <c>v</c> (x.x.x, each 0..99), the power mode <c>s</c>
    /// (psm, drx or edrx) and the cloud connection <c>c</c> (isp or tuya).
    /// </summary>
    public sealed class ProductInfo
    {
        /// <summary>Power saving mode.</summary>
        public const string PowerModePsm = "psm";

        /// <summary>Discontinuous reception.</summary>
        public const string PowerModeDrx = "drx";

        /// <summary>Extended discontinuous reception.</summary>
        public const string PowerModeEdrx = "edrx";

        /// <summary>Forwarded to Tuya Cloud through the carrier.</summary>
        public const string ConnectionIsp = "isp";

        /// <summary>Directly connected to Tuya Cloud.</summary>
        public const string ConnectionTuya = "tuya";

        /// <summary>Creates product information; <see cref="Validate"/> says whether it is sendable.</summary>
        public ProductInfo(string productId, string mcuVersion, string powerMode, string connection)
        {
            ProductId = productId;
            McuVersion = mcuVersion;
            PowerMode = powerMode;
            Connection = connection;
        }

        /// <summary>The PID of the product on the Tuya IoT Platform.</summary>
        public string ProductId { get; private set; }

        /// <summary>MCU software version, x.x.x.</summary>
        public string McuVersion { get; private set; }

        /// <summary>psm, drx or edrx.</summary>
        public string PowerMode { get; private set; }

        /// <summary>isp or tuya.</summary>
        public string Connection { get; private set; }

        /// <summary>Null when every field is valid, else a message naming the bad one.</summary>
        public string Validate()
        {
            if (ProductId == null || ProductId.Length == 0 || ProductId.Length > 64)
            {
                return "product ID must be 1..64 characters";
            }

            for (int i = 0; i < ProductId.Length; i++)
            {
                char c = ProductId[i];
                if (c <= ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return "product ID must be printable ASCII without quotes";
                }
            }

            if (!IsVersion(McuVersion))
            {
                return "MCU version must be x.x.x with each x 0..99, got '" + McuVersion + "'";
            }

            if (PowerMode != PowerModePsm && PowerMode != PowerModeDrx && PowerMode != PowerModeEdrx)
            {
                return "power mode must be psm, drx or edrx, got '" + PowerMode + "'";
            }

            if (Connection != ConnectionIsp && Connection != ConnectionTuya)
            {
                return "connection must be isp or tuya, got '" + Connection + "'";
            }

            return null;
        }

        /// <summary>Writes the JSON payload and returns its length, or -1 when it does not fit.</summary>
        public int Write(JsonWriter writer, byte[] buffer, int offset, int capacity)
        {
            writer.Reset(buffer, offset, capacity);
            writer.BeginObject();
            writer.WriteString("p", ProductId);
            writer.WriteString("v", McuVersion);
            writer.WriteString("s", PowerMode);
            writer.WriteString("c", Connection);
            writer.EndObject();
            return writer.Overflowed ? -1 : writer.Length;
        }

        /// <summary>
        /// Decodes the JSON payload (the module's side, the simulator and the bench tool).
        /// Returns null and the information when it is well-formed and valid, else a message.
        /// </summary>
        public static string Decode(byte[] buffer, int offset, int length, out ProductInfo info)
        {
            info = null;
            string json = Utf8.GetString(buffer, offset, length);
            JsonReader reader = new JsonReader(json);
            if (reader.Read() != JsonToken.StartObject)
            {
                return "product info is not a JSON object" + Where(reader);
            }

            string p = null;
            string v = null;
            string s = null;
            string c = null;
            while (true)
            {
                JsonToken token = reader.Read();
                if (token == JsonToken.EndObject)
                {
                    break;
                }

                if (token != JsonToken.PropertyName)
                {
                    return "malformed product info JSON" + Where(reader);
                }

                string name = reader.Text;
                token = reader.Read();
                if (token != JsonToken.String)
                {
                    if (!reader.SkipValue(token))
                    {
                        return "malformed product info JSON" + Where(reader);
                    }

                    if (name == "p" || name == "v" || name == "s" || name == "c")
                    {
                        return "product info member '" + name + "' must be a string";
                    }

                    continue;
                }

                if (name == "p")
                {
                    p = reader.Text;
                }
                else if (name == "v")
                {
                    v = reader.Text;
                }
                else if (name == "s")
                {
                    s = reader.Text;
                }
                else if (name == "c")
                {
                    c = reader.Text;
                }
            }

            if (reader.Read() != JsonToken.End)
            {
                return "unexpected text after the product info object" + Where(reader);
            }

            if (p == null || v == null)
            {
                return "product info lacks " + (p == null ? "\"p\"" : "\"v\"");
            }

            // s and c came with protocol 0.6.7; older modules' MCUs omit them.
            ProductInfo decoded = new ProductInfo(p, v, s == null ? PowerModePsm : s, c == null ? ConnectionIsp : c);
            string error = decoded.Validate();
            if (error != null)
            {
                return error;
            }

            info = decoded;
            return null;
        }

        /// <summary>
        /// Dragino's version number for an x.y.z version, as its payloads carry it: the three parts as
        /// decimal digits (1.0.0 → 100, a part above 9 counts as 9), or 0 when it has no such form.
        /// </summary>
        public static int VersionNumber(string version)
        {
            if (!IsVersion(version))
            {
                return 0;
            }

            int value = 0;
            int part = 0;
            for (int i = 0; i <= version.Length; i++)
            {
                if (i == version.Length || version[i] == '.')
                {
                    value = value * 10 + (part > 9 ? 9 : part);
                    part = 0;
                }
                else
                {
                    part = part * 10 + (version[i] - '0');
                }
            }

            return value;
        }

        /// <summary>True for x.x.x with each x a decimal number 0..99.</summary>
        public static bool IsVersion(string text)
        {
            if (text == null)
            {
                return false;
            }

            int parts = 0;
            int digits = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '.')
                {
                    if (digits == 0 || digits > 2)
                    {
                        return false;
                    }

                    parts++;
                    digits = 0;
                    continue;
                }

                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                digits++;
            }

            return parts == 3;
        }

        private static string Where(JsonReader reader)
        {
            return reader.Error == null ? string.Empty : ": " + reader.Error;
        }
    }
}
