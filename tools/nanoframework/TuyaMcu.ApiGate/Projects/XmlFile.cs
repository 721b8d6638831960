using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>Reads the project's XML files with line numbers, turning malformed XML into <see cref="ProjectFormatException"/>.</summary>
internal static class XmlFile
{
    public static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ProjectFormatException(Math.Max(e.LineNumber, 1), "not well-formed XML: " + e.Message);
        }
        catch (IOException e)
        {
            throw new ProjectFormatException(1, "cannot be read: " + e.Message);
        }
    }

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}

/// <summary>A project file or packages.config the gate cannot read; reported as a violation at <see cref="Line"/>.</summary>
internal sealed class ProjectFormatException : Exception
{
    public ProjectFormatException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    public int Line { get; }
}
