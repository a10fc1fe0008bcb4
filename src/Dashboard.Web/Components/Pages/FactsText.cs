namespace Dashboard.Web;

/// <summary>Names the facts pages' strings: Resources/FactsText.resx (English) and Resources/FactsText.ar.resx (Arabic).</summary>
public sealed class FactsText;
