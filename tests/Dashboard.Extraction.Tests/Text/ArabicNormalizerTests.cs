using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("٣٩٤", "394")]
    [InlineData("۱۲", "12")]
    [InlineData("١60", "160")]
    [InlineData("٥٬٩٦٤", "5,964")]
    [InlineData("٢٫٥", "2.5")]
    [InlineData("إرهابيّاً", "ارهابيا")]
    [InlineData("قتـــلى", "قتلي")]
    [InlineData("أإآٱ", "اااا")]
    [InlineData("مئة مسؤولة", "ميه مسووله")]
    [InlineData("«داعش» “داعش”", "\"داعش\" \"داعش\"")]
    [InlineData("5\u00A0جنود", "5 جنود")]
    public void Folds_spelling_variants(string original, string folded) =>
        Assert.Equal(folded, ArabicNormalizer.Normalize(original).Text);

    [Fact]
    public void Offsets_map_back_to_the_original_including_dropped_marks()
    {
        const string original = "قتل ١٥ إرهابيّاً";
        var normalized = ArabicNormalizer.Normalize(original);
        var at = normalized.Text.IndexOf("15", StringComparison.Ordinal);
        var digits = normalized.ToOriginal(at, at + 2);
        Assert.Equal("١٥", original[digits.Start..digits.End]);

        var word = normalized.Text.IndexOf("ارهابيا", StringComparison.Ordinal);
        var span = normalized.ToOriginal(word, word + "ارهابيا".Length);
        Assert.Equal("إرهابيّاً", original[span.Start..span.End]);
    }

    [Fact]
    public void Empty_text_maps_to_an_empty_span()
    {
        var normalized = ArabicNormalizer.Normalize("");
        Assert.Equal(0, normalized.ToOriginal(0, 0).Length);
    }
}
