using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MatTran.Inspections.Validation;

/// <summary>
/// Walks a request object (a body record and everything it holds) and checks every text with <see cref="TextRules"/>
/// and every list against its <see cref="MaxItemsAttribute"/>, naming each offender by its JSON path
/// (<c>inspections[2].teamLead</c>). Fails closed: a request type with a text or list member that declares no limit is
/// a programming error (<see cref="InvalidOperationException"/>), so a new field cannot slip past the edge check.
/// </summary>
public static class RequestTextValidator
{
    private static readonly ConcurrentDictionary<Type, Member[]> s_members = new();

    public static ValidationResult Validate(object? request)
    {
        var builder = new ValidationResultBuilder();
        if (request is not null)
        {
            Walk(request, null, builder);
        }

        return builder.Build();
    }

    /// <summary>Checks that every text and list reachable from <paramref name="type"/> declares its limit; throws otherwise.</summary>
    public static void EnsureDeclared(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _ = MembersOf(type);
    }

    private static void Walk(object value, string? path, ValidationResultBuilder builder)
    {
        foreach (var member in MembersOf(value.GetType()))
        {
            object? content = member.Property.GetValue(value);
            if (content is null)
            {
                continue;
            }

            string field = path is null ? member.Name : FieldPath.Member(path, member.Name);
            switch (member.Kind)
            {
                case MemberKind.Text:
                    TextRules.Check(builder, field, (string)content, member.Text!.MaxLength, member.Text.SingleLine);
                    break;
                case MemberKind.Record:
                    Walk(content, field, builder);
                    break;
                default:
                    WalkList(member, (IEnumerable)content, field, builder);
                    break;
            }
        }
    }

    private static void WalkList(Member member, IEnumerable items, string field, ValidationResultBuilder builder)
    {
        int index = 0;
        foreach (object? item in items)
        {
            if (item is not null)
            {
                string itemField = $"{field}[{index}]";
                if (member.Kind == MemberKind.TextList)
                {
                    TextRules.Check(builder, itemField, (string)item, member.Text!.MaxLength, member.Text.SingleLine);
                }
                else
                {
                    Walk(item, itemField, builder);
                }
            }

            index++;
        }

        if (index > member.Items!.MaxItems)
        {
            builder.Error(member.Items.Code, field, ValidationTexts.TooManyItems(member.Items.MaxItems));
        }
    }

    private static Member[] MembersOf(Type type) => s_members.GetOrAdd(type, Describe);

    private static Member[] Describe(Type type)
    {
        var members = new List<Member>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            string name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var text = property.GetCustomAttribute<TextLimitAttribute>();
            var items = property.GetCustomAttribute<MaxItemsAttribute>();
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(string))
            {
                members.Add(new Member(property, name, MemberKind.Text, Require(text, type, property), null));
            }
            else if (ElementOf(propertyType) is { } element)
            {
                Require(items, type, property);
                if (element == typeof(string))
                {
                    members.Add(new Member(property, name, MemberKind.TextList, Require(text, type, property), items));
                }
                else if (IsRecord(element))
                {
                    _ = MembersOf(element);
                    members.Add(new Member(property, name, MemberKind.RecordList, null, items));
                }
                else
                {
                    throw Undeclared(type, property, "a list of values the edge check cannot read");
                }
            }
            else if (IsRecord(propertyType))
            {
                _ = MembersOf(propertyType);
                members.Add(new Member(property, name, MemberKind.Record, null, null));
            }
            else if (!propertyType.IsValueType)
            {
                throw Undeclared(type, property, "a member the edge check cannot read");
            }
        }

        return [.. members];
    }

    /// <summary>The item type of a list member (any <see cref="IEnumerable{T}"/> but a string), or null.</summary>
    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    /// <summary>A request's own nested shapes: classes of this product's assemblies (records in practice).</summary>
    private static bool IsRecord(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("MatTran.", StringComparison.Ordinal) == true;

    private static T Require<T>(T? declared, Type type, PropertyInfo property)
        where T : Attribute =>
        declared ?? throw Undeclared(type, property, $"no [{typeof(T).Name.Replace("Attribute", string.Empty, StringComparison.Ordinal)}]");

    private static InvalidOperationException Undeclared(Type type, PropertyInfo property, string what) =>
        new($"{type.Name}.{property.Name} has {what}: every text and list of a request must declare its limit (docs/api.md § Limits).");

    private enum MemberKind
    {
        Text,
        TextList,
        Record,
        RecordList,
    }

    private sealed record Member(PropertyInfo Property, string Name, MemberKind Kind, TextLimitAttribute? Text, MaxItemsAttribute? Items);
}
