namespace Dashboard.Data.Entities;

public sealed class Outlet
{
    public int Id { get; set; }
    /// <summary>The name as written (usually Arabic).</summary>
    public required string Name { get; set; }
    /// <summary>Normalised name used to match spellings of the same outlet; unique.</summary>
    public required string Key { get; set; }
    public string? EnglishName { get; set; }
    public string? Domain { get; set; }
    public List<Article> Articles { get; set; } = [];
}
