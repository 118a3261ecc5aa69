using System.Collections;
using Azure;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// An entity as a property bag: any property name to a typed value (string, int, long, double, bool,
/// DateTimeOffset, DateTime, Guid, byte[], BinaryData). System properties live in the bag under their service names
/// (<c>PartitionKey</c>, <c>RowKey</c>, <c>Timestamp</c>, <c>odata.etag</c>). Mirrors Azure.Data.Tables.TableEntity.
/// </summary>
public sealed class TableEntity : ITableEntity, IDictionary<string, object?>
{
    internal const string ETagKey = "odata.etag";

    private readonly Dictionary<string, object?> _properties;

    public TableEntity()
    {
        _properties = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public TableEntity(string partitionKey, string rowKey)
        : this()
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _properties = new Dictionary<string, object?>(values, StringComparer.Ordinal);
    }

    public string PartitionKey
    {
        get => GetString(nameof(PartitionKey)) ?? string.Empty;
        set => _properties[nameof(PartitionKey)] = value;
    }

    public string RowKey
    {
        get => GetString(nameof(RowKey)) ?? string.Empty;
        set => _properties[nameof(RowKey)] = value;
    }

    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(nameof(Timestamp));
        set => _properties[nameof(Timestamp)] = value;
    }

    public ETag ETag
    {
        get => _properties.TryGetValue(ETagKey, out var value) && value is string etag ? new ETag(etag) : default;
        set => _properties[ETagKey] = value == default ? null : value.ToString();
    }

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object?> Values => _properties.Values;

    public int Count => _properties.Count;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    public object? this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value;
    }

    public string? GetString(string key) => Get(key, v => v as string ?? throw InvalidType(key, v, typeof(string)));

    public int? GetInt32(string key) => GetStruct(key, v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));

    public long? GetInt64(string key) => GetStruct(key, v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The value as a double; an integral double read back without its type annotation arrives as int and is widened.</summary>
    public double? GetDouble(string key) => GetStruct(key, v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture));

    public bool? GetBoolean(string key) => GetStruct(key, v => (bool)v);

    public DateTimeOffset? GetDateTimeOffset(string key) => GetStruct(key, v => v switch
    {
        DateTimeOffset dto => dto,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dt.Kind)),
        _ => throw InvalidType(key, v, typeof(DateTimeOffset)),
    });

    public DateTime? GetDateTime(string key) => GetDateTimeOffset(key)?.UtcDateTime;

    public Guid? GetGuid(string key) => GetStruct(key, v => (Guid)v);

    public byte[]? GetBinary(string key) => Get(key, v => v switch
    {
        byte[] bytes => bytes,
        BinaryData data => data.ToArray(),
        _ => throw InvalidType(key, v, typeof(byte[])),
    });

    public BinaryData? GetBinaryData(string key) => Get(key, v => v switch
    {
        BinaryData data => data,
        byte[] bytes => new BinaryData(bytes),
        _ => throw InvalidType(key, v, typeof(BinaryData)),
    });

    public void Add(string key, object? value) => _properties.Add(key, value);

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, out object? value) => _properties.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => _properties.Add(item.Key, item.Value);

    public void Clear() => _properties.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T? Get<T>(string key, Func<object, T> convert)
        where T : class =>
        _properties.TryGetValue(key, out var value) && value is not null ? convert(value) : null;

    private T? GetStruct<T>(string key, Func<object, T> convert)
        where T : struct
    {
        if (!_properties.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        try
        {
            return convert(value);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw InvalidType(key, value, typeof(T));
        }
    }

    private static InvalidOperationException InvalidType(string key, object value, Type wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not a {wanted.Name}.");
}
