namespace ThreatLedger.Extraction.Learning;

/// <summary>A trigger found by a tagger or lexicon: tokens <c>[FirstToken, EndToken)</c> and the event type.</summary>
internal readonly record struct DetectedTrigger(int FirstToken, int EndToken, string Type);
