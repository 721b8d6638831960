using System;

// Why this file is long: a JSON tokenizer is one state machine over one buffer; its parts
// (strings, numbers, nesting) share the cursor and the error reporting.
namespace TuyaMcu.Text
{
    /// <summary>
    /// A small pull reader for JSON text: the product-info and APN payloads (and, on the host, the
    /// DP schema the platform exports; the device builds its DP table in code).
    /// It checks structure (balanced brackets, commas, colons) and the number grammar as it goes,
    /// and reports the first problem as an <see cref="JsonToken.Error"/> token with a message naming
    /// the position.
    /// It never throws on malformed input. Strings and names are allocated.
    /// </summary>
    public sealed class JsonReader
    {
        private const int MaxDepth = 32;

        private readonly string _json;
        private readonly bool[] _inObject = new bool[MaxDepth];
        private int _position;
        private int _depth;
        private bool _expectValue = true;
        private bool _afterValue;
        private bool _expectName;
        private bool _done;
        private bool _justOpened;

        /// <summary>Reads <paramref name="json"/>.</summary>
        public JsonReader(string json)
        {
            _json = json == null ? string.Empty : json;
        }

        /// <summary>Text of the last name, string or number token.</summary>
        public string Text { get; private set; }

        /// <summary>Why the last token is <see cref="JsonToken.Error"/>.</summary>
        public string Error { get; private set; }

        /// <summary>Reads the next token.</summary>
        public JsonToken Read()
        {
            if (Error != null)
            {
                return JsonToken.Error;
            }

            SkipWhitespace();
            if (_position >= _json.Length)
            {
                if (_depth > 0 || !_done)
                {
                    return Fail("unexpected end of JSON");
                }

                return JsonToken.End;
            }

            if (_done)
            {
                return Fail("unexpected text after the JSON value");
            }

            char c = _json[_position];
            if (_afterValue)
            {
                if (c == ',')
                {
                    if (_depth == 0)
                    {
                        return Fail("unexpected ','");
                    }

                    _position++;
                    _afterValue = false;
                    if (_inObject[_depth - 1])
                    {
                        _expectName = true;
                    }
                    else
                    {
                        _expectValue = true;
                    }

                    return Read();
                }

                if (c != '}' && c != ']')
                {
                    return Fail("expected ',' or a closing bracket");
                }
            }

            if (c == '}' || c == ']')
            {
                bool closesObject = c == '}';
                if (_depth == 0 || _inObject[_depth - 1] != closesObject)
                {
                    return Fail("unexpected '" + c.ToString() + "'");
                }

                if (!_afterValue && !_justOpened)
                {
                    return Fail("expected a value before '" + c.ToString() + "'");
                }

                _position++;
                _depth--;
                _justOpened = false;
                ValueDone();
                return closesObject ? JsonToken.EndObject : JsonToken.EndArray;
            }

            if (_expectName)
            {
                if (c != '"')
                {
                    return Fail("expected a member name");
                }

                string name = ReadString();
                if (name == null)
                {
                    return JsonToken.Error;
                }

                SkipWhitespace();
                if (_position >= _json.Length || _json[_position] != ':')
                {
                    return Fail("expected ':' after member name");
                }

                _position++;
                _expectName = false;
                _expectValue = true;
                _justOpened = false;
                Text = name;
                return JsonToken.PropertyName;
            }

            if (!_expectValue)
            {
                return Fail("unexpected '" + c.ToString() + "'");
            }

            _justOpened = false;
            if (c == '{' || c == '[')
            {
                if (_depth == MaxDepth)
                {
                    return Fail("JSON nested too deeply");
                }

                _inObject[_depth++] = c == '{';
                _position++;
                _justOpened = true;
                _expectName = c == '{';
                _expectValue = c == '[';
                return c == '{' ? JsonToken.StartObject : JsonToken.StartArray;
            }

            if (c == '"')
            {
                string text = ReadString();
                if (text == null)
                {
                    return JsonToken.Error;
                }

                Text = text;
                ValueDone();
                return JsonToken.String;
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                return ReadNumber();
            }

            if (Matches("true"))
            {
                ValueDone();
                return JsonToken.True;
            }

            if (Matches("false"))
            {
                ValueDone();
                return JsonToken.False;
            }

            if (Matches("null"))
            {
                ValueDone();
                return JsonToken.Null;
            }

            return Fail("unexpected '" + c.ToString() + "'");
        }

