package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title, source and credit found in the text of short articles without front matter. */
class SignalsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "originally        | Body.\\nOriginally published by Reuters on April 2, 2026. | Reuters",
        "emoji source      | Body.\\n"
            + "📰 Source: The Next Platform 🔗                  | The Next Platform",
        "plain source end  | Body.\\nSource: Bloomberg.                              | Bloomberg",
        "markdown link     | Body.\\nSource: [The Verge](https://theverge.com/x)    | The Verge",
        "via on own line   | Body.\\n"
            + "via Ars Technica                                | Ars Technica",
        "sources plural    | Body.\\nSources: CNBC (April 27, 2026), Bloomberg      | ''",
        "source url        | Body.\\nSource: https://example.com/story             | ''",
        "via inside prose  | We reached them via phone and they said no comment at all. | ''",
      })
  void credit(String name, String text, String credit) {
    assertThat(Signals.fromText(text.replace("\\n", "\n")).credit()).isEqualTo(credit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "editorial team   | Body.\\nWritten by\\nChip Beat Editorial Team          | Chip Beat",
        "stories from     | Body.\\nThe best stories from Tech Daily, weekly.      | Tech Daily",
        "copyright        | Body.\\n"
            + "© 2026 The Daily Ledger. All rights reserved.  | The Daily Ledger",
        "nav neighbour    | Skip to main content\\n"
            + "The Quantum Dispatch\\n"
            + "Back to Home\\n"
            + "Body. | The Quantum Dispatch",
        "byline is not    | Some Headline About Things Here\\nDr. Nova Chen\\nBody text. | ''",
      })
  void siteName(String name, String text, String source) {
    assertThat(Signals.fromText(text.replace("\\n", "\n")).source()).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "markdown h1       | Intro words\\n## Part\\n# The Real Title #         | The Real Title",
        "cover alt text    | Cover image for A Big Deal Is Done\\n"
            + "A Big Deal   | A Big Deal Is Done",
        "section label     | AI\\n"
            + "Tech & Chips Today\\n"
            + "Chips Are Getting Faster Every Year | Chips Are Getting Faster Every Year",
        "sentence is not   | This is a sentence with a period.\\nShort          | ''",
        "emoji heading     | 🎯 The Big Picture Of It All\\nText goes here.     | ''",
        "boilerplate       | Skip to main content\\nBody.                        | ''",
        "bold headline     | **Markets Rally On Rate Cut Hopes**\\n"
            + "Body.         | Markets Rally On Rate Cut Hopes",
      })
  void title(String name, String text, String title) {
    assertThat(Signals.fromText(text.replace("\\n", "\n")).title()).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "as written          | Skip to main content      | true",
        "any case            | SKIP TO MAIN CONTENT      | true",
        "marks at both ends  | ☰ Menu ›                  | true",
        "digits at the end   | Read more 12              | true",
        "inner marks count   | Sign-in                   | false",
        "one more word       | Skip to main content now  | false",
        "no letters          | ***                       | false",
        "empty               | ''                        | false",
      })
  void boilerplate(String name, String line, boolean boilerplate) {
    assertThat(Headlines.isBoilerplate(line)).isEqualTo(boilerplate);
  }
}
