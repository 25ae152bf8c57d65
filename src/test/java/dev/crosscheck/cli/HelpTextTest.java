package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help reads as prose at any terminal width: picocli wraps each element of a description, so an
 * element that stops mid-sentence leaves a ragged line; and the command list shows one short
 * header per command.
 */
class HelpTextTest {
  private static final int MAX_HEADER = 72;

  @Test
  void everyCommandHasAShortOneLineHeader() {
    for (CommandSpec command : subcommands()) {
      String[] header = command.usageMessage().header();
      assertThat(header).as(command.qualifiedName()).hasSize(1);
      assertThat(header[0]).as(command.qualifiedName()).endsWith(".")
          .hasSizeLessThanOrEqualTo(MAX_HEADER);
    }
  }

  @Test
  void everyElementOfEveryDescriptionIsWholeSentences() {
    for (CommandSpec command : allCommands()) {
      List<String> texts = new ArrayList<>();
      texts.addAll(List.of(command.usageMessage().description()));
      texts.addAll(List.of(command.usageMessage().footer()));
      Stream.concat(command.options().stream(), command.positionalParameters().stream())
          .map(ArgSpec::description)
          .forEach(d -> texts.addAll(List.of(d)));
      for (String text : texts) {
        if (!text.isEmpty() && !text.startsWith("  ")) { // an indented example line
          assertThat(text).as(command.qualifiedName()).matches("(?s).*[.:]");
        }
      }
    }
  }

  @Test
  void theCommandListShowsEachHeaderWhole() {
    String usage = CrossCheckCommand.commandLine().getUsageMessage();
    for (CommandSpec command : CrossCheckCommand.commandLine().getCommandSpec()
        .subcommands().values().stream().map(CommandLine::getCommandSpec).toList()) {
      if (command.usageMessage().header().length > 0) {
        assertThat(usage).contains(command.usageMessage().header()[0]);
      }
    }
  }

  private static List<CommandSpec> allCommands() {
    List<CommandSpec> all = new ArrayList<>();
    all.add(CrossCheckCommand.commandLine().getCommandSpec());
    all.addAll(subcommands());
    return all;
  }

  /** Every subcommand at any depth, except picocli's own {@code help}. */
  private static List<CommandSpec> subcommands() {
    List<CommandSpec> out = new ArrayList<>();
    collect(CrossCheckCommand.commandLine().getCommandSpec(), out);
    return out;
  }

  private static void collect(CommandSpec parent, List<CommandSpec> out) {
    for (CommandLine sub : parent.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.userObject() instanceof CommandLine.HelpCommand || out.contains(spec)) {
        continue;
      }
      out.add(spec);
      collect(spec, out);
    }
  }
}
