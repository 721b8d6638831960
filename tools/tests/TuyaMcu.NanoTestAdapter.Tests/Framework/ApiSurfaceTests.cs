using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TuyaMcu.NanoTest.Tests.Support;
using Xunit;

namespace TuyaMcu.NanoTest.Tests.Framework
{
    /// <summary>
    /// The .NET build of nanoFramework.TestFramework declares exactly the public API of the device package
    /// (tools/nanoframework/nanoFramework.Api/nanoFramework.TestFramework.txt): nothing the device lacks, nothing missing.
    /// </summary>
    public class ApiSurfaceTests
    {
        private static readonly Lazy<HashSet<string>> Declared = new(ReadDeclaredApi);

        [Fact]
        public void EveryPublicMember_IsInTheDeviceInventory()
        {
            HashSet<string> inventory = ApiInventory.Read("nanoFramework.TestFramework");

            string[] extra = Declared.Value.Where(id => !inventory.Contains(id)).OrderBy(id => id).ToArray();

            Assert.True(extra.Length == 0, "Public, but not in the device package:" + Lines(extra));
        }

        [Fact]
        public void EveryInventoryMember_IsDeclared()
        {
            HashSet<string> inventory = ApiInventory.Read("nanoFramework.TestFramework");

            string[] missing = inventory.Where(id => !Declared.Value.Contains(id)).OrderBy(id => id).ToArray();

            Assert.True(missing.Length == 0, "In the device package, but not declared:" + Lines(missing));
        }

        [Fact]
        public void TheSurfaceIsReadAtAll()
        {
            Assert.Contains("M:nanoFramework.TestFramework.Assert.AreEqual(System.Int32,System.Int32,System.String)", Declared.Value);
            Assert.Contains("M:nanoFramework.TestFramework.Assert.#ctor", Declared.Value);
            Assert.DoesNotContain(Declared.Value, id => id.Contains("AssertFailure"));
        }

        private static string Lines(IEnumerable<string> ids) => string.Concat(ids.Select(id => Environment.NewLine + "  " + id));

        /// <summary>The documentation-comment IDs of every public or protected type and member of the built assembly.</summary>
        private static HashSet<string> ReadDeclaredApi()
        {
            string path = typeof(nanoFramework.TestFramework.Assert).Assembly.Location;
            MetadataReference framework = MetadataReference.CreateFromFile(path);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "ApiReader",
                references: new[] { framework, MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(framework);

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (INamedTypeSymbol type in VisibleTypes(assembly.GlobalNamespace))
            {
                ids.Add(type.GetDocumentationCommentId());
                foreach (ISymbol member in type.GetMembers().Where(IsVisibleMember))
                {
                    ids.Add(member.GetDocumentationCommentId());
                }
            }

            return ids;
        }

        private static IEnumerable<INamedTypeSymbol> VisibleTypes(INamespaceOrTypeSymbol container)
        {
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    foreach (INamedTypeSymbol type in VisibleTypes(ns))
                    {
                        yield return type;
                    }
                }
                else if (member is INamedTypeSymbol type && IsVisible(type))
                {
                    yield return type;
                    foreach (INamedTypeSymbol nested in VisibleTypes(type))
                    {
                        yield return nested;
                    }
                }
            }
        }

        // Accessors are covered by their property's or event's P:/E: line; nested types are listed on their own.
        private static bool IsVisibleMember(ISymbol member) =>
            IsVisible(member)
            && member is not INamedTypeSymbol
            && member is not IMethodSymbol
            {
                MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise,
            };

        private static bool IsVisible(ISymbol symbol) =>
            symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;
    }
}
