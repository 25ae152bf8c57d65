package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example in README.md compiles against the library and prints what the README says. */
class ReadmeExampleIT {
  private static final String MARKER = "<!-- example: this block is compiled and run by ReadmeExampleIT -->";

  @Test
  void readmeExampleCompilesAndRuns(@TempDir Path temp) throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf(MARKER);
    assertThat(at).as("README marker").isNotNegative();
    int start = readme.indexOf("```java\n", at) + "```java\n".length();
    String source = readme.substring(start, readme.indexOf("```", start));
    Path file = temp.resolve("Example.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", temp.toString(),
        "-cp", System.getProperty("java.class.path"), file.toString());
    assertThat(status).as("javac exit status").isZero();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {"corpus", temp.resolve("index").toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
        "through 2030: Microsoft's license · OpenAI — ends: 2030 contradicts 2032 (5 sources, 3 independent)");
    assertThat(readme).contains("2030 contradicts 2032 (5 sources,\n3 independent)");
  }
}
