using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Schema;

namespace TuyaMcu.Cli.Commands;

/// <summary><c>schema</c>: prints the product schema (for the Tuya IoT Platform) or a table of its DPs.</summary>
public sealed class SchemaCommand : ICommand
{
    public string Name => "schema";

    public string Summary => "print the product's DP schema (JSON for the Tuya IoT Platform, or --table)";

    public string Usage => """
        usage: tuyamcu schema [--profile NAME] [--table]
          Prints the DP schema the firmware is built with, as JSON in the Tuya product-schema shape,
          or with --table as a readable table (id, code, type, mode, limits).
          --profile NAME   the device profile (default cpn01, the only one so far)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [ProfileOption.Name], ["--table"]);
        parsed.RejectPositionals(Name);
        DpDefinition[] schema = ProfileOption.From(parsed).CreateSchema();
        if (!parsed.Has("--table"))
        {
            console.Out.WriteLine(DpSchemaJson.Write(schema));
            return 0;
        }

        console.Out.WriteLine($"{"id",4}  {"code",-22} {"type",-7} {"mode",-4} limits");
        foreach (DpDefinition dp in schema)
        {
            string mode = dp.Mode switch { DpMode.ReadOnly => "ro", DpMode.WriteOnly => "wr", _ => "rw" };
            string limits = dp.Type switch
            {
                DpType.Value => $"{dp.Min}..{dp.Max}" + (dp.Step != 1 ? $" step {dp.Step}" : "") + (string.IsNullOrEmpty(dp.Unit) ? "" : $" {dp.Unit}"),
                DpType.Enum => string.Join("|", dp.EnumNames ?? []),
                DpType.String or DpType.Raw => $"max {dp.MaxLength} bytes",
                DpType.Bitmap => $"{dp.BitmapBits} bits",
                _ => "",
            };
            console.Out.WriteLine($"{dp.Id,4}  {dp.Code,-22} {DpType.GetName(dp.Type),-7} {mode,-4} {limits}");
        }

        return 0;
    }
}
