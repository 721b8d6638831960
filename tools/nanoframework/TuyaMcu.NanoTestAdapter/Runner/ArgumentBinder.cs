using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Turns a data row's values into the arguments of its test method. The device passes the row as it is;
    /// .NET's MethodInfo.Invoke needs each argument of its parameter's exact type, so numbers are converted to
    /// the parameter's numeric (or enum) type when no information is lost, and anything else that does not fit
    /// is reported as an <see cref="ArgumentBindingException"/>.
    /// </summary>
    internal static class ArgumentBinder
    {
        public static object[] Bind(MethodInfo method, IReadOnlyList<object> row)
        {
            ParameterInfo[] parameters = method.GetParameters();
            if (row.Count > parameters.Length)
            {
                throw new ArgumentBindingException(
                    $"[DataRow] has {row.Count} value(s) but {method.Name} takes {parameters.Length} parameter(s).");
            }

            var arguments = new object[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                arguments[i] = i < row.Count ? Convert(row[i], parameters[i], i) : DefaultFor(parameters[i], row.Count, method);
            }

            return arguments;
        }

        private static object DefaultFor(ParameterInfo parameter, int rowCount, MethodInfo method)
        {
            if (!parameter.HasDefaultValue)
            {
                throw new ArgumentBindingException(
                    $"[DataRow] has {rowCount} value(s) but {method.Name} takes {method.GetParameters().Length} parameter(s); "
                    + $"'{parameter.Name}' has no default value.");
            }

            return parameter.DefaultValue;
        }

        private static object Convert(object value, ParameterInfo parameter, int position)
        {
            Type target = parameter.ParameterType;
            if (target.IsByRef)
            {
                throw new ArgumentBindingException($"parameter '{parameter.Name}' is passed by reference, which a data row cannot do.");
            }

            if (TryConvert(value, target, out object converted))
            {
                return converted;
            }

            string shown = value is null ? "null" : $"{ValueFormatter.Format(value)} ({ValueFormatter.TypeName(value.GetType())})";
            throw new ArgumentBindingException(
                $"[DataRow] value {position + 1}, {shown}, cannot be passed to parameter '{parameter.Name}' of type "
                + $"{ValueFormatter.TypeName(target)}" + (IsNumeric(value) && IsNumeric(target) ? " without loss." : "."));
        }

        private static bool TryConvert(object value, Type target, out object converted)
        {
            converted = value;
            if (value is null)
            {
                return !target.IsValueType || Nullable.GetUnderlyingType(target) is not null;
            }

            if (target.IsInstanceOfType(value))
            {
                return true;
            }

            Type underlying = Nullable.GetUnderlyingType(target) ?? target;
            if (underlying.IsEnum)
            {
                if (!TryConvertNumber(value, Enum.GetUnderlyingType(underlying), out object number))
                {
                    return false;
                }

                converted = Enum.ToObject(underlying, number);
                return true;
            }

            if (value is Array array && underlying.IsArray)
            {
                return TryConvertArray(array, underlying.GetElementType(), out converted);
            }

            return TryConvertNumber(value, underlying, out converted);
        }

        private static bool TryConvertArray(Array source, Type elementType, out object converted)
        {
            Array result = Array.CreateInstance(elementType, source.Length);
            converted = result;
            for (int i = 0; i < source.Length; i++)
            {
                if (!TryConvert(source.GetValue(i), elementType, out object element))
                {
                    return false;
                }

                result.SetValue(element, i);
            }

            return true;
        }

        /// <summary>Converts between integral, floating-point and char types when the value survives the round trip.</summary>
        private static bool TryConvertNumber(object value, Type target, out object converted)
        {
            converted = null;
            if (!IsNumeric(value) || !IsNumeric(target))
            {
                return false;
            }

            try
            {
                object source = value is char c ? (int)c : value;
                converted = target == typeof(char)
                    ? (char)System.Convert.ToUInt16(source, CultureInfo.InvariantCulture)
                    : System.Convert.ChangeType(source, target, CultureInfo.InvariantCulture);
                object back = System.Convert.ChangeType(converted is char d ? (int)d : converted, source.GetType(), CultureInfo.InvariantCulture);
                return back.Equals(source);
            }
            catch (Exception e) when (e is OverflowException or InvalidCastException)
            {
                return false;
            }
        }

        private static bool IsNumeric(object value) => value is not null && !(value is Enum) && IsNumeric(value.GetType());

        private static bool IsNumeric(Type type) => !type.IsEnum && Type.GetTypeCode(type) switch
        {
            TypeCode.Char or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double => true,
            _ => false,
        };
    }

    /// <summary>A data row's values do not fit its test method's parameters.</summary>
    internal sealed class ArgumentBindingException : Exception
    {
        public ArgumentBindingException(string message)
            : base(message)
        {
        }
    }
}
