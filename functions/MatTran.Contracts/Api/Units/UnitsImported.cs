namespace MatTran.Api.Units;

public sealed record UnitsImported(int Imported);
