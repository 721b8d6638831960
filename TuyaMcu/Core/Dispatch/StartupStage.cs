namespace TuyaMcu.Dispatch
{
    /// <summary>Steps of the start-up sequence, in order.</summary>
    public enum StartupStage
    {
        /// <summary>Waiting for the module to ask for product information (it does at boot).</summary>
        AwaitProductQuery,

        /// <summary>Waiting for the first network status.</summary>
        AwaitNetwork,

        /// <summary>Fetching GMT time (sets the clock).</summary>
        GmtTime,

        /// <summary>Fetching local time (gives the time-zone offset).</summary>
        LocalTime,

        /// <summary>Fetching the IMEI.</summary>
        Imei,

        /// <summary>Fetching the IMSI.</summary>
        Imsi,

        /// <summary>Fetching the ICCID.</summary>
        Iccid,

        /// <summary>Fetching the signal strength.</summary>
        Signal,

        /// <summary>Done.</summary>
        Done,
    }
}
