package dev.crosscheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of an HTML element as plain lines: each paragraph, heading or other leaf block is
 * one block, each list item and each table row ({@code cell | cell}) one line of its list or table
 * block, and blocks are separated by a blank line. Stateless.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          ("address article aside blockquote body br caption dd details div dl dt fieldset"
                  + " figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre"
                  + " section summary table tbody td tfoot th thead tr ul")
              .split(" "));
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<String> blocks = new ArrayList<>();

  private HtmlText() {}

  /** The text of {@code root}, blocks separated by blank lines. */
  static String of(Element root) {
    HtmlText text = new HtmlText();
    text.walk(root);
    return String.join("\n\n", text.blocks);
  }

  private void walk(Element e) {
    String tag = e.normalName();
    if (tag.equals("ul") || tag.equals("ol")) {
      block(e.children().stream().map(Element::text).collect(Collectors.toList()));
    } else if (tag.equals("table")) {
      block(e.select("tr").stream().map(HtmlText::row).collect(Collectors.toList()));
    } else if (!hasBlockInside(e)) {
      block(List.of(e.text()));
    } else {
      mixed(e);
    }
  }

  /** An element holding both inline runs and blocks: each run becomes its own block. */
  private void mixed(Element e) {
    StringBuilder run = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        run.append(((TextNode) child).text());
      } else if (child instanceof Element) {
        Element c = (Element) child;
        if (BLOCKS.contains(c.normalName()) || hasBlockInside(c)) {
          block(List.of(run.toString()));
          run.setLength(0);
          walk(c);
        } else {
          run.append(' ').append(c.text()).append(' ');
        }
      }
    }
    block(List.of(run.toString()));
  }

  private static String row(Element tr) {
    return tr.children().stream()
        .map(Element::text)
        .filter(t -> !t.isBlank())
        .collect(Collectors.joining(" | "));
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && BLOCKS.contains(d.normalName()) && !d.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private void block(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      String flat = SPACES.matcher(line).replaceAll(" ").strip();
      if (!flat.isEmpty()) {
        kept.add(flat);
      }
    }
    if (!kept.isEmpty()) {
      blocks.add(String.join("\n", kept));
    }
  }
}
