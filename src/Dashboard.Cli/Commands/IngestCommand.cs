using System.CommandLine;

namespace Dashboard.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "ingest (not available yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'ingest' is not available yet.");
            return 2;
        });
        return command;
    }
}
