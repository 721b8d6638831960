namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>How <see cref="Cpn01StateFormat"/> saves the datalog's records.</summary>
    public enum DatalogChange
    {
        /// <summary>As they are.</summary>
        None,

        /// <summary>All marked sent (AT+CDP=0): kept, but no longer pending.</summary>
        AllSent,

        /// <summary>None of them (AT+CLRDTA); the sequence numbering goes on.</summary>
        Cleared,
    }
}
