package dev.crosscheck.model;

/**
 * How many articles and topics a result holds, and how many of the topics have each status: what
 * a report's header and a run's last line say. Immutable.
 */
public record ResultSummary(int articles, int topics, int conflicts, int agreements, int singles) {
  public ResultSummary {
    if (articles < 0 || topics < 0 || conflicts < 0 || agreements < 0 || singles < 0
        || conflicts + agreements + singles != topics) {
      throw new IllegalArgumentException("counts must be at least 0 and add up to the topics: "
          + topics + " != " + conflicts + " + " + agreements + " + " + singles);
    }
  }

  /** The counts of {@code result}. */
  public static ResultSummary of(CrossCheckResult result) {
    int[] byStatus = new int[TopicStatus.values().length];
    for (Topic topic : result.topics()) {
      byStatus[topic.status().ordinal()]++;
    }
    return new ResultSummary(result.articles().size(), result.topics().size(),
        byStatus[TopicStatus.CONFLICT.ordinal()], byStatus[TopicStatus.AGREE.ordinal()],
        byStatus[TopicStatus.SINGLE.ordinal()]);
  }
}
