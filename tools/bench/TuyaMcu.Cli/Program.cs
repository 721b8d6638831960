using TuyaMcu.Cli;
using TuyaMcu.Cli.Commands;

return CommandLine.Run(args, CliConsole.System());
