using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Shows data-row values the way they would be written in C#: <c>"text"</c>, <c>'c'</c>, <c>null</c>, <c>new byte[] { 1, 2 }</c>.</summary>
    internal static class ValueFormatter
    {
        private const int MaxStringLength = 80;

        public static string Format(object value) => value switch
        {
            null => "null",
            string text => Quote(Truncate(text), '"'),
            char c => Quote(c.ToString(), '\''),
            bool b => b ? "true" : "false",
            Type type => "typeof(" + TypeName(type) + ")",
            Enum e => FormatEnum(e),
            Array array => "new " + TypeName(array.GetType().GetElementType()) + "[] { "
                + string.Join(", ", array.Cast<object>().Select(Format)) + " }",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        /// <summary>The C# name of a type: keywords for built-in types (<c>byte</c>, <c>string</c>), the plain name otherwise.</summary>
        public static string TypeName(Type type) => Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean when !type.IsEnum => "bool",
            TypeCode.Byte when !type.IsEnum => "byte",
            TypeCode.SByte when !type.IsEnum => "sbyte",
            TypeCode.Int16 when !type.IsEnum => "short",
            TypeCode.UInt16 when !type.IsEnum => "ushort",
            TypeCode.Int32 when !type.IsEnum => "int",
            TypeCode.UInt32 when !type.IsEnum => "uint",
            TypeCode.Int64 when !type.IsEnum => "long",
            TypeCode.UInt64 when !type.IsEnum => "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Char => "char",
            TypeCode.String => "string",
            _ when type == typeof(object) => "object",
            _ when type.IsArray => TypeName(type.GetElementType()) + "[]",
            _ => TestNames.ClassShortName(type),
        };

        private static string FormatEnum(Enum value)
        {
            string typeName = TypeName(value.GetType());
            return Enum.IsDefined(value.GetType(), value)
                ? typeName + "." + value
                : "(" + typeName + ")" + Convert.ToString(value, CultureInfo.InvariantCulture.NumberFormat);
        }

        private static string Truncate(string text) =>
            text.Length <= MaxStringLength ? text : text.Substring(0, MaxStringLength - 3) + "...";

        private static string Quote(string text, char quote)
        {
            var quoted = new StringBuilder(text.Length + 2).Append(quote);
            foreach (char c in text)
            {
                quoted.Append(c switch
                {
                    '\\' => "\\\\",
                    '\0' => "\\0",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when c == quote => "\\" + quote,
                    _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            return quoted.Append(quote).ToString();
        }
    }
}
