namespace ThreatLedger.Extraction.Events;

/// <summary>A lexicon phrase found in a text: tokens <c>[FirstToken, EndToken)</c> and the phrase's label.</summary>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, string Label);
