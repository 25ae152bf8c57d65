package dev.crosscheck.internal;

import java.util.Objects;

/** Argument and state checks that produce messages naming the bad value. Not API. */
public final class Checks {
  private static final int SNIPPET = 80;

  private Checks() {}

  /** Throws {@link NullPointerException} naming {@code what} when {@code value} is null. */
  public static <T> T notNull(T value, String what) {
    return Objects.requireNonNull(value, () -> what + " must not be null");
  }

  /** Throws {@link IllegalArgumentException} with a formatted message unless {@code ok}. */
  public static void argument(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /**
   * Throws {@link IllegalArgumentException} with {@code message}'s text unless {@code ok}: for
   * checks on hot paths whose message costs something to build (a {@link #snippet}).
   */
  public static void argument(boolean ok, java.util.function.Supplier<String> message) {
    if (!ok) {
      throw new IllegalArgumentException(message.get());
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message unless {@code ok}. */
  public static void state(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** The text cut to 80 characters with an ellipsis, line breaks shown as spaces, for messages. */
  public static String snippet(CharSequence text) {
    String flat = text.toString().replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
  }
}
