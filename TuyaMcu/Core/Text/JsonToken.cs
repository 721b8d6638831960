namespace TuyaMcu.Text
{
    /// <summary>Kinds of token a <see cref="JsonReader"/> returns.</summary>
    public enum JsonToken
    {
        /// <summary>No more input.</summary>
        End,

        /// <summary>'{'</summary>
        StartObject,

        /// <summary>'}'</summary>
        EndObject,

        /// <summary>'['</summary>
        StartArray,

        /// <summary>']'</summary>
        EndArray,

        /// <summary>An object member's name; the text is in <see cref="JsonReader.Text"/>.</summary>
        PropertyName,

        /// <summary>A string value; the text is in <see cref="JsonReader.Text"/>.</summary>
        String,

        /// <summary>A number; the literal is in <see cref="JsonReader.Text"/>.</summary>
        Number,

        /// <summary>true</summary>
        True,

        /// <summary>false</summary>
        False,

        /// <summary>null</summary>
        Null,

        /// <summary>Malformed input; <see cref="JsonReader.Error"/> says what and where.</summary>
        Error,
    }
}
