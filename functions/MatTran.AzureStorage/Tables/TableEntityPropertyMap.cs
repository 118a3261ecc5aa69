using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;

namespace MatTran.AzureStorage.Tables;

/// <summary>
/// The public properties of a typed entity class that are stored as table properties (all read/write public
/// instance properties except the four system ones and those marked <see cref="IgnoreDataMemberAttribute"/>).
/// Reflection runs once per type.
/// </summary>
internal sealed class TableEntityPropertyMap
{
    private static readonly ConcurrentDictionary<Type, TableEntityPropertyMap> Cache = new();

    private static readonly HashSet<string> SystemProperties =
        [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey), nameof(ITableEntity.Timestamp), nameof(ITableEntity.ETag)];

    private readonly PropertyInfo[] _properties;

    private TableEntityPropertyMap(Type type)
    {
        _properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Where(p => !SystemProperties.Contains(p.Name))
            .Where(p => p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
            .ToArray();
    }

    public static TableEntityPropertyMap For(Type type) => Cache.GetOrAdd(type, t => new TableEntityPropertyMap(t));

    /// <summary>The entity's stored properties, keys first; a <see cref="TableEntity"/> is already a property bag.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> ToProperties(ITableEntity entity)
    {
        if (entity is TableEntity bag)
        {
            return bag;
        }

        var values = new List<KeyValuePair<string, object?>>
        {
            new(nameof(ITableEntity.PartitionKey), entity.PartitionKey),
            new(nameof(ITableEntity.RowKey), entity.RowKey),
        };
        foreach (var property in For(entity.GetType())._properties)
        {
            values.Add(new(property.Name, property.GetValue(entity)));
        }

        return values;
    }

    public static T FromProperties<T>(Dictionary<string, object?> values)
        where T : class, ITableEntity, new()
    {
        if (typeof(T) == typeof(TableEntity))
        {
            return (T)(ITableEntity)new TableEntity(values);
        }

        var bag = new TableEntity(values);
        var entity = new T
        {
            PartitionKey = bag.PartitionKey,
            RowKey = bag.RowKey,
            Timestamp = bag.Timestamp,
            ETag = bag.ETag,
        };
        foreach (var property in For(typeof(T))._properties)
        {
            if (values.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(entity, Convert(property.Name, value, property.PropertyType));
            }
        }

        return entity;
    }

    private static object Convert(string name, object value, Type propertyType)
    {
        Type target = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        try
        {
            return target switch
            {
                _ when target.IsInstanceOfType(value) => value,
                _ when target.IsEnum => value is string s ? Enum.Parse(target, s) : Enum.ToObject(target, value),
                _ when target == typeof(DateTime) => ((DateTimeOffset)value).UtcDateTime,
                _ when target == typeof(BinaryData) => new BinaryData((byte[])value),
                _ when target == typeof(Guid) => Guid.Parse((string)value),
                _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Stored property '{name}' ({value.GetType().Name}) cannot be read as {propertyType.Name}.", e);
        }
    }
}
