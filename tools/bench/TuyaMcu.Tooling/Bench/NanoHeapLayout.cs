namespace TuyaMcu.Tooling.Bench;

/// <summary>
/// How the nanoCLR interpreter (nanoframework/nf-interpreter, 32-bit targets such as the ESP32)
/// lays out managed objects on its heap. Everything is a run of 12-byte <c>CLR_RT_HeapBlock</c>s
/// (<c>src/CLR/Include/nanoCLR_Runtime__HeapBlock.h</c>: a 4-byte id of data type, flags and
/// size in blocks, then 8 bytes of data), and every size is rounded up to whole blocks
/// (<c>CONVERTFROMSIZETOHEAPBLOCKS</c>):
/// <list type="bullet">
/// <item>an object is one header block plus one block per instance field, inherited ones
/// included, whatever the field's type (<c>CLR_RT_ExecutionEngine::NewObject</c>,
/// <c>src/CLR/Core/Execution.cpp</c>: <c>m_totalFields + HB_Object_Fields_Offset</c> blocks);
/// a field of a struct type (not an enum, not DateTime/TimeSpan) holds a reference to its own
/// boxed object, allocated with the owner (<c>InitializeReference</c>);</item>
/// <item>an array is <c>CLR_RT_HeapBlock_Array</c> (a block, the element count, and four bytes of
/// element type, element size and flags: 20 bytes) followed by the elements
/// (<c>ExtractHeapBlocksForArray</c>, <c>Execution.cpp</c>); an element takes its primitive's
/// size (bool and byte 1, char and short 2, int and float 4, long and double 8) or, for every
/// reference and struct, a whole 12-byte block (<c>c_CLR_RT_DataTypeLookup</c>,
/// <c>src/CLR/Core/TypeSystemLookup.cpp</c>), and an array of structs also allocates one boxed
/// object per element (<c>CLR_RT_HeapBlock_Array::ClearElements</c>);</item>
/// <item>a string made at run time is a header block and its text in UTF-8 with a terminating
/// zero (<c>CLR_RT_HeapBlock_String::CreateInstance</c>,
/// <c>src/CLR/Core/CLR_RT_HeapBlock_String.cpp</c>); a string literal (<c>ldstr</c>) is a header
/// block only, pointing at the text in the assembly, which stays in flash;</item>
/// <item>a boxed primitive is two blocks; a delegate is a <c>CLR_RT_HeapBlock_Delegate</c>
/// (a node block, type and method indexes, the target's block: three blocks).</item>
/// </list>
/// </summary>
public static class NanoHeapLayout
{
    /// <summary>Bytes of one <c>CLR_RT_HeapBlock</c> on a 32-bit target.</summary>
    public const int BlockBytes = 12;

    /// <summary><c>sizeof(CLR_RT_HeapBlock_Array)</c> on a 32-bit target.</summary>
    public const int ArrayHeaderBytes = 20;

    /// <summary>A string literal: the header block only.</summary>
    public const int LiteralStringBytes = BlockBytes;

    /// <summary>A boxed primitive or enum.</summary>
    public const int BoxedPrimitiveBytes = 2 * BlockBytes;

    /// <summary>A delegate.</summary>
    public const int DelegateBytes = 3 * BlockBytes;

    /// <summary>Bytes rounded up to whole blocks.</summary>
    public static long Blocks(long bytes) => (bytes + BlockBytes - 1) / BlockBytes * BlockBytes;

    /// <summary>An object with <paramref name="instanceFields"/> instance fields.</summary>
    public static long Object(int instanceFields) => (1L + instanceFields) * BlockBytes;

    /// <summary>An array of <paramref name="length"/> elements of <paramref name="elementBytes"/> each.</summary>
    public static long Array(long length, int elementBytes) => Blocks(ArrayHeaderBytes + length * elementBytes);

    /// <summary>A string made at run time whose UTF-8 text is <paramref name="utf8Bytes"/> long.</summary>
    public static long String(int utf8Bytes) => Blocks(BlockBytes + utf8Bytes + 1L);

    /// <summary>Bytes one element of type <paramref name="element"/> takes in an array.</summary>
    public static int ElementBytes(Type element)
    {
        if (element.IsEnum)
        {
            element = Enum.GetUnderlyingType(element);
        }

        return Type.GetTypeCode(element) switch
        {
            TypeCode.Boolean or TypeCode.Byte or TypeCode.SByte => 1,
            TypeCode.Char or TypeCode.Int16 or TypeCode.UInt16 => 2,
            TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Single => 4,
            TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Double => 8,
            _ => BlockBytes,
        };
    }

    /// <summary>True when a field or element of <paramref name="type"/> is a separate boxed object (a struct other than the ones nanoCLR keeps in the block).</summary>
    public static bool IsBoxedStruct(Type type) =>
        type.IsValueType && !type.IsPrimitive && !type.IsEnum && type != typeof(DateTime) && type != typeof(TimeSpan);
}
