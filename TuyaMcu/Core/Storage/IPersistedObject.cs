namespace TuyaMcu.Storage
{
    /// <summary>
    /// Something that survives reboots and power loss in a slot of its own (<see cref="SlotStore"/>),
    /// in a format it owns: the device profile's settings and state, the device's own settings and
    /// identity. Reading is in two steps, so that a slot holding several objects is taken whole or not
    /// at all: <see cref="Read"/> checks what was saved into a copy, <see cref="Use"/> puts the copy in use.
    /// </summary>
    public interface IPersistedObject
    {
        /// <summary>The format version written in the slot's header; a slot of another version is not read.</summary>
        byte Format { get; }

        /// <summary>Most bytes <see cref="Write"/> writes.</summary>
        int MaxBytes { get; }

        /// <summary>Writes what is to be saved: the values in use, or the change being saved when one is staged.</summary>
        void Write(ByteCursor cursor);

        /// <summary>
        /// Reads what <see cref="Write"/> wrote, from the cursor's position on (<see cref="ByteCursor.Remaining"/>
        /// bytes are left for it and what follows it in the slot), into a copy. Null when the copy holds
        /// values this firmware could have saved, else why not. Changes nothing in use.
        /// </summary>
        string Read(ByteCursor cursor);

        /// <summary>Puts in use what the last <see cref="Read"/> accepted.</summary>
        void Use();
    }
}
