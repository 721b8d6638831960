using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Finds where test methods are written, from the assembly's portable PDB (beside it or embedded).
    /// Without a readable PDB it finds nothing, and cases simply have no location.
    /// </summary>
    internal sealed class SourceLocator : IDisposable
    {
        private readonly Module module;
        private readonly MetadataReaderProvider pdbProvider;
        private readonly MetadataReader pdb;

        private SourceLocator(Module module, MetadataReaderProvider pdbProvider)
        {
            this.module = module;
            this.pdbProvider = pdbProvider;
            pdb = pdbProvider?.GetMetadataReader();
        }

        /// <summary>Opens the PDB of <paramref name="assembly"/>, if it has one.</summary>
        public static SourceLocator Open(Assembly assembly)
        {
            return new SourceLocator(assembly.ManifestModule, TryOpenPdb(assembly.Location));
        }

        /// <summary>Where <paramref name="method"/> is written, or <see langword="null"/>.</summary>
        public SourceLocation Find(MethodInfo method)
        {
            if (pdb is null || method.Module != module)
            {
                return null;
            }

            try
            {
                var handle = (MethodDefinitionHandle)MetadataTokens.EntityHandle(method.MetadataToken);
                SequencePoint first = pdb.GetMethodDebugInformation(handle).GetSequencePoints()
                    .FirstOrDefault(point => !point.IsHidden);
                if (first.Document.IsNil)
                {
                    return null;
                }

                string path = pdb.GetString(pdb.GetDocument(first.Document).Name);
                return new SourceLocation(path, first.StartLine);
            }
            catch (BadImageFormatException)
            {
                return null;
            }
        }

        /// <inheritdoc/>
        public void Dispose() => pdbProvider?.Dispose();

        private static MetadataReaderProvider TryOpenPdb(string assemblyPath)
        {
            if (string.IsNullOrEmpty(assemblyPath) || !File.Exists(assemblyPath))
            {
                return null;
            }

            try
            {
                using var stream = File.OpenRead(assemblyPath);
                using var peReader = new PEReader(stream);
                return peReader.TryOpenAssociatedPortablePdb(assemblyPath, File.OpenRead, out MetadataReaderProvider provider, out _)
                    ? provider
                    : null;
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
