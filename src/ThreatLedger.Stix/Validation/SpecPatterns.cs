using System.Text.RegularExpressions;

namespace ThreatLedger.Stix.Validation;

/// <summary>Value formats that the STIX 2.1 specification prescribes for single properties.</summary>
internal static partial class SpecPatterns
{
    /// <summary>
    /// A well-formed RFC 5646 language tag (language, extlang, script, region, variants, extensions, private use) or a
    /// private-use/grandfathered tag. The primary language subtag is 2-3 letters: the 4-8 letter forms the grammar reserves
    /// have no registered values, so "english" is not a tag (the OASIS stix2-validator rejects it too).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?|[xX](?:-[A-Za-z0-9]{1,8})+|[iI]-[A-Za-z]{2,8})$", RegexOptions.CultureInvariant)]
    public static partial Regex LanguageTag();

    /// <summary>An IPv4 address with an optional CIDR suffix (§6.8).</summary>
    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:/(?:3[0-2]|[12]?[0-9]))?$", RegexOptions.CultureInvariant)]
    public static partial Regex Ipv4Cidr();

    /// <summary>A single colon-delimited, lower-case MAC-48 address with leading zeros (§6.10).</summary>
    [GeneratedRegex("^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$", RegexOptions.CultureInvariant)]
    public static partial Regex Mac48();

    /// <summary>A CVE identifier as used in external references with source_name "cve" (§2.5).</summary>
    [GeneratedRegex(@"^CVE-\d{4}-(?:0\d{3}|[1-9]\d{3,})$", RegexOptions.CultureInvariant)]
    public static partial Regex CveId();

    /// <summary>A CAPEC identifier as used in external references with source_name "capec" (§2.5).</summary>
    [GeneratedRegex(@"^CAPEC-\d+$", RegexOptions.CultureInvariant)]
    public static partial Regex CapecId();

    /// <summary>An IANA media type: a registered top-level type, '/', and a subtype (parameters allowed).</summary>
    [GeneratedRegex(@"^(?:application|audio|example|font|haptics|image|message|model|multipart|text|video)/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(?:\s*;.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex MediaType();

    /// <summary>Abbreviated registry hives that §6.17 forbids (the hive must be written in full, e.g. HKEY_LOCAL_MACHINE).</summary>
    [GeneratedRegex(@"^(?:HKLM|HKCU|HKCR|HKU|HKCC|HKPD)(?:\\|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AbbreviatedHive();

    /// <summary>An ssdeep digest: block size, then two base64 hash parts.</summary>
    [GeneratedRegex(@"^\d+:[A-Za-z0-9/+]+:[A-Za-z0-9/+]+(?:,.*)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Ssdeep();

    /// <summary>A TLSH digest: 70 hex digits, optionally prefixed by the version "T1".</summary>
    [GeneratedRegex("^(?:T1)?[0-9A-Fa-f]{70}$", RegexOptions.CultureInvariant)]
    public static partial Regex Tlsh();

    /// <summary>A CPE 2.3 formatted string: "cpe:2.3:", the part (a, h, o, * or -), then ten more colon-separated components (§6.14).</summary>
    [GeneratedRegex(@"^cpe:2\.3:[aho*\-](?::(?:[^:\\]|\\.)*){10}$", RegexOptions.CultureInvariant)]
    public static partial Regex Cpe23();

    /// <summary>A domain name (RFC 1034/5890): dot-separated labels without spaces, slashes or other URL syntax (§6.4).</summary>
    [GeneratedRegex(@"^(?=.{1,253}\.?$)(?:[^\s./:@\\?#\[\]]{1,63}\.)*[^\s./:@\\?#\[\]]{1,63}\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex DomainName();

    /// <summary>The scheme of an absolute URI (RFC 3986 §3.1).</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    public static partial Regex UriScheme();
}
