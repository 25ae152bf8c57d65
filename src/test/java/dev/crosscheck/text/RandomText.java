package dev.crosscheck.text;

import java.util.Random;

/** Random messy text for property tests: markup, odd Unicode, lone surrogates, numbers. */
final class RandomText {
  private static final String[] PIECES = {
    "a",
    "Z",
    "7",
    "$13.75B",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    "!",
    "?",
    ":",
    "|",
    "# ",
    "> ",
    "- ",
    "• ",
    "1. ",
    "---",
    "**",
    "__",
    "[",
    "]",
    "(",
    ")",
    "https://x.com/5",
    "<https://y.org/7>",
    "[link](https://z.net/9)",
    "\u2026",
    "\u00BD",
    "\u2011",
    "\u2014",
    "\u2019",
    "\u201C",
    "\u00A0",
    "\u200B",
    "\u00AD",
    "\u200F",
    "\uFEFF",
    "\u0301",
    "\uD83C\uDFAF",
    "\uD83C",
    "\uDFAF",
    "\uFF11",
    "\u3392",
    "\uFB01",
    "The Big Picture ",
    "billion ",
    "percent",
  };

  private RandomText() {}

  static String next(Random random, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(10) == 0) {
        sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }
}
