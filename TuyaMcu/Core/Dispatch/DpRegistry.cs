using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>The product's data points by id, each with the handler that owns it.</summary>
    public sealed class DpRegistry
    {
        private readonly DpDefinition[] _definitions = new DpDefinition[256];
        private readonly IDpHandler[] _handlers = new IDpHandler[256];
        private int _count;

        /// <summary>Number of registered DPs.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Registers a DP and its handler.</summary>
        /// <exception cref="ArgumentException">The definition is inconsistent or the id is taken.</exception>
        public void Register(DpDefinition definition, IDpHandler handler)
        {
            if (definition == null || handler == null)
            {
                throw new ArgumentNullException(definition == null ? "definition" : "handler");
            }

            string error = definition.Validate();
            if (error != null)
            {
                throw new ArgumentException(error);
            }

            if (_definitions[definition.Id] != null)
            {
                throw new ArgumentException("DP " + definition.Id.ToString() + " is registered twice");
            }

            _definitions[definition.Id] = definition;
            _handlers[definition.Id] = handler;
            _count++;
        }

        /// <summary>The definition of DP <paramref name="id"/>, or null.</summary>
        public DpDefinition Find(int id)
        {
            return id >= 0 && id < 256 ? _definitions[id] : null;
        }

        /// <summary>The definition whose code is <paramref name="code"/>, or null.</summary>
        public DpDefinition FindByCode(string code)
        {
            for (int i = 1; i < 256; i++)
            {
                if (_definitions[i] != null && _definitions[i].Code == code)
                {
                    return _definitions[i];
                }
            }

            return null;
        }

        /// <summary>The handler of DP <paramref name="id"/>, or null.</summary>
        public IDpHandler HandlerOf(int id)
        {
            return id >= 0 && id < 256 ? _handlers[id] : null;
        }

        /// <summary>Null when the unit the reader is on may be applied (schema, then the handler's own rules), else why not.</summary>
        public string CheckCommand(DpReader unit)
        {
            DpDefinition definition = _definitions[unit.Id];
            if (definition == null)
            {
                return "DP " + unit.Id.ToString() + " is not in the schema";
            }

            string error = definition.CheckCommand(unit);
            return error != null ? error : _handlers[unit.Id].Check(unit);
        }

        /// <summary>Writes the current value of DP <paramref name="id"/> if it is reported; false when unknown, not reported, or no room.</summary>
        public bool WriteCurrent(int id, DpWriter writer)
        {
            DpDefinition definition = Find(id);
            if (definition == null || !definition.IsReported)
            {
                return false;
            }

            return _handlers[id].WriteCurrent((byte)id, writer);
        }
    }
}
