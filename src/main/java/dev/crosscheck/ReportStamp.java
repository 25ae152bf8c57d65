package dev.crosscheck;

import dev.crosscheck.model.ResultSummary;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The report files last written from this index, and the result they hold (named by a hash of the
 * index commit, the build and the diagnostics), kept beside the index: a run whose result has not
 * changed leaves files that still hold it alone. A file still holds what was written when it has
 * the format, size, modification time and file identity (inode, where the platform has one) it was
 * written with; every write of ours moves a new file into place, so an identity that stayed means
 * no rewrite, even within the file system's time resolution. Kept in a {@link CacheFile}; a
 * missing or damaged one only costs time. Immutable.
 */
record ReportStamp(String reportVersion, ResultSummary summary, Map<String, FileState> files) {
  static final String FILE_NAME = "crosscheck-report.bin";
  private static final int MAGIC = 0x43585232; // "CXR2"

  /** What one written file was. */
  record FileState(String format, long size, long modifiedNanos, String identity) {
    static FileState of(String format, BasicFileAttributes a) {
      return new FileState(format, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
          String.valueOf(a.fileKey()));
    }
  }

  ReportStamp {
    files = Map.copyOf(files);
  }

  /**
   * The stamp of files just written: {@code formats} maps each target (absolute, normalized) to
   * its format, {@code written} to the attributes its content had when moved into place.
   */
  static ReportStamp of(String version, ResultSummary summary, Map<Path, String> formats,
      Map<Path, BasicFileAttributes> written) {
    Map<String, FileState> files = new LinkedHashMap<>();
    written.forEach((target, attributes) -> files.put(key(target),
        FileState.of(formats.get(target.toAbsolutePath().normalize()), attributes)));
    return new ReportStamp(version, summary, files);
  }

  /**
   * The summary of what {@code files} (target to format) hold, if they hold the result {@code
   * version}.
   */
  static Optional<ResultSummary> current(Path indexDirectory, String version,
      Map<Path, String> files) {
    Optional<ReportStamp> saved =
        CacheFile.read(indexDirectory.resolve(FILE_NAME), ReportStamp::read);
    if (saved.isEmpty() || !saved.get().reportVersion().equals(version)
        || saved.get().files().size() != files.size()) {
      return Optional.empty();
    }
    for (Map.Entry<Path, String> file : files.entrySet()) {
      FileState state = saved.get().files().get(key(file.getKey()));
      if (state == null || !state.equals(stateNow(file.getKey(), file.getValue()))) {
        return Optional.empty();
      }
    }
    return Optional.of(saved.get().summary());
  }

  private static FileState stateNow(Path file, String format) {
    try {
      return FileState.of(format, Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException e) {
      return null;
    }
  }

  /** Saves this stamp beside the index; one that cannot be saved costs the next run its time. */
  void save(Path indexDirectory) {
    CacheFile.write(indexDirectory.resolve(FILE_NAME), out -> {
      out.writeInt(MAGIC);
      out.writeUTF(reportVersion);
      out.writeInt(summary.articles());
      out.writeInt(summary.conflicts());
      out.writeInt(summary.agreements());
      out.writeInt(summary.singles());
      out.writeInt(files.size());
      for (Map.Entry<String, FileState> file : files.entrySet()) {
        out.writeUTF(file.getKey());
        out.writeUTF(file.getValue().format());
        out.writeLong(file.getValue().size());
        out.writeLong(file.getValue().modifiedNanos());
        out.writeUTF(file.getValue().identity());
      }
    });
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static ReportStamp read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      return null;
    }
    String version = in.readUTF();
    int articles = in.readInt();
    int conflicts = in.readInt();
    int agreements = in.readInt();
    int singles = in.readInt();
    ResultSummary summary = new ResultSummary(articles, conflicts + agreements + singles,
        conflicts, agreements, singles);
    int count = in.readInt();
    Map<String, FileState> files = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String path = in.readUTF();
      files.put(path, new FileState(in.readUTF(), in.readLong(), in.readLong(), in.readUTF()));
    }
    return new ReportStamp(version, summary, files);
  }
}
