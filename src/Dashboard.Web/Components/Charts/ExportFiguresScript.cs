namespace Dashboard.Web.Components.Charts;

/// <summary>Names of the functions wwwroot/js/export-figures.js puts on window.dashboardFigures.</summary>
public static class ExportFiguresScript
{
    public const string DownloadImage = "dashboardFigures.downloadImage";
    public const string ExportAll = "dashboardFigures.exportAll";
}
