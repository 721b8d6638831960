using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tests.Support
{
    /// <summary>The CPN01 schema in a registry with no application behind it: the schema's own checks are all there is.</summary>
    internal static class SchemaRegistry
    {
        /// <summary>Every DP of the CPN01 schema, each with a handler that takes every command and reports nothing.</summary>
        public static DpRegistry Cpn01()
        {
            DpRegistry registry = new DpRegistry();
            DpDefinition[] dps = Cpn01Schema.Create();
            NoHandler handler = new NoHandler();
            for (int i = 0; i < dps.Length; i++)
            {
                registry.Register(dps[i], handler);
            }

            return registry;
        }

        private sealed class NoHandler : IDpHandler
        {
            public string Check(DpReader unit)
            {
                return null;
            }

            public void Apply(DpReader unit)
            {
            }

            public string Commit()
            {
                return null;
            }

            public int ReportedFor(byte id, int index)
            {
                return 0;
            }

            public bool WriteCurrent(byte id, DpWriter writer)
            {
                return false;
            }
        }
    }
}
