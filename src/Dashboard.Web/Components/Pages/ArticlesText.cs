namespace Dashboard.Web;

/// <summary>Names the articles pages' strings: Resources/ArticlesText.resx (English) and Resources/ArticlesText.ar.resx (Arabic).</summary>
public sealed class ArticlesText;
