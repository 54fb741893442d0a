namespace ThreatLedger.Extraction.Indicators;

/// <summary>An indicator found in text.</summary>
/// <param name="Start">Offset of the first character of the indicator as written.</param>
/// <param name="End">Offset after its last character.</param>
/// <param name="Text">The indicator as written (possibly defanged: <c>hxxp://evil[.]com</c>).</param>
/// <param name="Type">One of <see cref="IndicatorTypes"/>.</param>
/// <param name="Value">The refanged, normalised value (<c>http://evil.com</c>; hashes lower case; CVE ids upper case).</param>
/// <param name="Defanged">Whether the text defanged it.</param>
/// <param name="Malicious">Whether the text presents it as malicious (defanged, or malicious words around it).</param>
public sealed record IndicatorMatch(int Start, int End, string Text, string Type, string Value, bool Defanged, bool Malicious);
