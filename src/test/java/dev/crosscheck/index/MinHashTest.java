package dev.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Near-duplicate signatures: what they estimate, and that they never change between versions. */
class MinHashTest {
  private static final String TEXT = "The quick brown fox jumps over the lazy dog while the cat"
      + " watches from the old stone wall near the river, and the farmer counts forty two sheep in"
      + " the green field before the rain begins to fall on the quiet village.";

  @Test
  void signaturesAreStableAcrossVersionsSinceIndexesKeepThem() {
    int[] sig = MinHash.signature(TEXT);
    assertThat(sig).hasSize(MinHash.SIZE).startsWith(76734848, 58725610, 56181364, 63003711,
        6591056, 10774928, 155940201, 26006588);
    assertThat(sig[MinHash.SIZE - 1]).isEqualTo(25481772);
  }

  @Test
  void aCopyIsTheSameAndCaseOrPunctuationDoNotCount() {
    String copy = TEXT.toUpperCase(java.util.Locale.ROOT).replace(",", " -- ");
    assertThat(MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(copy))).isEqualTo(1.0);
  }

  @Test
  void aLightRewriteIsNearAndAnotherTextIsFar() {
    String rewrite = TEXT.replace("forty two", "forty three").replace("quiet", "sleepy");
    String other = "Shares of the chipmaker rose eight percent after hours as revenue beat"
        + " forecasts for the fourth quarter, while the company raised its guidance for the"
        + " coming year and announced a new factory in Arizona to open in 2027 with jobs.";
    assertThat(MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(rewrite)))
        .isGreaterThanOrEqualTo(MinHash.NEAR_DUPLICATE);
    assertThat(MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(other)))
        .isLessThan(0.2);
  }

  @Test
  void aTextTooShortToJudgeHasNoSignatureAndIsNearNothing() {
    int[] none = MinHash.signature("Too short to judge.");
    assertThat(none).isEmpty();
    assertThat(MinHash.similarity(none, none)).isZero();
  }

  @Test
  void bytesRoundTrip() {
    int[] sig = MinHash.signature(TEXT);
    byte[] bytes = MinHash.toBytes(sig);
    assertThat(MinHash.fromBytes(bytes, 0, bytes.length)).isEqualTo(sig);
  }
}
