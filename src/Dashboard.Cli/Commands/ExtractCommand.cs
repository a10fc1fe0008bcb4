using System.CommandLine;

namespace Dashboard.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "extract (not available yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'extract' is not available yet.");
            return 2;
        });
        return command;
    }
}
