using System.CommandLine;

namespace Dashboard.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "export (not available yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'export' is not available yet.");
            return 2;
        });
        return command;
    }
}
