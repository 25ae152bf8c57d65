package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginsTest {
  @ParameterizedTest
  @CsvSource({
    "The Next Platform, nextplatform",
    "nextplatform.com, nextplatform",
    "https://www.nextplatform.com/ai/2026/04/28/x, nextplatform",
    "www.nextplatform.com, nextplatform",
    "Chip Beat, chipbeat",
    "'', ''",
  })
  void outletKeysCompareLoosely(String name, String key) {
    assertThat(Origins.outletKey(name)).isEqualTo(key);
  }
}
