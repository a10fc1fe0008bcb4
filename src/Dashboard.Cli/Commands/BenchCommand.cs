using System.CommandLine;

namespace Dashboard.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "bench (not available yet)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'bench' is not available yet.");
            return 2;
        });
        return command;
    }
}
