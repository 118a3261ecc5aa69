namespace MatTran.Inspections.Ratings;

/// <summary>Xếp loại of a unit at the end of an inspection, best first.</summary>
public enum Rating
{
    XuatSac,
    Tot,
    Kha,
    TrungBinh,
    Yeu,
}
