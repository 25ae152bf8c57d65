package dev.crosscheck;

import dev.crosscheck.model.ResultSummary;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The report files last written from this index, and the result they hold (named by {@link
 * CrossChecker#reportVersion()}), kept beside the index: a run whose result has not changed leaves
 * files that still hold it alone, as make leaves a target newer than its sources. A file still
 * holds what was written when it has the same size and modification time and was written in the
 * same format. Kept in a {@link CacheFile}; a missing or damaged one only costs time. Immutable.
 */
record ReportStamp(String reportVersion, ResultSummary summary, Map<String, FileState> files) {
  static final String FILE_NAME = "crosscheck-report.bin";
  private static final int MAGIC = 0x43585231; // "CXR1"

  /** What one written file was: its format, its size and modification time. */
  record FileState(String format, FileStamps.Stamp stamp) {}

  ReportStamp {
    files = Map.copyOf(files);
  }

  /** The state of each of {@code files} (target to format) now; empty if one is missing. */
  static Optional<Map<String, FileState>> statesOf(Map<Path, String> files) {
    Map<String, FileState> states = new LinkedHashMap<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Optional<FileStamps.Stamp> stamp = FileStamps.Stamp.of(file.getKey());
      if (stamp.isEmpty()) {
        return Optional.empty();
      }
      states.put(key(file.getKey()), new FileState(file.getValue(), stamp.get()));
    }
    return Optional.of(states);
  }

  /** The summary of what {@code files} hold, if they still hold the result {@code version}. */
  static Optional<ResultSummary> current(Path indexDirectory, String version,
      Map<Path, String> files) {
    Optional<ReportStamp> saved =
        CacheFile.read(indexDirectory.resolve(FILE_NAME), ReportStamp::read);
    if (saved.isEmpty() || !saved.get().reportVersion().equals(version)) {
      return Optional.empty();
    }
    return statesOf(files)
        .filter(saved.get().files()::equals)
        .map(states -> saved.get().summary());
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
        out.writeLong(file.getValue().stamp().size());
        out.writeLong(file.getValue().stamp().modifiedNanos());
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
      String format = in.readUTF();
      files.put(path, new FileState(format, new FileStamps.Stamp(in.readLong(), in.readLong())));
    }
    return new ReportStamp(version, summary, files);
  }
}
