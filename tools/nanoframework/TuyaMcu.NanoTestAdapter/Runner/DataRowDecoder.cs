using System;
using System.Collections.Generic;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Reads the arguments of a [DataRow] from its custom attribute data, without running the attribute's code:
    /// the values are exactly what the compiler stored (an <c>int</c> for the literal <c>8</c>, a <c>byte[]</c> for
    /// <c>new byte[] { 1 }</c>, an enum value for an enum member).
    /// </summary>
    internal static class DataRowDecoder
    {
        public static object[] Decode(CustomAttributeData dataRow)
        {
            if (dataRow.ConstructorArguments.Count != 1)
            {
                throw new InvalidOperationException(
                    $"[DataRow] has an unexpected constructor ({dataRow.Constructor}); expected DataRowAttribute(params object[]).");
            }

            CustomAttributeTypedArgument row = dataRow.ConstructorArguments[0];

            // [DataRow(null)] stores a null array: the row is one null argument, as DataRowAttribute reads it.
            if (row.Value is not IReadOnlyList<CustomAttributeTypedArgument> values)
            {
                return new object[] { null };
            }

            var arguments = new object[values.Count];
            for (int i = 0; i < values.Count; i++)
            {
                arguments[i] = DecodeValue(values[i]);
            }

            return arguments;
        }

        private static object DecodeValue(CustomAttributeTypedArgument argument)
        {
            if (argument.Value is null)
            {
                return null;
            }

            if (argument.Value is IReadOnlyList<CustomAttributeTypedArgument> elements)
            {
                Type elementType = argument.ArgumentType.GetElementType() ?? typeof(object);
                Array array = Array.CreateInstance(elementType, elements.Count);
                for (int i = 0; i < elements.Count; i++)
                {
                    array.SetValue(DecodeValue(elements[i]), i);
                }

                return array;
            }

            return argument.ArgumentType.IsEnum ? Enum.ToObject(argument.ArgumentType, argument.Value) : argument.Value;
        }
    }
}
