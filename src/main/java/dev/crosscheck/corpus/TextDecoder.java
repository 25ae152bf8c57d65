package dev.crosscheck.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns file bytes into text: UTF-8 (BOM stripped), UTF-16 LE/BE when a BOM says so, and
 * windows-1252 for bytes that are not valid UTF-8. Recognises binary content first (known
 * signatures, NUL bytes, many control characters). Stateless.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;
  private static final List<byte[]> SIGNATURES =
      List.of(
          new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          new byte[] {'%', 'P', 'D', 'F'},
          new byte[] {0x1f, (byte) 0x8b},
          new byte[] {'P', 'K', 3, 4},
          new byte[] {'G', 'I', 'F', '8'},
          new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  /**
   * The decoded text, or a problem. {@code binary} means the file must be skipped; {@code warning}
   * (possibly null) is a one-line note about a fallback decoding.
   */
  record Decoded(String text, boolean binary, String warning) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
      return utf8(bytes, 3);
    }
    if (startsWith(bytes, 0xff, 0xfe)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    if (startsWith(bytes, 0xfe, 0xff)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    if (looksBinary(bytes)) {
      return new Decoded("", true, null);
    }
    return utf8(bytes, 0);
  }

  private static Decoded utf8(byte[] bytes, int skip) {
    Optional<String> text = strictDecode(bytes, skip, StandardCharsets.UTF_8);
    if (text.isPresent()) {
      return new Decoded(text.get(), false, null);
    }
    String fallback = new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
    return new Decoded(fallback, false, "not valid UTF-8, read as windows-1252");
  }

  private static Decoded strict(byte[] bytes, int skip, Charset charset, String name) {
    Optional<String> text = strictDecode(bytes, skip, charset);
    if (text.isPresent()) {
      return new Decoded(text.get(), false, null);
    }
    String lenient = new String(bytes, skip, bytes.length - skip, charset);
    return new Decoded(lenient, false, "invalid " + name + " sequences replaced with U+FFFD");
  }

  private static Optional<String> strictDecode(byte[] bytes, int skip, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** NUL bytes, a known binary signature, or more than one control byte in ten. */
  static boolean looksBinary(byte[] bytes) {
    for (byte[] signature : SIGNATURES) {
      if (startsWith(bytes, signature)) {
        return true;
      }
    }
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    byte[] p = new byte[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      p[i] = (byte) prefix[i];
    }
    return startsWith(bytes, p);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
