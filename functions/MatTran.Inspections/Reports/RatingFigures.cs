using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Reports;

/// <summary>
/// Ratings given (one per rated engagement, follow-ups included) by rating, and the share rated "tốt trở lên"
/// (Xuất sắc or Tốt) among them.
/// </summary>
public sealed record RatingFigures(IReadOnlyDictionary<Rating, int> ByRating, int Rated, Share GoodOrAbove);
