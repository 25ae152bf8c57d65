package dev.crosscheck.reconcile;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Unit;
import dev.crosscheck.model.ValueFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a topic's label the way a fact-checker would note it: what is measured, who holds it, the
 * other party, and which aspect: "Microsoft's license · OpenAI — ends". Stateless.
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
    if (attribute.isEmpty() && !holder.isEmpty()) {
      // Only frame words ("deal", "embrace") were found: name the parties, not a guessed attribute.
      List<String> parties = new java.util.ArrayList<>(List.of(holder));
      if (!counterpart.isEmpty()) {
        parties.add(counterpart);
      }
      java.util.Collections.sort(parties);
      return String.join(" · ", parties) + " — " + aspect(claims.get(0));
    }
    if (attribute.isEmpty()) {
      attribute = mostCommon(claims, c -> c.subject().attributeText().toLowerCase(java.util.Locale.ROOT));
    }
    if (attribute.isEmpty() && holder.isEmpty()) {
      return aspect(claims.get(0)); // "how many stores"
    }
    StringBuilder label = new StringBuilder();
    if (!holder.isEmpty()) {
      label.append(holder).append(holder.endsWith("s") ? "' " : "'s "); // "Brightwater Foods'"
    }
    label.append(attribute);
    if (!counterpart.isEmpty()) {
      label.append(" · ").append(counterpart);
    }
    return label.append(" — ").append(aspect(claims.get(0))).toString();
  }

  private static String aspect(Claim c) {
    if (c.change() == Change.CHANGE) {
      return "change";
    }
    if (c.kind().isTime()) {
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
        Unit unit = c.quantity().unit();
        return ValueFormat.namesScale(unit)
            ? unit.code()
            : "how many " + ValueFormat.plural(unit.code());
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
