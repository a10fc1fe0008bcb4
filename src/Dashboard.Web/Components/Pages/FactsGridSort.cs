using Dashboard.Data.Queries;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>Turns the grid's sort (column property names) into the sort the query runs in SQL.</summary>
public static class FactsGridSort
{
    public static FactSort From(IEnumerable<SortDefinition<FactRow>> definitions)
    {
        var first = definitions.OrderBy(d => d.Index).FirstOrDefault();
        if (first is null || !Enum.TryParse<FactSortColumn>(first.SortBy, ignoreCase: false, out var column)
            || !Enum.IsDefined(column))
        {
            return new FactSort();
        }
        return new FactSort(column, first.Descending);
    }
}
