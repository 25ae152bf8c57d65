package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences {@link Extractors#mayHoldClaim} lets through to tokenizing and extraction. */
class MayHoldClaimTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The deal was valued at $13.75B.             | true
          Revenue rose 5% last quarter.               | true
          It costs €40.                               | true
          The licence runs through 2032.              | true
          It runs for seven years.                    | true
          It was a decade-long partnership.           | true
          SEVEN YEARS OF TALKS                        | true
          Hundreds of homes were flooded.             | true
          Profit doubled.                             | true
          The vote is on Monday.                      | true
          It was signed in April.                     | true
          The talks began in Sept. with both sides.   | true
          The plant will add a gigawatt.              | true
          It may rain.                                | true
          Earlier this month the firm said so.        | true
          The sky is blue.                            | false
          Someone said nothing at all.                | false
          Tens of people.                             | false
          Yearly reviews continue.                    | false
          Maybe the firm will agree.                  | false
          Oneida and Tenby are places.                | false
          """)
  void cues(String sentence, boolean expected) {
    assertThat(Extractors.mayHoldClaim(sentence)).isEqualTo(expected);
  }
}
