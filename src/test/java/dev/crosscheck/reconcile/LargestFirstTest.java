package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LargestFirstTest {
  @Test
  void resultsComeInTheItemsOrderWhateverTheirSize() {
    List<Integer> items = IntStream.range(0, 1_000).map(i -> (i * 7919) % 1_000).boxed().toList();
    assertThat(LargestFirst.map(items, i -> i, i -> i * 2))
        .containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
  }

  @Test
  void everyItemIsMappedOnce() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    LargestFirst.map(items, i -> 1, i -> {
      assertThat(seen.add(i)).as("item %d mapped twice", i).isTrue();
      return i;
    });
    assertThat(seen).hasSize(500);
  }

  @Test
  void noItemsNoResults() {
    assertThat(LargestFirst.map(List.<Integer>of(), i -> i, i -> i)).isEmpty();
  }

  @Test
  void aFailureIsRethrownAsItself() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    assertThatThrownBy(() -> LargestFirst.map(items, i -> i, i -> {
      if (i == 42) {
        throw new IllegalStateException("item 42");
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("item 42");
  }
}
