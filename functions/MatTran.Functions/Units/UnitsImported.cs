namespace MatTran.Functions.Units;

public sealed record UnitsImported(int Imported);
