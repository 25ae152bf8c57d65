package dev.crosscheck;

import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.model.ArticleId;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The size and modification time of each corpus file at the last index run, with the ids of the
 * articles read from it, kept beside the index: a file whose stamp has not changed need not be
 * read, parsed and fingerprinted again, which was most of an unchanged re-run. As in git's index,
 * a stamp is trusted only under the commit it was saved with ({@link
 * dev.crosscheck.index.ClaimStore#version()}), so articles indexed from memory since then, a
 * crash before saving or a rebuilt index all void it; and a file modified less than {@link
 * #RACY_NANOS} before the stamps were saved is read again, since a change within the file
 * system's time resolution would keep its stamp. Files that gave any diagnostic are never
 * stamped, so their problems are reported on every run. Kept in a {@link CacheFile}: a missing or
 * damaged one only costs time. Thread-safe.
 */
final class FileStamps {
  static final String FILE_NAME = "crosscheck-files.bin";
  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final int MAGIC = 0x43584632; // "CXF2"

  /** A file's size and modification time, in nanoseconds. */
  record Stamp(long size, long modifiedNanos) {
    /** The stamp of {@code file} now; empty when it cannot be read. */
    static Optional<Stamp> of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Optional.of(new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

  private record Entry(Stamp stamp, List<ArticleId> articles) {}

  private final Path file;
  private final String build;
  private final Map<String, Entry> known;
  private final Map<String, Entry> seen = new ConcurrentHashMap<>();

  private FileStamps(Path file, String build, Map<String, Entry> known) {
    this.file = file;
    this.build = build;
    this.known = known;
  }

  /** No stamps: every file is read. */
  static FileStamps none() {
    return new FileStamps(null, "", Map.of());
  }

  /**
   * The stamps kept in {@code indexDirectory}, if saved under {@code storeVersion} by this build
   * ({@link CodeVersion}): a new build reads every file again, since its reader or its extractor
   * may make other articles or claims of it; the fingerprints then say which to analyse again.
   */
  static FileStamps in(Path indexDirectory, String storeVersion) {
    return in(indexDirectory, storeVersion, CodeVersion.current());
  }

  static FileStamps in(Path indexDirectory, String storeVersion, String build) {
    Path file = indexDirectory.resolve(FILE_NAME);
    return new FileStamps(file, build, read(file, storeVersion, build));
  }

  /** The articles read from {@code file} when it had {@code stamp}, if it still has it. */
  Optional<List<ArticleId>> unchanged(CorpusFile file, Stamp stamp) {
    Entry entry = known.get(key(file));
    if (entry == null || !entry.stamp().equals(stamp)) {
      return Optional.empty();
    }
    seen.put(key(file), entry);
    return Optional.of(entry.articles());
  }

  /** Remembers that {@code file}, with {@code stamp}, gave {@code articles} and no diagnostic. */
  void remember(CorpusFile file, Stamp stamp, List<ArticleId> articles) {
    seen.put(key(file), new Entry(stamp, List.copyOf(articles)));
  }

  /** Saves the stamps of this run's files under {@code storeVersion}, the commit just made. */
  void save(String storeVersion) {
    if (file == null) {
      return;
    }
    // stamps that cannot be saved (a read-only index) cost only the next run's time
    CacheFile.write(file, out -> {
      out.writeInt(MAGIC);
      out.writeUTF(storeVersion);
      out.writeUTF(build);
      out.writeInt(seen.size());
      for (Map.Entry<String, Entry> e : seen.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().stamp().size());
        out.writeLong(e.getValue().stamp().modifiedNanos());
        out.writeInt(e.getValue().articles().size());
        for (ArticleId id : e.getValue().articles()) {
          out.writeUTF(id.value());
        }
      }
    });
  }

  /** The file and the path it is read under: the same file under another root gets other ids. */
  private static String key(CorpusFile file) {
    return file.file().toAbsolutePath().normalize() + "\u0000" + file.relativePath();
  }

  private static Map<String, Entry> read(Path file, String storeVersion, String build) {
    long savedNanos;
    try {
      savedNanos = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    } catch (IOException e) {
      return Map.of();
    }
    return CacheFile.read(file, in -> read(in, storeVersion, build, savedNanos))
        .orElse(Map.of());
  }

  private static Map<String, Entry> read(DataInputStream in, String storeVersion, String build,
      long savedNanos) throws IOException {
    if (in.readInt() != MAGIC || storeVersion.isEmpty() || !in.readUTF().equals(storeVersion)
        || !in.readUTF().equals(build)) {
      return null;
    }
    Map<String, Entry> out = new ConcurrentHashMap<>();
    int files = in.readInt();
    for (int f = 0; f < files; f++) {
      String path = in.readUTF();
      Stamp stamp = new Stamp(in.readLong(), in.readLong());
      int count = in.readInt();
      List<ArticleId> ids = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        ids.add(ArticleId.of(in.readUTF()));
      }
      if (stamp.modifiedNanos() + RACY_NANOS < savedNanos) {
        out.put(path, new Entry(stamp, List.copyOf(ids)));
      }
    }
    return out;
  }
}
