using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Twins;

/// <summary>
/// Finds where a twin declares a member, through the portable PDB beside the assembly: the first
/// sequence point of the method (of a property's or event's accessor) leads to the source file,
/// and the declaration around it gives the line. Types and fields have no sequence points, so
/// they have no line.
/// </summary>
internal sealed class TwinSourceLocator : IDisposable
{
    private readonly MetadataReaderProvider? _provider;
    private readonly MetadataReader? _reader;
    private readonly string _repositoryRoot;
    private readonly Dictionary<string, SyntaxTree?> _trees = new(StringComparer.Ordinal);

    public TwinSourceLocator(string pdbPath, string repositoryRoot)
    {
        _repositoryRoot = repositoryRoot;
        if (!File.Exists(pdbPath))
        {
            return;
        }

        _provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        try
        {
            _reader = _provider.GetMetadataReader();
        }
        catch (BadImageFormatException)
        {
            _provider.Dispose(); // a Windows PDB: no lines then
            _provider = null;
        }
    }

    /// <summary>The repository-relative file and the line where <paramref name="symbol"/> is declared, or null.</summary>
    public (string File, int Line)? Find(ISymbol symbol)
    {
        IMethodSymbol? method = symbol switch
        {
            IMethodSymbol m => m,
            IPropertySymbol p => p.GetMethod ?? p.SetMethod,
            IEventSymbol e => e.AddMethod,
            _ => null,
        };
        if (_reader == null || method == null || method.MetadataToken == 0)
        {
            return null;
        }

        MethodDebugInformationHandle handle = MetadataTokens.MethodDefinitionHandle(method.MetadataToken & 0xFFFFFF).ToDebugInformationHandle();
        SequencePoint point = _reader.GetMethodDebugInformation(handle).GetSequencePoints().FirstOrDefault(p => !p.IsHidden);
        if (point.Document.IsNil)
        {
            return null;
        }

        string path = _reader.GetString(_reader.GetDocument(point.Document).Name);
        return (Display(path), DeclarationLine(path, point) ?? point.StartLine);
    }

    public void Dispose() => _provider?.Dispose();

    /// <summary>The line of the name of the member whose code the sequence point is in (its body starts lines later).</summary>
    private int? DeclarationLine(string path, SequencePoint point)
    {
        if (!_trees.TryGetValue(path, out SyntaxTree? tree))
        {
            tree = File.Exists(path) ? CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path) : null;
            _trees.Add(path, tree);
        }

        if (tree == null || point.StartLine > tree.GetText().Lines.Count)
        {
            return null;
        }

        int position = tree.GetText().Lines[point.StartLine - 1].Start + point.StartColumn - 1;
        SyntaxNode? member = tree.GetRoot().FindToken(position).Parent?.AncestorsAndSelf()
            .FirstOrDefault(n => n is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax);
        SyntaxToken? name = member switch
        {
            MethodDeclarationSyntax m => m.Identifier,
            ConstructorDeclarationSyntax c => c.Identifier,
            DestructorDeclarationSyntax d => d.Identifier,
            OperatorDeclarationSyntax o => o.OperatorToken,
            ConversionOperatorDeclarationSyntax c => c.Type.GetFirstToken(),
            PropertyDeclarationSyntax p => p.Identifier,
            EventDeclarationSyntax e => e.Identifier,
            IndexerDeclarationSyntax i => i.ThisKeyword,
            _ => null,
        };
        return name?.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
    }

    private string Display(string pdbPath)
    {
        if (pdbPath.StartsWith("/_/", StringComparison.Ordinal))
        {
            return pdbPath.Substring(3); // a deterministic CI build maps the repository root to /_/
        }

        string full = Path.GetFullPath(pdbPath);
        return RepositoryPath.IsUnder(_repositoryRoot, full) ? RepositoryPath.Relative(_repositoryRoot, full) : pdbPath.Replace('\\', '/');
    }
}
