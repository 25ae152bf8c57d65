package dev.crosscheck.extract;

import dev.crosscheck.extract.SentenceView.Entity;
import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists of amounts that "respectively" spreads over a list of names: "Nvidia and Microsoft plan
 * to invest up to $10 billion and $5 billion respectively in Anthropic". Stateless.
 */
final class Respectively {
  private static final Set<String> LIST_WORDS = Set.of("and", ",", "%", "percent", "up", "to",
      "about", "some", "roughly", "around", "nearly", "almost", "over", "more", "than");

  private Respectively() {}

  /**
   * "Nvidia and Microsoft plan to invest up to $10 billion and $5 billion respectively": the n-th
   * amount of a list that "respectively" closes belongs to the n-th of the names listed before it.
   */
  static Optional<Entity> holder(SentenceView view, int last) {
    int[] list = respectiveList(view, last);
    if (list.length == 0) {
      return Optional.empty();
    }
    List<Token> tokens = view.tokens();
    int amounts = 0;
    int index = -1;
    for (int k = list[0]; k < list[1]; k++) {
      boolean startsAmount = Texts.hasCurrencySign(tokens.get(k).text())
          || (tokens.get(k).tag().equals("NUM") && !Amounts.closesAmount(view, k - 1)
              && !(k > 0 && Texts.hasCurrencySign(tokens.get(k - 1).text())));
      if (startsAmount) {
        amounts++;
        index = k <= last ? amounts - 1 : index;
      }
    }
    List<Entity> listed = namesOver(view, list);
    return amounts == listed.size() && index >= 0
        ? Optional.of(listed.get(index)) : Optional.empty();
  }

  /** The names a "respectively" list of amounts around {@code last} is spread over, or none. */
  static List<Entity> names(SentenceView view, int last) {
    return namesOver(view, respectiveList(view, last));
  }

  private static List<Entity> namesOver(SentenceView view, int[] list) {
    List<Entity> listed = list.length == 0 ? List.of() : namesListedBefore(view, list[0]);
    return listed.size() > 1 ? listed : List.of();
  }

  /**
   * The first token after the figure at {@code last}, or after the "respectively" list it belongs
   * to: "$10 billion and $5 billion respectively in Anthropic" is about Anthropic, each of them.
   */
  static int afterFigure(SentenceView view, int last) {
    int[] list = respectiveList(view, last);
    return list.length == 0 ? last + 1 : list[1];
  }

  /**
   * The tokens {@code [start, end)} of the list of amounts around {@code last} when
   * "respectively" closes it, else an empty array.
   */
  private static int[] respectiveList(SentenceView view, int last) {
    int end = last + 1;
    while (end < view.tokens().size() && inAmountList(view, end)) {
      end++;
    }
    if (end >= view.tokens().size() || !view.lower(end).equals("respectively")) {
      return new int[0];
    }
    int start = last;
    while (start > 0 && inAmountList(view, start - 1)) {
      start--;
    }
    return new int[] {start, end};
  }

  /** A token of a list of amounts: numbers, signs, "and", commas and hedges. */
  private static boolean inAmountList(SentenceView view, int k) {
    Token t = view.tokens().get(k);
    return t.tag().equals("NUM") || t.tag().equals("SYM") || Texts.hasCurrencySign(t.text())
        || LIST_WORDS.contains(view.lower(k));
  }

  /** The names joined by "and" or commas nearest before token {@code before}, in order. */
  private static List<Entity> namesListedBefore(SentenceView view, int before) {
    List<Entity> earlier = view.entities().stream().filter(e -> e.to() <= before).toList();
    Deque<Entity> listed = new ArrayDeque<>();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Entity e = earlier.get(i);
      if (!listed.isEmpty() && !onlyJoiners(view, e.to(), listed.getFirst().from())) {
        break;
      }
      listed.addFirst(e);
    }
    return List.copyOf(listed);
  }

  private static boolean onlyJoiners(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!view.lower(k).equals("and") && !view.lower(k).equals(",")) {
        return false;
      }
    }
    return from < to;
  }
}
