package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Sentence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the sentence detector may break, through the real model: each row is a text and its
 * sentences, joined by " | ".
 */
class SentenceBreaksTest {
  private final OpenNlpSegmenter segmenter =
      OpenNlpSegmenter.create(SampleCorpus.models(), s -> false);

  @ParameterizedTest
  @CsvSource(delimiter = ';', textBlock = """
      # a period inside a number or a word
      The bank set aside $1.5 billion for bad loans.; The bank set aside $1.5 billion for bad loans.
      Shares rose 2.5 percent. Analysts cheered.; Shares rose 2.5 percent. | Analysts cheered.
      The U.S. economy grew 3.1 percent.; The U.S. economy grew 3.1 percent.
      # AP-style months and No. before a number
      The merger closed on Jan. 5, 2026.; The merger closed on Jan. 5, 2026.
      The company announced the deal on Apr. 27 in a statement.; The company announced the deal on Apr. 27 in a statement.
      The sale ended on Feb. 29. Prices fell.; The sale ended on Feb. 29. | Prices fell.
      It became the No. 2 carrier in Europe.; It became the No. 2 carrier in Europe.
      It called the plant its "No. 2" priority for 2026.; It called the plant its "No. 2" priority for 2026.
      The deal was signed on [Jan. 5, 2026] in Paris.; The deal was signed on [Jan. 5, 2026] in Paris.
      The state approved projects worth Rs. 1,200 crore.; The state approved projects worth Rs. 1,200 crore.
      # an abbreviation before a word in lower case
      Microsoft Corp. said it plans to cut 10,000 jobs.; Microsoft Corp. said it plans to cut 10,000 jobs.
      Microsoft Corp. (MSFT) said it plans to cut 10,000 jobs.; Microsoft Corp. (MSFT) said it plans to cut 10,000 jobs.
      # a title before a name
      The toll rose to 99, Hawaii Gov. Josh Green said.; The toll rose to 99, Hawaii Gov. Josh Green said.
      # ordinary breaks stay
      Revenue rose. Profit fell 3%. Costs were flat.; Revenue rose. | Profit fell 3%. | Costs were flat.
      """)
  void breaksOnlyWhereASentenceCanEnd(String text, String expected) {
    List<String> sentences =
        segmenter.segment(SampleCorpus.article(text)).stream().map(Sentence::text).toList();
    assertThat(sentences).containsExactlyElementsOf(Arrays.asList(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', textBlock = """
      $1.5 billion;          2;  false
      U.S. economy;          1;  true
      U.S. economy;          3;  true
      e.g. this;             1;  false
      in 2025.Profit fell;   7;  true
      "No. 2";               3;  false
      [Jan. 5;               4;  false
      —Jan. 5;               4;  false
      co-Jan. 5;             6;  true
      on Jan. 5;             6;  false
      in Jan. Then;          6;  true
      on Jan.;               6;  true
      the No. 2 carrier;     6;  false
      at No. Ten;            5;  true
      a Jan. 5 (Mar. 3);     13; false
      rose 5%. Then;         7;  true
      worth Rs. 500;         8;  false
      Gov. Josh Green;       3;  false
      Corp. said;            4;  false
      Corp. (MSFT) said;     4;  false
      Acme Corp. (That);     9;  false
      in 2023. xAI raised;   7;  true
      Dr. Ana Ruiz;          2;  false
      Sen. Ana Ruiz;         3;  false
      met the Gov.;          11; true
      """)
  void vetoesBreaksInsideNumbersAndAfterAbbreviationsBeforeNumbers(
      String text, int at, boolean acceptable) {
    assertThat(text.charAt(at)).isEqualTo('.');
    assertThat(SentenceBreaks.acceptable(text, at)).isEqualTo(acceptable);
  }
}
