package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the files under one corpus root, skipping hidden entries below the root and turning
 * every file-system problem into a {@link Diagnostic}. Single use: one instance per root.
 */
final class TreeWalk extends SimpleFileVisitor<Path> {
  /** Links followed before a chain counts as a loop; Linux gives up after 40. */
  private static final int MAX_HOPS = 40;

  private final Path root;
  private final List<CorpusFile> found;
  private final List<Diagnostic> problems;

  private TreeWalk(Path root, List<CorpusFile> found, List<Diagnostic> problems) {
    this.root = root;
    this.found = found;
    this.problems = problems;
  }

  /** Adds the files of {@code root} to {@code found} and its problems to {@code problems}. */
  static void collect(Path root, List<CorpusFile> found, List<Diagnostic> problems) {
    String where = root.toString();
    if (Files.isDirectory(root)) {
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new TreeWalk(root, found, problems));
      } catch (IOException e) {
        problems.add(Diagnostic.error(where, "cannot walk directory: " + reason(e)));
      }
    } else if (Files.isRegularFile(root)) {
      Path name = root.getFileName();
      found.add(new CorpusFile(root, root, name == null ? where : name.toString()));
    } else if (Files.isSymbolicLink(root)) {
      problems.add(Diagnostic.error(where, unresolvable(root)));
    } else if (Files.exists(root)) {
      problems.add(Diagnostic.error(where, "not a regular file or directory, skipped"));
    } else {
      problems.add(Diagnostic.error(where, "no such file or directory"));
    }
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return !dir.equals(root) && isHidden(dir)
        ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (isHidden(file)) {
      return FileVisitResult.CONTINUE;
    }
    if (attrs.isRegularFile()) {
      found.add(new CorpusFile(root, file, relative(file)));
    } else if (attrs.isSymbolicLink()) {
      problems.add(Diagnostic.warning(file.toString(), 0, unresolvable(file)));
    } else if (!attrs.isDirectory()) {
      problems.add(Diagnostic.warning(file.toString(), 0, "not a regular file, skipped"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      problems.add(Diagnostic.warning(file.toString(), 0, "symbolic link loop, skipped"));
    } else if (!isHidden(file)) {
      problems.add(Diagnostic.error(file.toString(), "cannot read: " + reason(e) + ", skipped"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      problems.add(Diagnostic.error(dir.toString(), "listing failed: " + reason(e)));
    }
    return FileVisitResult.CONTINUE;
  }

  /**
   * Why the symbolic link {@code link} cannot be followed: a loop when following it comes back to
   * a link already seen ({@code a -> b -> a}), else a broken link.
   */
  static String unresolvable(Path link) {
    Set<Path> seen = new HashSet<>();
    Path current = link.toAbsolutePath().normalize();
    while (Files.isSymbolicLink(current)) {
      if (!seen.add(current) || seen.size() > MAX_HOPS) {
        return "symbolic link loop, skipped";
      }
      try {
        Path target = Files.readSymbolicLink(current);
        current = current.resolveSibling(target).normalize();
      } catch (IOException e) {
        return "cannot read symbolic link: " + reason(e) + ", skipped";
      }
    }
    return "broken symbolic link, skipped";
  }

  private String relative(Path file) {
    StringBuilder out = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return Checks.snippet(message == null ? e.getClass().getSimpleName() : message);
  }
}
