package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name of the analysis code: what changes it, and what does not. */
class AnalysisCodeTest {
  private static final Map<String, String> CODE = Map.of(
      "dev/crosscheck/extract/MoneyFinder.class", "money rules",
      "dev/crosscheck/extract/attributes.tsv", "stake\tstake",
      "dev/crosscheck/text/NlpModels.class", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      "dev/crosscheck/Analysis.class", "analysis",
      "dev/crosscheck/Analysis$Step.class", "a nested class",
      "dev/crosscheck/AnalysisCode.class", "names the analysis",
      "dev/crosscheck/report/HtmlTopics.class", "page",
      "dev/crosscheck/CrossChecker.class", "front door");

  @TempDir Path dir;

  @Test
  void aFolderOfClassesIsNamedByTheContentOfItsAnalysisParts() throws IOException {
    Path classes = folder("classes", CODE);
    String name = AnalysisCode.of(classes, "2.5.4");

    Files.setLastModifiedTime(classes.resolve("dev/crosscheck/extract/MoneyFinder.class"),
        FileTime.fromMillis(0));
    assertThat(AnalysisCode.of(classes, "2.5.4")).isEqualTo(name);
    assertThat(AnalysisCode.of(folder("copy", CODE), "2.5.4")).isEqualTo(name);
    assertThat(AnalysisCode.of(classes, "2.5.5")).isNotEqualTo(name);

    assertThat(AnalysisCode.of(folder("report", with("dev/crosscheck/report/HtmlTopics.class",
        "another page")), "2.5.4")).as("reports are no analysis").isEqualTo(name);
    assertThat(AnalysisCode.of(folder("front", with("dev/crosscheck/CrossChecker.class",
        "another door")), "2.5.4")).isEqualTo(name);
    assertThat(AnalysisCode.of(folder("rule", with("dev/crosscheck/extract/MoneyFinder.class",
        "new money rules")), "2.5.4")).isNotEqualTo(name);
    assertThat(AnalysisCode.of(folder("lexicon", with("dev/crosscheck/extract/attributes.tsv",
        "stake\tholding")), "2.5.4")).isNotEqualTo(name);
    assertThat(AnalysisCode.of(folder("analysis", with("dev/crosscheck/Analysis.class",
        "new analysis")), "2.5.4")).isNotEqualTo(name);
    assertThat(AnalysisCode.of(folder("nested", with("dev/crosscheck/Analysis$Step.class",
        "another step")), "2.5.4")).isNotEqualTo(name);
    assertThat(AnalysisCode.of(folder("namer", with("dev/crosscheck/AnalysisCode.class",
        "names it otherwise")), "2.5.4")).isEqualTo(name);
  }

  @Test
  void aJarIsNamedByTheSizesAndChecksumsOfItsAnalysisParts() throws IOException {
    String name = AnalysisCode.of(jar("a.jar", CODE, 1_000), "2.5.4");

    assertThat(AnalysisCode.of(jar("b.jar", CODE, 2_000_000), "2.5.4"))
        .as("built at another time").isEqualTo(name);
    assertThat(AnalysisCode.of(jar("c.jar", with("dev/crosscheck/report/HtmlTopics.class",
        "another page"), 1_000), "2.5.4")).isEqualTo(name);
    assertThat(AnalysisCode.of(jar("d.jar", with("dev/crosscheck/text/NlpModels.class",
        "opennlp-en-ud-ewt-pos-1.4-2.6.0.bin"), 1_000), "2.5.4")).isNotEqualTo(name);
  }

  @Test
  void theRunningBuildHasAName() {
    assertThat(AnalysisCode.current()).matches("[0-9a-f]{64}")
        .as("not the fallback").isNotEqualTo(CodeVersion.current());
  }

  private static Map<String, String> with(String path, String content) {
    Map<String, String> changed = new LinkedHashMap<>(CODE);
    changed.put(path, content);
    return changed;
  }

  private Path folder(String name, Map<String, String> files) throws IOException {
    Path root = dir.resolve(name);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = root.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    return root;
  }

  private Path jar(String name, Map<String, String> files, long time) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      for (String path : new java.util.TreeSet<>(files.keySet())) {
        JarEntry entry = new JarEntry(path);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(files.get(path).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
