namespace Dashboard.Web;

/// <summary>Names the upload pages' strings: Resources/UploadText.resx (English) and Resources/UploadText.ar.resx (Arabic).</summary>
public sealed class UploadText;
