package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule that says whether two claims may be about the same thing. Small record rules are
 * combined with {@link AllOf}; {@link #DEFAULT} is the rule the reconciler uses. All rules are
 * immutable, thread-safe and symmetric.
 */
sealed interface SameThing {
  boolean test(Claim a, Claim b);

  /**
   * Same kind, comparable unit, role and change; holder and counterpart that do not contradict
   * each other; attributes that do not differ; the same dated event.
   */
  SameThing DEFAULT =
      new AllOf(
          List.of(
              new SameKind(),
              new ComparableUnit(),
              new SameRole(),
              new SameChange(),
              new CompatibleParties(),
              new CompatibleAttribute(),
              new SameScope()));

  /** Every rule holds. */
  record AllOf(List<SameThing> rules) implements SameThing {
    public AllOf {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(Claim a, Claim b) {
      return rules.stream().allMatch(r -> r.test(a, b));
    }
  }

  /** Same claim kind. */
  record SameKind() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.kind() == b.kind();
    }
  }

  /** Units of one dimension and base: never USD with EUR, percent with percentage points. */
  record ComparableUnit() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.quantity().unit().comparableWith(b.quantity().unit());
    }
  }

  /** Same temporal role: an end date is never compared with a start date. */
  record SameRole() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.role() == b.role();
    }
  }

  /** A change is never compared with a level. */
  record SameChange() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.change() == b.change();
    }
  }

  /**
   * The parties one claim names are among those the other names: {Microsoft} fits {Microsoft,
   * OpenAI}, but {Amazon, Anthropic} does not fit {Microsoft, Anthropic}.
   */
  record CompatibleParties() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      Set<String> pa = parties(a);
      Set<String> pb = parties(b);
      return pa.containsAll(pb) || pb.containsAll(pa);
    }
  }

  /** The same attribute, or one claim names none ("the 2030 deadline"). */
  record CompatibleAttribute() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      String x = a.subject().attribute();
      String y = b.subject().attribute();
      return x.isEmpty() || y.isEmpty() || x.equals(y);
    }
  }

  /** The same dated event, or neither dated: "$1 billion in 2019" is not the running total. */
  record SameScope() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.subject().scope().equals(b.subject().scope());
    }
  }

  /** Lower-cased holder and counterpart. */
  static Set<String> parties(Claim c) {
    Set<String> out = new HashSet<>();
    for (String p : c.subject().parties()) {
      out.add(p.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Positive evidence that two compatible claims are about one thing: the same named attribute,
   * or (except for points in time, which need the attribute) a shared party.
   */
  static boolean related(Claim a, Claim b) {
    String x = a.subject().attribute();
    if (!x.isEmpty() && x.equals(b.subject().attribute())) {
      return true;
    }
    boolean pointInTime =
        (a.kind() == ClaimKind.YEAR || a.kind() == ClaimKind.DATE) && a.role() == TimeRole.POINT;
    if (pointInTime) {
      return false;
    }
    Set<String> shared = parties(a);
    shared.retainAll(parties(b));
    return !shared.isEmpty();
  }
}
