using Dashboard.Extraction.Model;
using Dashboard.Extraction.Places;

namespace Dashboard.Extraction.Facts;

/// <summary>The place of a fact: the place named nearest the figure in its sentence, else the last one in the sentence before.</summary>
internal sealed class LocationFinder(IReadOnlyList<PlaceMention> places)
{
    /// <param name="previous">The sentence before, in the same paragraph (empty when there is none).</param>
    public PlaceMention? Find(TextSpan sentence, TextSpan previous, TextSpan figure)
    {
        PlaceMention? best = null;
        var bestDistance = int.MaxValue;
        PlaceMention? earlier = null;
        foreach (var place in places)
        {
            if (place.Span.Overlaps(figure)) continue;
            if (place.Span.Start >= sentence.Start && place.Span.End <= sentence.End)
            {
                var distance = place.Span.Start >= figure.End ? place.Span.Start - figure.End : figure.Start - place.Span.End;
                if (distance < bestDistance) { best = place; bestDistance = distance; }
            }
            else if (previous.Length > 0 && place.Span.Start >= previous.Start && place.Span.End <= sentence.Start)
            {
                earlier = place;
            }
        }
        return best ?? earlier;
    }
}
