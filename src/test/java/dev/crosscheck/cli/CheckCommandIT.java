package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck check} on drafts we wrote: every format and exit code. */
class CheckCommandIT {
  private static final Path DRAFTS = Path.of("src/test/resources/check/drafts");
  private static final String CONTRADICTING = DRAFTS.resolve("contradicting.md").toString();
  private static final String CLEAN = DRAFTS.resolve("clean.md").toString();
  private static final String PARAPHRASED = DRAFTS.resolve("paraphrased.md").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    index = temp.resolve("index").toString();
    Run run = run("index", "corpus", "--index", index);
    assertThat(run.code).as(run.err).isZero();
  }

  @Test
  void contradictionsFailWithLinterStyleLines() {
    Run run = run("check", CONTRADICTING, "--index", index);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).containsPattern(
        "contradicting\\.md:9:\\d+: error: Microsoft's license · OpenAI — ends: 2030 contradicts 2032 "
            + "\\(5 sources, 3 independent\\): \".+\" \\[.+\\]");
    assertThat(run.out).contains("$14.5 billion contradicts $13.75 billion")
        .contains("25% contradicts 20%")
        .contains("note: count \"3,000 engineers\": the corpus says nothing about this")
        .contains("3 contradictions, 3 supported, 1 unsupported: check failed");
  }

  @Test
  void cleanAndParaphrasedDraftsPass() {
    for (String draft : List.of(CLEAN, PARAPHRASED)) {
      Run run = run("check", draft, "--index", index);
      assertThat(run.code).as(run.out).isZero();
      assertThat(run.out).doesNotContain("error:").contains("0 contradictions");
    }
    assertThat(run("check", PARAPHRASED, "--index", index).out)
        .contains("2032 agrees with 2032").contains("$13.75 billion agrees with $13.75 billion")
        .contains("20% agrees with 20%");
  }

  @Test
  void failOnLevels() {
    assertThat(run("check", CONTRADICTING, "--index", index, "--fail-on", "never").code).isZero();
    assertThat(run("check", CLEAN, "--index", index, "--fail-on", "unsupported").code).isZero();
    String unsupportedOnly = write("unsupported.md", "The company employs 3,000 engineers in Redmond.\n");
    assertThat(run("check", unsupportedOnly, "--index", index).code).isZero();
    Run strict = run("check", unsupportedOnly, "--index", index, "--fail-on", "unsupported");
    assertThat(strict.code).isEqualTo(1);
    assertThat(strict.out).contains("warning: count \"3,000 engineers\"");
  }

  @Test
  void jsonHasTheDocumentedSchema() throws Exception {
    JsonNode root = JSON.readTree(run("check", CONTRADICTING, "--index", index, "--format", "json").out);
    JsonNode first = root.get("findings").get(0);
    for (String field : List.of("file", "line", "column", "type", "severity", "kind", "text", "value",
        "low", "high", "unit", "message", "corpus", "fingerprint")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("type").asText()).isEqualTo("contradiction");
    assertThat(first.get("value").asInt()).isEqualTo(2030);
    assertThat(first.get("text").asText()).isEqualTo("through 2030");
    JsonNode corpus = first.get("corpus").get(0);
    assertThat(corpus.get("value").asInt()).isEqualTo(2032);
    assertThat(corpus.get("sources").asInt()).isEqualTo(5);
    assertThat(corpus.get("origins").asInt()).isEqualTo(3);
    JsonNode quote = corpus.get("quotes").get(0);
    for (String field : List.of("articleId", "source", "url", "sentence", "text")) {
      assertThat(quote.has(field)).as(field).isTrue();
    }
    assertThat(root.get("summary").get("contradictions").asInt()).isEqualTo(3);
    assertThat(root.get("summary").get("failed").asBoolean()).isTrue();
  }

  @Test
  void sarifValidatesAgainstTheSchemaAndKeepsFingerprintsStable() throws Exception {
    String sarif = run("check", CONTRADICTING, "--index", index, "--format", "sarif").out;
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/check/sarif-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif));
    assertThat(errors).isEmpty();
    JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("crosscheck/contradiction");
    assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    String fingerprint = results.get(0).at("/partialFingerprints/crosscheck~1v1").asText();
    assertThat(fingerprint).hasSize(32);
    String original = Files.readString(Path.of(CONTRADICTING));
    String draft = write("moving.md", original);
    JsonNode before = JSON.readTree(run("check", draft, "--index", index, "--format", "sarif").out);
    write("moving.md", original.replace("# Microsoft and OpenAI", "Editor's note.\n\n# Microsoft and OpenAI"));
    JsonNode after = JSON.readTree(run("check", draft, "--index", index, "--format", "sarif").out);
    String line = "/runs/0/results/0/locations/0/physicalLocation/region/startLine";
    assertThat(after.at(line).asInt()).isEqualTo(before.at(line).asInt() + 2);
    assertThat(after.at("/runs/0/results/0/partialFingerprints"))
        .isEqualTo(before.at("/runs/0/results/0/partialFingerprints"));
  }

  @Test
  void githubAnnotations() {
    Run run = run("check", CONTRADICTING, "--index", index, "--format", "github");
    assertThat(run.out.lines().filter(l -> l.startsWith("::error file=")).count()).isEqualTo(3);
    assertThat(run.out).containsPattern("::error file=.*contradicting\\.md,line=9,col=\\d+,title=crosscheck contradiction::Microsoft.s license");
    assertThat(run.out).contains("::notice file=");
  }

  @Test
  void baselineAcceptsKnownFindingsOnly() {
    String baseline = temp.resolve("baseline.txt").toString();
    assertThat(run("check", CONTRADICTING, "--index", index, "--write-baseline", baseline).code).isEqualTo(1);
    Run accepted = run("check", CONTRADICTING, "--index", index, "--baseline", baseline);
    assertThat(accepted.code).isZero();
    assertThat(accepted.out).contains("(baselined)");
    String more = write("more.md", "Microsoft's license to OpenAI's models runs through 2029.\n");
    assertThat(run("check", CONTRADICTING, more, "--index", index, "--baseline", baseline).code).isEqualTo(1);
  }

  @Test
  void inputErrorsExitTwoWithOneLine() {
    Run missingDraft = run("check", "no-such-draft.md", "--index", index);
    assertThat(missingDraft.code).isEqualTo(2);
    assertThat(missingDraft.err.strip()).startsWith("crosscheck: draft no-such-draft.md does not exist")
        .doesNotContain("\n");
    Run missingIndex = run("check", CLEAN, "--index", temp.resolve("nope").toString());
    assertThat(missingIndex.code).isEqualTo(2);
    assertThat(missingIndex.err).contains("does not exist");
    assertThat(run("check", CLEAN).code).isEqualTo(2);
    assertThat(run("check", CLEAN, "--index", index, "--format", "xml").code).isEqualTo(2);
  }

  @Test
  void anIndexOfAnotherSchemaAsksForARebuild() throws Exception {
    Path old = temp.resolve("old-index");
    try (var d = org.apache.lucene.store.FSDirectory.open(old);
        var writer = new org.apache.lucene.index.IndexWriter(
            d, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of("schema", "2").entrySet());
      writer.commit();
    }
    Run run = run("check", CLEAN, "--index", old.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.strip()).isEqualTo("crosscheck: index " + old + " has schema version 2,"
        + " this crosscheck uses " + dev.crosscheck.index.LuceneClaimStore.SCHEMA_VERSION
        + "; rebuild it with: crosscheck index CORPUS --index " + old
        + " --rebuild, or check with --corpus CORPUS");
  }

  @Test
  void corpusOptionIndexesFirst() {
    Path corpusCopy = temp.resolve("corpus-copy");
    copyCorpus(corpusCopy);
    Run run = run("check", CLEAN, "--corpus", corpusCopy.toString());
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.err).contains("Indexed 5 articles");
    assertThat(Files.isDirectory(corpusCopy.resolve(".crosscheck/index"))).isTrue();
  }

  private static void copyCorpus(Path target) {
    try {
      Files.createDirectories(target);
      try (var files = Files.list(Path.of("corpus"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String write(String name, String content) {
    try {
      Path p = temp.resolve("drafts").resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
      return p.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrossCheckCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute(new ArrayList<>(List.of(args)).toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
