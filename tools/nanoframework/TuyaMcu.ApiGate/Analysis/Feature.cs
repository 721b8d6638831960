namespace TuyaMcu.ApiGate.Analysis;

/// <summary>Language features the nanoFramework v1 runtime and metadata processor lack.</summary>
internal enum Feature
{
    Generics,
    NullableValueType,
    Linq,
    Async,
    Iterator,
    Tuple,
    RangeOrIndex,
    Span,
    Record,
    InitAccessor,
    WithExpression,
    MultidimensionalArray,
    Dynamic,
    Unsafe,
    DefaultInterfaceMember,
    ExceptionFilter,
    AnonymousType,
    NativeInteger,
    AsyncDelegate,
}
