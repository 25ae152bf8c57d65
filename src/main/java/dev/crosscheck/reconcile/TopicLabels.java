package dev.crosscheck.reconcile;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a topic's label the way a fact-checker would note it: what is measured, who holds it, the
 * other party, and which aspect: "license · Microsoft · OpenAI — ends". Stateless.
 */
final class TopicLabels {
  private TopicLabels() {}

  static String of(List<Claim> claims) {
    String holder = mostCommon(claims, c -> c.subject().holder());
    String counterpart = mostCommon(claims, c -> c.subject().counterpart());
    if (counterpart.equals(holder)) {
      counterpart = "";
    }
    String attribute = mostCommon(claims, c -> c.subject().attribute());
    if (attribute.isEmpty()) {
      attribute = mostCommon(claims, c -> c.subject().attributeText().toLowerCase(java.util.Locale.ROOT));
    }
    StringBuilder label = new StringBuilder(attribute);
    for (String party : List.of(holder, counterpart)) {
      if (!party.isEmpty()) {
        label.append(label.length() == 0 ? "" : " · ").append(party);
      }
    }
    if (label.length() == 0) {
      label.append(claims.get(0).kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    return label.append(" — ").append(aspect(claims.get(0))).toString();
  }

  private static String aspect(Claim c) {
    if (c.change() == Change.CHANGE) {
      return "change";
    }
    if (c.kind() == ClaimKind.YEAR || c.kind() == ClaimKind.DATE) {
      return c.role() == TimeRole.END ? "ends" : c.role() == TimeRole.START ? "starts" : "when";
    }
    switch (c.kind()) {
      case MONEY:
        return "amount";
      case PERCENT:
        return "percentage";
      case DURATION:
        return "how long";
      default:
        return "how many " + c.quantity().unit().code();
    }
  }

  private static String mostCommon(List<Claim> claims, Function<Claim, String> field) {
    Map<String, Integer> counts = new HashMap<>();
    for (Claim c : claims) {
      String v = field.apply(c);
      if (!v.isEmpty()) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
