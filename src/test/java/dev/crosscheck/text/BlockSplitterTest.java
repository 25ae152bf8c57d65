package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockSplitterTest {
  private static final String LONG = "This line is long enough to be a hard wrapped line of";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("empty", "", List.of()),
        Arguments.of("blank lines", "a\n\n  \nb", List.of("a", "b")),
        Arguments.of("heading", "# Title\nBody text.", List.of("Title", "Body text.")),
        Arguments.of("heading h3", "### What Happened\n", List.of("What Happened")),
        Arguments.of(
            "quote lines",
            "> Source: <https://x.com/1>\n> Published: 2026-04-28",
            List.of("Source: <https://x.com/1>", "Published: 2026-04-28")),
        Arguments.of(
            "table rows, separator skipped",
            "| a | b |\n|---|:---:|\n| $5B | c |",
            List.of("| a | b |", "| $5B | c |")),
        Arguments.of("indented bullets", "  • one\n  • two", List.of("one", "two")),
        Arguments.of(
            "list markers",
            "- one\n* two\n1. three\n2) four",
            List.of("one", "two", "three", "four")),
        Arguments.of("thematic break", "a\n---\nb", List.of("a", "b")),
        Arguments.of(
            "hard wrap", LONG + "\nprose that goes on.", List.of(LONG + "\nprose that goes on.")),
        Arguments.of(
            "hard wrap mid number",
            LONG + " $300\nbillion deal.",
            List.of(LONG + " $300\nbillion deal.")),
        Arguments.of("CRLF hard wrap", LONG + "\r\nprose.\r\n", List.of(LONG + "\r\nprose.")),
        Arguments.of(
            "short heading line",
            "🎯 The Big Picture\nThe most consequential partnership in AI history.",
            List.of("🎯 The Big Picture", "The most consequential partnership in AI history.")),
        Arguments.of(
            "long line ending a sentence",
            "This line is long enough and it ends with a full stop.\nNext one here.",
            List.of("This line is long enough and it ends with a full stop.", "Next one here.")),
        Arguments.of(
            "sentence end before closing quote",
            "He said the deal was long enough to be worth it all.”\nNext one here.",
            List.of("He said the deal was long enough to be worth it all.”", "Next one here.")),
        Arguments.of(
            "title case line",
            "Microsoft, OpenAI Revise Partnership, Allowing Multi-Cloud Access\n"
                + "Microsoft unveiled it.",
            List.of(
                "Microsoft, OpenAI Revise Partnership, Allowing Multi-Cloud Access",
                "Microsoft unveiled it.")),
        Arguments.of(
            "heading-like next line", LONG + "\nWhy It Matters", List.of(LONG, "Why It Matters")),
        Arguments.of(
            "short lower-case next line", LONG + "\nand ends", List.of(LONG + "\nand ends")),
        Arguments.of(
            "list item never wraps",
            "- " + LONG + "\ncontinued here.",
            List.of(LONG, "continued here.")),
        Arguments.of(
            "structural line after paragraph", LONG + "\n| a | b |", List.of(LONG, "| a | b |")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsIntoBlocks(String name, String text, List<String> expected) {
    List<String> blocks =
        new BlockSplitter().split(text).stream().map(span -> span.in(text)).toList();

    assertThat(blocks).as(name).containsExactlyElementsOf(expected);
  }

  @Test
  void endsSentenceLooksPastClosingQuotesAndEmphasis() {
    assertThat(BlockSplitter.endsSentence("Done.\"")).isTrue();
    assertThat(BlockSplitter.endsSentence("Done?**")).isTrue();
    assertThat(BlockSplitter.endsSentence("Key changes include:")).isTrue();
    assertThat(BlockSplitter.endsSentence("(April 27, 2026)")).isFalse();
    assertThat(BlockSplitter.endsSentence("")).isFalse();
  }

  @Test
  void titleLikeNeedsThreeCapitalizedLongWords() {
    assertThat(BlockSplitter.isTitleLike("Microsoft And OpenAI Remain Friends")).isTrue();
    assertThat(BlockSplitter.isTitleLike("The Future Of Partnership Deals")).isTrue();
    assertThat(BlockSplitter.isTitleLike("Microsoft and OpenAI announced a deal")).isFalse();
    assertThat(BlockSplitter.isTitleLike("AI Era")).isFalse();
  }
}
