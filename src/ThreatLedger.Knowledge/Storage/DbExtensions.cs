using System.Data.Common;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>Small helpers over ADO.NET commands shared by both providers.</summary>
internal static class DbExtensions
{
    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a text parameter (typed, so a null is a typed NULL on PostgreSQL too).</summary>
    public static DbParameter AddText(this DbCommand command, string name, string? value)
    {
        var parameter = command.Add(name, value);
        parameter.DbType = System.Data.DbType.String;
        return parameter;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        command.Add(name, value);
        return command;
    }

    /// <summary>Adds one parameter per value and returns "@p0, @p1, …" for an IN list.</summary>
    public static string AddList<T>(this DbCommand command, string prefix, IReadOnlyList<T> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = "@" + prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Add(names[i], values[i]);
        }

        return string.Join(", ", names);
    }

    public static async Task<long> ScalarLongAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? LongOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
