namespace Dashboard.Data.Export;

/// <summary>
/// Keeps text cells from being read as formulas by spreadsheet programs (CSV/formula injection): a cell that would
/// start with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe. Numbers are never passed here.
/// </summary>
public static class SpreadsheetText
{
    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || !IsFormulaStart(text[0]) ? text : "'" + text;

    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
