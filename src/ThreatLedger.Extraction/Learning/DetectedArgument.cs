namespace ThreatLedger.Extraction.Learning;

/// <summary>An argument found by a tagger or a pattern: tokens <c>[FirstToken, EndToken)</c> and its role.</summary>
internal readonly record struct DetectedArgument(int FirstToken, int EndToken, string Role);
