using System.Text;
using System.Text.Json;
using ThreatLedger.Cli.Commands;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("threatledger-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ThreatLedgerCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private const string BadMalware = "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"x\",\"is_family\":true,\"confidence\":150}";

    [Fact]
    public async Task Validate_ExampleBundle_ExitsZeroAndSummarises()
    {
        // Given
        var example = RepositoryPaths.InRepository("examples", "bundles", "incident.json");

        // When
        var (exit, output, error) = await RunAsync("validate", example);

        // Then
        Assert.Equal(ValidateCommand.ExitValid, exit);
        Assert.Contains("valid STIX 2.1 — 21 object(s), 0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Validate_InvalidObject_ExitsOneWithFindingPath()
    {
        // Given
        var file = Write("bad.json", BadMalware);

        // When
        var (exit, output, _) = await RunAsync("validate", file);

        // Then
        Assert.Equal(ValidateCommand.ExitInvalid, exit);
        Assert.Contains($"{file}: error confidence [confidence-range, STIX 2.1 §3.2]: malware: 'confidence' must be an integer from 0 to 100. (value: 150)", output, StringComparison.Ordinal);
        Assert.Contains("INVALID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TruncatedJson_ExitsTwoWithLine()
    {
        // Given
        var file = Write("cut.json", "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\n\"objects\":[{\"type\":\"tool\"");

        // When
        var (exit, _, error) = await RunAsync("validate", file);

        // Then
        Assert.Equal(ValidateCommand.ExitUnreadable, exit);
        Assert.Contains("unreadable", error, StringComparison.Ordinal);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.Contains("objects[0]", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Folder_ValidatesEveryJsonFileInIt()
    {
        // Given: a folder with a valid bundle, an invalid object in a subfolder and a file that is not JSON
        File.Copy(RepositoryPaths.InRepository("examples", "bundles", "incident.json"), Path.Combine(_dir, "good.json"));
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Write(Path.Combine("sub", "bad.json"), BadMalware);
        Write("notes.txt", "not STIX");

        // When
        var (exit, output, error) = await RunAsync("validate", _dir);

        // Then: both JSON files are reported, the invalid one with its finding; the text file is not read
        Assert.Equal(1, exit);
        Assert.Contains("good.json", output + error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("sub", "bad.json"), output + error, StringComparison.Ordinal);
        Assert.Contains("confidence", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderWithoutJson_ExitsTwoNamingTheFolder()
    {
        // Given
        Write("notes.txt", "not STIX");

        // When
        var (exit, _, error) = await RunAsync("validate", _dir);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains(_dir + ": unreadable: the folder holds no *.json files", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        // Given / When
        var (exit, _, error) = await RunAsync("validate", Path.Combine(_dir, "nope.json"));

        // Then
        Assert.Equal(ValidateCommand.ExitUnreadable, exit);
        Assert.Contains("cannot open", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_PrintsMachineReadableFindings()
    {
        // Given
        var good = RepositoryPaths.InRepository("examples", "bundles", "incident.json");
        var bad = Write("bad.json", BadMalware);

        // When
        var (exit, output, _) = await RunAsync("validate", "--json", good, bad);

        // Then
        Assert.Equal(ValidateCommand.ExitInvalid, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var files = doc.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal(21, files[0].GetProperty("objects").GetInt32());
        var finding = files[1].GetProperty("findings")[0];
        Assert.Equal("confidence", finding.GetProperty("path").GetString());
        Assert.Equal("confidence-range", finding.GetProperty("rule").GetString());
        Assert.Equal("3.2", finding.GetProperty("section").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Validate_Stdin_ReadsStandardInput()
    {
        // Given
        var previous = ValidateCommand.OpenStandardInput;
        ValidateCommand.OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(BadMalware));
        try
        {
            // When
            var (exit, output, _) = await RunAsync("validate", "-");

            // Then
            Assert.Equal(ValidateCommand.ExitInvalid, exit);
            Assert.Contains("<stdin>: error confidence", output, StringComparison.Ordinal);
        }
        finally
        {
            ValidateCommand.OpenStandardInput = previous;
        }
    }

    [Fact]
    public async Task Validate_Help_DescribesExitCodes()
    {
        // Given / When
        var (exit, output, _) = await RunAsync("validate", "--help");

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("2 = unreadable input", output, StringComparison.Ordinal);
        Assert.Contains("--json", output, StringComparison.Ordinal);
    }
}
