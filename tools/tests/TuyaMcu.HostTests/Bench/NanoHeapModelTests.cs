using System.Collections;
using TuyaMcu.Tooling.Bench;

namespace TuyaMcu.HostTests.Bench;

/// <summary>The nanoCLR heap model sizes objects as nf-interpreter lays them out (see <see cref="NanoHeapLayout"/> for the sources).</summary>
public sealed class NanoHeapModelTests
{
    private sealed class Part
    {
        public int Value = 1;
    }

    private struct Pair
    {
        public int A;
        public Part? B;
    }

    private sealed class Sample
    {
        public int Number = 7;
        public long Wide = 1L << 40;
        public byte[] Bytes = new byte[10];
        public string Literal = "a literal the assembly holds";
        public string Made = new('x', 5);
        public Part First = new();
        public Part? Again;
        public Pair Boxed = new() { A = 1, B = new Part() };
        public ArrayList List = [1];
    }

    [Theory]
    [InlineData(typeof(byte), 128, 156)]   // 20 + 128 = 148, 13 blocks
    [InlineData(typeof(bool), 256, 276)]   // the 256-entry flags: 23 blocks
    [InlineData(typeof(long), 32, 276)]    // 20 + 256
    [InlineData(typeof(uint), 128, 540)]   // 20 + 512 = 532, 45 blocks
    [InlineData(typeof(char), 128, 276)]   // 2 bytes a char
    [InlineData(typeof(object), 22, 288)]  // a reference is a whole block: 20 + 264
    [InlineData(typeof(int), 0, 24)]       // the header alone, rounded up
    public void Array_IsTheHeaderAndItsElements_RoundedToBlocks(Type element, int length, long expected)
    {
        Assert.Equal(expected, NanoHeapLayout.Array(length, NanoHeapLayout.ElementBytes(element)));
    }

    [Fact]
    public void String_MadeAtRunTime_IsAHeaderAndItsUtf8Text_ALiteralOnlyTheHeader()
    {
        Assert.Equal(36, NanoHeapLayout.String("doorcontact_state".Length)); // 12 + 17 + 1 = 30, 3 blocks
        Assert.Equal(24, NanoHeapLayout.String(0));
        Assert.Equal(12, NanoHeapLayout.LiteralStringBytes);
    }

    [Fact]
    public void Object_IsAHeaderBlockAndABlockPerField_StructFieldsBoxedApart_SharedObjectsCountedOnce()
    {
        var sample = new Sample();
        sample.Again = sample.First;

        HeapCensus census = new NanoHeapModel(false, typeof(NanoHeapModelTests).Assembly).Measure(("sample", sample));

        long expected =
            NanoHeapLayout.Object(9)                // Sample: 9 fields of any type
            + NanoHeapLayout.Object(2)              // the Pair field's own boxed object
            + NanoHeapLayout.Object(1)              // the Part inside the pair
            + NanoHeapLayout.Array(10, 1)           // Bytes
            + NanoHeapLayout.LiteralStringBytes     // Literal: the header; the text stays in flash
            + NanoHeapLayout.String(5)              // Made
            + NanoHeapLayout.Object(1)              // First (and Again: the same object)
            + NanoHeapLayout.Object(2)              // ArrayList: _items and _size
            + NanoHeapLayout.Array(4, 12)           // its items, at least four
            + NanoHeapLayout.BoxedPrimitiveBytes;   // the boxed 1 in it
        Assert.Equal(expected, census.Bytes);
        Assert.Equal(HeapOwner.Firmware, census.Objects[0].Owner);
        Assert.Equal(NanoHeapLayout.Object(1), census.BytesUnder("sample.First"));
        Assert.Equal(0, census.BytesUnder("sample.Again"));
    }

    [Fact]
    public void Objects_OfOtherAssemblies_AreStandIns_AndWhatTheyHoldToo()
    {
        var sample = new Sample();

        HeapCensus census = new NanoHeapModel(false, typeof(TuyaMcu.Platform.Device).Assembly).Measure(("rig", sample));

        Assert.Equal(census.Bytes, census.BytesOf(HeapOwner.StandIn));
    }
}
