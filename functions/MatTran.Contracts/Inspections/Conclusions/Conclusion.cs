using MatTran.Inspections.Ratings;

namespace MatTran.Inspections.Conclusions;

/// <summary>Thông báo kết luận: the approved outcome of an inspection.</summary>
/// <param name="FollowUp">True when the conclusion itself asks for a follow-up inspection (phúc tra).</param>
public sealed record Conclusion(string Text, Rating Rating, IReadOnlyList<Recommendation> Recommendations, bool FollowUp);
