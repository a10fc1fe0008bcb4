using System.CommandLine;
using Dashboard.Cli.Commands;

var root = new RootCommand("Dashboard: Arabic news figures on the fight against ISIS in Iraq, extracted and stored.")
{
    IngestCommand.Create(),
    ExtractCommand.Create(),
    ExportCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
