package dev.crosscheck.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures of word 5-gram shingles, to find syndicated copies and light rewrites without
 * comparing all pairs: articles whose signatures share a band are candidates, and the fraction of
 * equal entries estimates the Jaccard similarity of their shingle sets. Stateless.
 */
final class MinHash {
  /** Entries per signature. */
  static final int SIZE = 64;
  /** Entries per band; {@code SIZE / ROWS} bands. */
  static final int ROWS = 4;
  /** Estimated shingle overlap at or above which two texts count as one origin. */
  static final double NEAR_DUPLICATE = 0.5;
  private static final int SHINGLE = 5;
  private static final int MIN_WORDS = 40;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MinHash() {}

  /** The signature of {@code text}, or an empty array when it is too short to judge. */
  static int[] signature(String text) {
    String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
    words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length < MIN_WORDS) {
      return new int[0];
    }
    byte[][] bytes = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      bytes[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = fnv(bytes, i);
      for (int k = 0; k < SIZE; k++) {
        int v = (int) (mix(h + 0x9E3779B97F4A7C15L * (k + 1)) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** One key per band: equal keys mean the band's entries are all equal. */
  static long[] bands(int[] sig) {
    long[] keys = new long[sig.length / ROWS];
    for (int b = 0; b < keys.length; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  static double similarity(int[] a, int[] b) {
    if (a.length != SIZE || b.length != SIZE) {
      return 0;
    }
    int same = 0;
    for (int k = 0; k < SIZE; k++) {
      same += a[k] == b[k] ? 1 : 0;
    }
    return (double) same / SIZE;
  }

  static byte[] toBytes(int[] sig) {
    ByteBuffer buffer = ByteBuffer.allocate(sig.length * Integer.BYTES);
    for (int v : sig) {
      buffer.putInt(v);
    }
    return buffer.array();
  }

  static int[] fromBytes(byte[] bytes, int offset, int length) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[length / Integer.BYTES];
    for (int k = 0; k < sig.length; k++) {
      sig[k] = buffer.getInt();
    }
    return sig;
  }

  /** FNV-1a over the shingle's words, each closed by a space; {@code words} as UTF-8, once each. */
  private static long fnv(byte[][] words, int from) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < from + SHINGLE; i++) {
      for (byte b : words[i]) {
        h = (h ^ b) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer: spreads bits so that one shingle hash gives many independent ones. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
