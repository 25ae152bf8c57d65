package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/** A half-open character range {@code [start, end)} into some text. Immutable. */
public record TextSpan(int start, int end) {
  public TextSpan {
    Checks.argument(
        start >= 0 && start <= end, "span must satisfy 0 <= start <= end, was [%d, %d)", start, end);
  }

  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  /** This span moved right by {@code offset} characters. */
  public TextSpan shift(int offset) {
    return new TextSpan(start + offset, end + offset);
  }

  /** The text this span covers in {@code text}. */
  public String in(CharSequence text) {
    Checks.argument(
        end <= text.length(), "span [%d, %d) exceeds text length %d", start, end, text.length());
    return text.subSequence(start, end).toString();
  }
}
