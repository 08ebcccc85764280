package org.ss7sim.simulator.config.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.Location;

/**
 * Reads one YAML document into a {@link YamlNode} tree with Jackson's streaming YAML parser,
 * keeping the line and column of every key and value. Duplicate keys are rejected. Aliases ({@code
 * *name}) may refer to an anchored map or list written before them ({@code &name}), e.g. to share
 * the GTT rules of a mated STP pair; the shared nodes keep the place they were written at.
 */
public final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final int MAX_DEPTH = 64;
  private static final int MAX_ALIASES = 100;
  private static final long MAX_EXPANDED = 100_000;

  private final String source;
  private final YAMLParser parser;
  private final java.util.Map<String, YamlNode> anchors = new java.util.HashMap<>();
  private final java.util.Map<YamlNode, Long> weights = new java.util.IdentityHashMap<>();
  private int aliases;
  private long expanded;

  private YamlTree(String source, YAMLParser parser) {
    this.source = source;
    this.parser = parser;
  }

  /**
   * Parses {@code text}; {@code source} names it in locations (usually the path as the user wrote
   * it). An empty document is an empty map.
   */
  public static YamlNode parse(String source, String text) {
    try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
      YamlTree tree = new YamlTree(source, p);
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YamlMap(new Location(source, 1, 1), List.of());
      }
      YamlNode root = tree.node(first, 0);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new ConfigException(tree.here(), "only one YAML document per file is allowed");
      }
      return root;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y
          && y.getProblemMark() != null) {
        org.yaml.snakeyaml.error.Mark m = y.getProblemMark();
        String context =
            y.getContext() == null
                ? ""
                : " ("
                    + y.getContext()
                    + " at line "
                    + (y.getContextMark() == null
                        ? m.getLine() + 1
                        : y.getContextMark().getLine() + 1)
                    + ")";
        throw new ConfigException(
            new Location(source, m.getLine() + 1, m.getColumn() + 1),
            "not valid YAML: " + firstLine(y.getProblem()) + context,
            e);
      }
      JsonLocation l = e.getLocation();
      Location where = l == null ? new Location(source, 1, 1) : at(source, l);
      throw new ConfigException(where, "not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(new Location(source, 1, 1), "cannot read: " + e.getMessage(), e);
    }
  }

  private YamlNode node(JsonToken token, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new ConfigException(here(), "nested deeper than " + MAX_DEPTH + " levels");
    }
    Location start = here();
    if (parser.isCurrentAlias()) {
      YamlNode anchored = anchors.get(parser.getText());
      if (anchored == null) {
        throw new ConfigException(
            start,
            "alias *"
                + parser.getText()
                + " refers to no anchored map or list before it (anchors on single values are not"
                + " supported)");
      }
      expanded += weights.getOrDefault(anchored, 1L);
      if (++aliases > MAX_ALIASES || expanded > MAX_EXPANDED) {
        throw new ConfigException(
            start,
            "too many aliases (at most "
                + MAX_ALIASES
                + ", expanding to at most "
                + MAX_EXPANDED
                + " values)");
      }
      return anchored;
    }
    Object anchor = parser.getObjectId();
    switch (token) {
      case START_OBJECT:
        return anchored(anchor, map(start, depth));
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(node(t, depth + 1));
        }
        return anchored(anchor, new YamlList(start, items));
      case VALUE_STRING:
        return new YamlScalar(start, parser.getText(), YamlScalar.Type.STRING);
      case VALUE_NUMBER_INT:
        return new YamlScalar(start, parser.getText(), YamlScalar.Type.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new YamlScalar(start, parser.getText(), YamlScalar.Type.FLOAT);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlScalar(start, parser.getText(), YamlScalar.Type.BOOLEAN);
      case VALUE_NULL:
        String text = parser.getText();
        return new YamlScalar(start, text == null ? "" : text, YamlScalar.Type.NULL);
      default:
        throw new ConfigException(start, "unexpected YAML content " + token);
    }
  }

  private YamlNode anchored(Object anchor, YamlNode node) {
    if (anchor != null) {
      anchors.put(anchor.toString(), node);
      weights.put(node, weight(node));
    }
    return node;
  }

  /** How many values the node stands for once its aliases are expanded. */
  private long weight(YamlNode node) {
    Long known = weights.get(node);
    if (known != null) {
      return known;
    }
    long w = 1;
    if (node instanceof YamlList l) {
      for (YamlNode n : l.items()) {
        w += weight(n);
      }
    } else if (node instanceof YamlMap m) {
      for (YamlMap.Entry e : m.entries()) {
        w += weight(e.value());
      }
    }
    return Math.min(w, Long.MAX_VALUE / 4);
  }

  private YamlMap map(Location start, int depth) throws IOException {
    List<YamlMap.Entry> entries = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      Location keyAt = here();
      for (YamlMap.Entry e : entries) {
        if (e.key().equals(key)) {
          throw new ConfigException(
              keyAt, "duplicate key '" + key + "' (first at line " + e.keyLocation().line() + ")");
        }
      }
      YamlNode value = node(parser.nextToken(), depth + 1);
      entries.add(new YamlMap.Entry(key, keyAt, value));
    }
    return new YamlMap(start, entries);
  }

  private Location here() {
    return at(source, parser.currentTokenLocation());
  }

  private static Location at(String source, JsonLocation l) {
    return new Location(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
