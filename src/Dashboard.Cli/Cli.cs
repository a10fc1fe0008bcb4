using System.CommandLine;
using Dashboard.Cli.Commands;

namespace Dashboard.Cli;

/// <summary>The <c>dashboard</c> command line, runnable in-process with any output writers (tests use string writers).</summary>
public static class Cli
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;
    /// <summary>A bench or tool that could not do its work (the app unreachable, nothing to measure).</summary>
    public const int Failure = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Dashboard: Arabic news figures on the fight against ISIS in Iraq, extracted and stored.")
        {
            IngestCommand.Create(console),
            ExtractCommand.Create(console),
            ExportCommand.Create(),
            BenchCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) await error.WriteLineAsync(problem.Message);
            await error.WriteLineAsync("Run 'dashboard --help' for usage.");
            return UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }
}

/// <summary>Where a command writes, and whether its output is a terminal (progress bar) or redirected (plain lines).</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public bool IsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}
