package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes claims in the gold table's own syntax, so that mismatches read like the table. */
final class ClaimText {
  private ClaimText() {}

  static String of(ExpectedClaim x) {
    String s = String.join("|", x.kind().name(), number(x.kind(), x.value()), x.unit(),
        number(x.kind(), x.low()), number(x.kind(), x.high()), role(x.role()), x.change().name(),
        x.surface());
    return withTimeframe(s, x.timeframe());
  }

  static String of(Claim c) {
    String s = String.join("|", c.kind().name(), number(c.kind(), c.quantity().value()),
        c.quantity().unit().code(), number(c.kind(), c.quantity().low()),
        number(c.kind(), c.quantity().high()), role(c.role()), c.change().name(), c.surface());
    return withTimeframe(s, c.timeframe());
  }

  /** The gold table's optional ninth field: PREVIOUS or POSSIBLE. */
  private static String withTimeframe(String claim, Timeframe timeframe) {
    return timeframe == Timeframe.CURRENT ? claim : claim + "|" + timeframe.name();
  }

  static String of(Subject s) {
    List<String> parts = new ArrayList<>();
    parts.add("holder=" + s.holder());
    parts.add("attribute=" + s.attribute());
    parts.add("counterpart=" + s.counterpart());
    parts.add("terms=" + s.terms());
    return String.join(" ", parts);
  }

  private static String role(TimeRole role) {
    return role == TimeRole.NONE ? "-" : role.name();
  }

  private static String number(ClaimKind kind, BigDecimal n) {
    if (n == null) {
      return "*";
    }
    if (kind == ClaimKind.DATE && n.scale() <= 0) {
      return LocalDate.ofEpochDay(n.longValueExact()).toString();
    }
    return n.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
  }
}
