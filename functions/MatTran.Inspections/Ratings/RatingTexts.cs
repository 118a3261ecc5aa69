namespace MatTran.Inspections.Ratings;

/// <summary>Vietnamese display names of ratings.</summary>
public static class RatingTexts
{
    public static string DisplayName(this Rating rating) => rating switch
    {
        Rating.XuatSac => "Xuất sắc",
        Rating.Tot => "Tốt",
        Rating.Kha => "Khá",
        Rating.TrungBinh => "Trung bình",
        Rating.Yeu => "Yếu",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
