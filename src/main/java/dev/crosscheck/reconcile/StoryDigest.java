package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The digest of a story's claims, in order: equal digests mean claims that group alike. Every
 * component of a claim takes part, through the record's {@code toString}, which is stable across
 * runs because claims hold only records, strings, decimals, enums and lists.
 */
final class StoryDigest {
  private StoryDigest() {}

  static String of(List<Claim> claims) {
    MessageDigest sha = sha256();
    for (Claim c : claims) {
      sha.update(c.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** True when {@code groups}, none empty, name every position below {@code size} exactly once. */
  static boolean fits(List<List<Integer>> groups, int size) {
    boolean[] seen = new boolean[size];
    int count = 0;
    for (List<Integer> group : groups) {
      if (group.isEmpty()) {
        return false;
      }
      for (int at : group) {
        if (at < 0 || at >= size || seen[at]) {
          return false;
        }
        seen[at] = true;
        count++;
      }
    }
    return count == size;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
