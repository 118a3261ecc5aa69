using Azure;
using Azure.Data.Tables;
using MatTran.Inspections.Committees;

namespace MatTran.Inspections.ReadModel.Committees;

/// <summary>
/// The staff directory of every committee in table <c>directory</c>, one partition per committee (see
/// <see cref="DirectoryEntity"/>). Writes are upserts of one row: the directory is reference data an administrator
/// keeps, read whole by documents, emails and the API.
/// </summary>
public sealed class CommitteeDirectoryStore(TableClient table)
{
    public const string DefaultTableName = "directory";

    private int _tableReady;

    public async Task<CommitteeDirectory> ReadAsync(string committeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(committeeId);
        await EnsureTableAsync(cancellationToken);
        var departments = new List<Department>();
        var staff = new List<StaffMember>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeyEncoder.Encode(committeeId)}");
        await foreach (var e in table.QueryAsync<DirectoryEntity>(filter, cancellationToken: cancellationToken))
        {
            if (e.RowKey.StartsWith(DirectoryEntity.DepartmentPrefix, StringComparison.Ordinal))
            {
                departments.Add(new Department(e.Id, e.CommitteeId, e.Name));
            }
            else if (e.RowKey.StartsWith(DirectoryEntity.StaffPrefix, StringComparison.Ordinal))
            {
                staff.Add(new StaffMember(e.Id, e.CommitteeId, e.Name, e.Position ?? string.Empty, e.Email, e.DepartmentId, e.UserName, e.SignsDocuments));
            }
        }

        return new CommitteeDirectory(committeeId, departments, staff);
    }

    public async Task UpsertAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        await EnsureTableAsync(cancellationToken);
        await table.UpsertEntityAsync(new DirectoryEntity
        {
            PartitionKey = TableKeyEncoder.Encode(member.CommitteeId),
            RowKey = DirectoryEntity.StaffPrefix + member.Id,
            Id = member.Id,
            CommitteeId = member.CommitteeId,
            Name = member.Name.Trim(),
            Position = member.Position.Trim(),
            Email = string.IsNullOrWhiteSpace(member.Email) ? null : member.Email.Trim(),
            DepartmentId = member.DepartmentId,
            UserName = string.IsNullOrWhiteSpace(member.UserName) ? null : member.UserName.Trim(),
            SignsDocuments = member.SignsDocuments,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task UpsertAsync(Department department, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(department);
        await EnsureTableAsync(cancellationToken);
        await table.UpsertEntityAsync(new DirectoryEntity
        {
            PartitionKey = TableKeyEncoder.Encode(department.CommitteeId),
            RowKey = DirectoryEntity.DepartmentPrefix + department.Id,
            Id = department.Id,
            CommitteeId = department.CommitteeId,
            Name = department.Name.Trim(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>False when the person was not in the directory.</summary>
    public async Task<bool> DeleteStaffAsync(string committeeId, string staffId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeyEncoder.Encode(committeeId), DirectoryEntity.StaffPrefix + staffId, ETag.All, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }
}
