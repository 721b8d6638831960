namespace TuyaMcu.Tooling.Decoding;

/// <summary>Which side sent a frame, when the frame's command and shape tell.</summary>
public enum FrameDirection
{
    /// <summary>Cannot tell (an unknown command, or a shape the spec does not give).</summary>
    Unknown,

    /// <summary>Sent by the MCU.</summary>
    FromMcu,

    /// <summary>Sent by the NB-IoT module.</summary>
    FromModule,
}