        /// <summary>
        /// Skips the value that starts with the token just read (an object or array is skipped
        /// to its closing bracket). Returns false if the JSON is malformed.
        /// </summary>
        public bool SkipValue(JsonToken token)
        {
            if (token != JsonToken.StartObject && token != JsonToken.StartArray)
            {
                return token != JsonToken.Error && token != JsonToken.End;
            }

            int depth = _depth - 1;
            while (true)
            {
                JsonToken next = Read();
                if (next == JsonToken.Error || next == JsonToken.End)
                {
                    return false;
                }

                if ((next == JsonToken.EndObject || next == JsonToken.EndArray) && _depth == depth)
                {
                    return true;
                }
            }
        }

        /// <summary>Parses the last number token as an integer; false when it is not one or overflows a long.</summary>
        public bool TryGetInt64(out long value)
        {
            value = 0;
            string text = Text;
            if (text == null || text.Length == 0)
            {
                return false;
            }

            bool negative = text[0] == '-';
            int i = negative ? 1 : 0;
            if (i == text.Length)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                if (value > (long.MaxValue - (c - '0')) / 10)
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private void ValueDone()
        {
            _expectValue = false;
            _expectName = false;
            _afterValue = _depth > 0;
            if (_depth == 0)
            {
                _done = true;
            }
        }

        // JSON's number grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
        private JsonToken ReadNumber()
        {
            int start = _position;
            if (_json[_position] == '-')
            {
                _position++;
            }

            int integerStart = _position;
            if (SkipDigits() == 0 || (_json[integerStart] == '0' && _position - integerStart > 1))
            {
                return Fail("malformed number");
            }

            if (_position < _json.Length && _json[_position] == '.')
            {
                _position++;
                if (SkipDigits() == 0)
                {
                    return Fail("malformed number");
                }
            }

            if (_position < _json.Length && (_json[_position] == 'e' || _json[_position] == 'E'))
            {
                _position++;
                if (_position < _json.Length && (_json[_position] == '+' || _json[_position] == '-'))
                {
                    _position++;
                }

                if (SkipDigits() == 0)
                {
                    return Fail("malformed number");
                }
            }

            Text = _json.Substring(start, _position - start);
            ValueDone();
            return JsonToken.Number;
        }

        private int SkipDigits()
        {
            int start = _position;
            while (_position < _json.Length && _json[_position] >= '0' && _json[_position] <= '9')
            {
                _position++;
            }

            return _position - start;
        }

        private bool Matches(string literal)
        {
            if (_position + literal.Length > _json.Length)
            {
                return false;
            }

            for (int i = 0; i < literal.Length; i++)
            {
                if (_json[_position + i] != literal[i])
                {
                    return false;
                }
            }

            _position += literal.Length;
            return true;
        }

        private string ReadString()
        {
            // _json[_position] is the opening quote.
            _position++;
            char[] chars = null;
            int length = 0;
            int start = _position;
            while (_position < _json.Length)
            {
                char c = _json[_position];
                if (c == '"')
                {
                    _position++;
                    return chars == null ? _json.Substring(start, _position - 1 - start) : new string(chars, 0, length);
                }

                if (c < ' ')
                {
                    Fail("control character in string");
                    return null;
                }

                if (chars == null && c == '\\')
                {
                    chars = new char[_json.Length - start];
                    for (int i = start; i < _position; i++)
                    {
                        chars[length++] = _json[i];
                    }
                }

                if (c == '\\')
                {
                    if (_position + 1 >= _json.Length)
                    {
                        break;
                    }

                    char escape = _json[_position + 1];
                    _position += 2;
                    switch (escape)
                    {
                        case '"': chars[length++] = '"'; break;
                        case '\\': chars[length++] = '\\'; break;
                        case '/': chars[length++] = '/'; break;
                        case 'b': chars[length++] = '\b'; break;
                        case 'f': chars[length++] = '\f'; break;
                        case 'n': chars[length++] = '\n'; break;
                        case 'r': chars[length++] = '\r'; break;
                        case 't': chars[length++] = '\t'; break;
                        case 'u':
                            int code = 0;
                            for (int k = 0; k < 4; k++)
                            {
                                int digit = _position + k < _json.Length ? Hex.DigitValue(_json[_position + k]) : -1;
                                if (digit < 0)
                                {
                                    Fail("malformed \\u escape");
                                    return null;
                                }

                                code = (code << 4) | digit;
                            }

                            _position += 4;
                            chars[length++] = (char)code;
                            break;
                        default:
                            Fail("unknown escape '\\" + escape.ToString() + "'");
                            return null;
                    }

                    continue;
                }

                if (chars != null)
                {
                    chars[length++] = c;
                }

                _position++;
            }

            Fail("unterminated string");
            return null;
        }

        private void SkipWhitespace()
        {
            while (_position < _json.Length)
            {
                char c = _json[_position];
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                {
                    return;
                }

                _position++;
            }
        }

        private JsonToken Fail(string message)
        {
            Error = message + " at position " + _position.ToString();
            return JsonToken.Error;
        }
    }
}
