using System.Reflection;
using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Documents.Numbering;
using MatTran.Inspections.Email;
using MatTran.Inspections.Plans;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.ReadModel.Plans;
using MatTran.Inspections.ReadModel.Units;

namespace MatTran.Inspections.Tests.ReadModel;

/// <summary>
/// Every typed entity the app stores survives Azure.Data.Tables on Azurite property for property, and is stored in the
/// form the read model has always used (enums as their names, times as Edm.DateTime in UTC, nulls not stored), so
/// filters such as <c>Stage eq 'Scheduled'</c> and existing rows keep their meaning.
/// </summary>
[TestClass]
public sealed class EntityRoundTripTests
{
    /// <summary>Ticks and a Vietnam offset: the instant must survive to the tick, whatever offset it was written with.</summary>
    private static readonly DateTimeOffset SampleTime = new DateTimeOffset(2023, 6, 19, 8, 30, 15, TimeSpan.FromHours(7)).AddTicks(1234567);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    public static IEnumerable<object[]> EntityTypes =>
    [
        [typeof(InspectionSummaryEntity)],
        [typeof(InspectionRowEntity)],
        [typeof(PlanEntity)],
        [typeof(PlanNumberEntity)],
        [typeof(PlannedInspectionEntity)],
        [typeof(UnitEntity)],
        [typeof(DocumentNumberCounter)],
        [typeof(DocumentNumberAllocation)],
        [typeof(SentEmailRecord)],
    ];

    [TestMethod]
    [DynamicData(nameof(EntityTypes))]
    public async Task Every_property_set_reads_back_equal(Type entityType)
    {
        var table = await TableAsync();
        var written = Filled(entityType);

        await AddAsync(table, written);
        var read = await ReadAsync(table, entityType, written.PartitionKey, written.RowKey);

        foreach (var property in StoredProperties(entityType))
        {
            Assert.AreEqual(property.GetValue(written), property.GetValue(read), $"{entityType.Name}.{property.Name}");
        }

        Assert.AreNotEqual(default, read.ETag, "the read entity carries its ETag for the next conditional write");
    }

    [TestMethod]
    [DynamicData(nameof(EntityTypes))]
    public async Task Nullable_properties_left_null_read_back_null(Type entityType)
    {
        var table = await TableAsync();
        var written = Filled(entityType);
        var nullable = StoredProperties(entityType).Where(IsNullable).ToList();
        nullable.ForEach(p => p.SetValue(written, null));

        await AddAsync(table, written);
        var read = await ReadAsync(table, entityType, written.PartitionKey, written.RowKey);

        foreach (var property in nullable)
        {
            Assert.IsNull(property.GetValue(read), $"{entityType.Name}.{property.Name}");
        }
    }

    [TestMethod]
    public async Task Enums_are_stored_as_their_names_and_times_as_utc_datetimes()
    {
        var table = await TableAsync();
        var summary = (InspectionSummaryEntity)Filled(typeof(InspectionSummaryEntity));

        await table.AddEntityAsync(summary, Ct);
        var stored = (await table.GetEntityAsync<TableEntity>(summary.PartitionKey, summary.RowKey, cancellationToken: Ct)).Value;

        Assert.AreEqual(summary.Stage.ToString(), stored.GetString(nameof(summary.Stage)));
        Assert.AreEqual(summary.Kind.ToString(), stored.GetString(nameof(summary.Kind)));
        Assert.AreEqual(summary.Rating.ToString(), stored.GetString(nameof(summary.Rating)));
        Assert.AreEqual(SampleTime.UtcDateTime, stored.GetDateTime(nameof(summary.UpdatedAt)));
        Assert.AreEqual(summary.Version, stored.GetInt32(nameof(summary.Version)));
        Assert.IsFalse(stored.ContainsKey(nameof(summary.Conclusion)), "computed properties marked [IgnoreDataMember] are not stored");
    }

    [TestMethod]
    public async Task A_row_written_with_enum_names_by_hand_reads_into_the_typed_entity()
    {
        var table = await TableAsync();
        var row = new TableEntity("p", "plan|x")
        {
            [nameof(PlanEntity.Id)] = "x",
            [nameof(PlanEntity.Status)] = "Launched",
            [nameof(PlanEntity.LaunchedAt)] = SampleTime.UtcDateTime,
        };

        await table.AddEntityAsync(row, Ct);
        var plan = (await table.GetEntityAsync<PlanEntity>("p", "plan|x", cancellationToken: Ct)).Value;

        Assert.AreEqual(PlanStatus.Launched, plan.Status);
        Assert.AreEqual(SampleTime, plan.LaunchedAt);
    }

    private async Task<TableClient> TableAsync()
    {
        var servers = await Emulators.GetServersAsync(Ct);
        var table = new TableClient(servers.StorageConnectionString, Emulators.UniqueName("entities"));
        await table.CreateIfNotExistsAsync(Ct);
        return table;
    }

    /// <summary>AddEntityAsync&lt;T&gt; with T the entity's own type, so the SDK binds that type's properties.</summary>
    private async Task AddAsync(TableClient table, ITableEntity entity)
    {
        var method = typeof(TableClient).GetMethods()
            .Single(m => m.Name == nameof(TableClient.AddEntityAsync) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(entity.GetType());
        await (Task<Response>)method.Invoke(table, [entity, Ct])!;
    }

    private async Task<ITableEntity> ReadAsync(TableClient table, Type entityType, string partitionKey, string rowKey)
    {
        var method = typeof(EntityRoundTripTests).GetMethod(nameof(GetAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entityType);
        return await (Task<ITableEntity>)method.Invoke(null, [table, partitionKey, rowKey, Ct])!;
    }

    private static async Task<ITableEntity> GetAsync<T>(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var got = (await table.GetEntityAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken)).Value;
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}");
        var queried = await table.QueryAsync<T>(filter, cancellationToken: cancellationToken).SingleAsync(cancellationToken);
        foreach (var property in StoredProperties(typeof(T)))
        {
            Assert.AreEqual(property.GetValue(got), property.GetValue(queried), $"query and point read agree on {typeof(T).Name}.{property.Name}");
        }

        return got;
    }

    /// <summary>The properties the SDK writes: public, read-write, not the system ones, not [IgnoreDataMember].</summary>
    private static IEnumerable<PropertyInfo> StoredProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
        .Where(p => p.Name is not (nameof(ITableEntity.ETag) or nameof(ITableEntity.Timestamp)));

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null ||
        (property.PropertyType == typeof(string) && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable);

    /// <summary>An entity with every stored property set to a value other than its default.</summary>
    private static ITableEntity Filled(Type type)
    {
        var entity = (ITableEntity)Activator.CreateInstance(type, nonPublic: true)!;
        foreach (var property in StoredProperties(type))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object value = valueType switch
            {
                _ when property.Name == nameof(ITableEntity.PartitionKey) => "phân-vùng-" + Guid.NewGuid().ToString("N")[..6],
                _ when property.Name == nameof(ITableEntity.RowKey) => "hàng|" + Guid.NewGuid().ToString("N")[..6],
                _ when valueType == typeof(string) => $"{property.Name}: Ủy ban MTTQ xã Hạnh Sơn",
                _ when valueType == typeof(int) => 42,
                _ when valueType == typeof(DateTimeOffset) => SampleTime,
                _ when valueType.IsEnum => Enum.GetValues(valueType).Cast<object>().Last(),
                _ => throw new AssertInconclusiveException($"{type.Name}.{property.Name}: add a sample value for {valueType.Name}."),
            };
            property.SetValue(entity, value);
        }

        return entity;
    }
}
