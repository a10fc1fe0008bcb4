namespace Dashboard.Extraction.Model;

// The words of these enums are fixed by the fact contract; JSON writes them in snake_case
// (FactKind.MilitantStrength -> "militant_strength"). Never rename a member.

public enum FactKind { Killed, Wounded, Arrested, Abducted, Strikes, Operations, Funding, MilitantStrength, Seized, Displaced, Other }

public enum Qualifier { Exact, Approximate, AtLeast, AtMost, Range, Vague }

public enum FactScope { Incident, Cumulative }

public enum FactTarget { Militants, SecurityForces, Civilians, Mixed, Unknown }

public enum DatePrecision { Day, Month, Year, Range, Unknown }

public enum DateBasis { Explicit, Relative, Publication, None }

/// <summary>Where an article's publication date came from.</summary>
public enum PublishedBasis { Given, Text, None }
