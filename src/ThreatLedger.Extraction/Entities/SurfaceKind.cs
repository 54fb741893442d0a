namespace ThreatLedger.Extraction.Entities;

/// <summary>How a gazetteer surface form names its entry.</summary>
internal enum SurfaceKind
{
    Name,
    Alias,
    Demonym,
    Capital,
}
