package org.ss7sim.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ss7sim.simulator.trace.TraceEvent;

/**
 * A ladder (sequence) diagram of one flow: one lifeline per node, one arrow per message, time
 * offsets from the first message on the left. Renders as text for the terminal and as SVG for the
 * HTML report.
 */
public final class Ladder {
  private static final int TEXT_MIN_SPACING = 14;
  private static final int TEXT_MAX_LABEL = 36;
  private static final int TIME_WIDTH = 11;
  private static final int MIN_FITTED_SPACING = 8;

  private final String title;
  private final List<String> nodes;
  private final List<TraceEvent> events;

  private Ladder(String title, List<String> nodes, List<TraceEvent> events) {
    this.title = title;
    this.nodes = nodes;
    this.events = events;
  }

  /** A ladder of {@code events}; lifelines in order of first appearance. */
  public static Ladder of(String title, List<TraceEvent> events) {
    Set<String> names = new LinkedHashSet<>();
    for (TraceEvent e : events) {
      names.add(e.from());
      names.add(e.to());
    }
    return new Ladder(title, List.copyOf(names), List.copyOf(events));
  }

  public String title() {
    return title;
  }

  /** Terminal width a ladder fits by default (DESIGN.md §5). */
  public static final int TEXT_WIDTH = 120;

  /** The diagram as monospaced text fitting {@link #TEXT_WIDTH} columns. */
  public String toText() {
    return toText(TEXT_WIDTH);
  }

  /**
   * The diagram as monospaced text, lines separated by '\n', at most {@code maxWidth} columns wide
   * ({@link Integer#MAX_VALUE}: full width). To fit, lifelines move closer and node names are cut
   * to the room they have; a label longer than its arrow runs on over the lifelines to its right on
   * its own line and is cut at the ladder's edge, the cut marked with '…'; a ladder of more than
   * {@code (maxWidth - 11) / 8} nodes is wider than asked.
   */
  public String toText(int maxWidth) {
    int spacing = TEXT_MIN_SPACING;
    for (TraceEvent e : events) {
      spacing = Math.max(spacing, label(e).length() + 4);
    }
    for (String n : nodes) {
      spacing = Math.max(spacing, n.length() + 2);
    }
    int lanes = Math.max(nodes.size(), 1);
    if (maxWidth != Integer.MAX_VALUE) {
      spacing = Math.min(spacing, Math.max(MIN_FITTED_SPACING, (maxWidth - TIME_WIDTH) / lanes));
    }
    int width = TIME_WIDTH + spacing * lanes;
    StringBuilder sb = new StringBuilder();
    sb.append(fit(title, Math.max(maxWidth, TIME_WIDTH))).append('\n');
    char[] header = blank(width);
    for (int i = 0; i < nodes.size(); i++) {
      String n = fit(nodes.get(i), spacing - 1);
      put(header, column(i, spacing) - n.length() / 2, n);
    }
    sb.append(trimEnd(header)).append('\n');
    long t0 = events.isEmpty() ? 0 : events.get(0).epochMicros();
    for (TraceEvent e : events) {
      int from = column(nodes.indexOf(e.from()), spacing);
      int to = column(nodes.indexOf(e.to()), spacing);
      char[] labelLine = lifelines(width, spacing);
      put(labelLine, 0, String.format(Locale.ROOT, "%+9.1fms", (e.epochMicros() - t0) / 1000.0));
      // a label longer than its arrow runs on over the lifelines to its right (on its own line),
      // so a fitted ladder still shows "TC-CONTINUE applyChargingReport" whole; it is cut only at
      // the ladder's edge (lanes are spaced for labels of at most TEXT_MAX_LABEL characters)
      int start = Math.min(from, to) + 2;
      int room = Math.max(Math.max(Math.abs(to - from), spacing) - 3, width - start);
      put(labelLine, start, fit(e.label(), room));
      char[] arrow = lifelines(width, spacing);
      for (int x = Math.min(from, to) + 1; x < Math.max(from, to); x++) {
        arrow[x] = '-';
      }
      if (to > from) {
        arrow[to - 1] = '>';
      } else if (to < from) {
        arrow[to + 1] = '<';
      }
      sb.append(trimEnd(labelLine)).append('\n').append(trimEnd(arrow)).append('\n');
    }
    return sb.toString();
  }

  /** {@code s} cut to {@code width} characters, the cut marked with '…'. */
  private static String fit(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }

  /** The diagram as a standalone SVG element. */
  public String toSvg() {
    int spacing = 170;
    int margin = 90;
    int rowHeight = 34;
    int top = 50;
    int width = margin * 2 + spacing * Math.max(nodes.size() - 1, 0);
    int height = top + rowHeight * events.size() + 30;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"monospace\" font-size=\"12\">%n",
            width,
            height));
    sb.append(
        "<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"8\" refX=\"10\" refY=\"4\""
            + " orient=\"auto\"><path d=\"M0,0 L10,4 L0,8 z\"/></marker></defs>\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"16\" font-weight=\"bold\">%s</text>%n",
            escape(title)));
    for (int i = 0; i < nodes.size(); i++) {
      int x = margin + i * spacing;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>%n",
              x,
              top - 14,
              escape(nodes.get(i))));
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
              x,
              top - 8,
              x,
              height - 10));
    }
    long t0 = events.isEmpty() ? 0 : events.get(0).epochMicros();
    for (int r = 0; r < events.size(); r++) {
      TraceEvent e = events.get(r);
      int y = top + rowHeight * r + 20;
      int x1 = margin + nodes.indexOf(e.from()) * spacing;
      int x2 = margin + nodes.indexOf(e.to()) * spacing;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line class=\"msg\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\""
                  + " marker-end=\"url(#arrow)\"/>%n",
              x1,
              y,
              x2,
              y));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              (x1 + x2) / 2,
              y - 5,
              escape(e.label())));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"4\" y=\"%d\" fill=\"#666\">%s</text>%n",
              y + 4,
              String.format(Locale.ROOT, "%.1fms", (e.epochMicros() - t0) / 1000.0)));
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static String label(TraceEvent e) {
    String l = e.label();
    return l.length() <= TEXT_MAX_LABEL ? l : l.substring(0, TEXT_MAX_LABEL - 1) + "…";
  }

  private static int column(int index, int spacing) {
    return TIME_WIDTH + spacing / 2 + index * spacing;
  }

  private char[] lifelines(int width, int spacing) {
    char[] line = blank(width);
    for (int i = 0; i < nodes.size(); i++) {
      line[column(i, spacing)] = '|';
    }
    return line;
  }

  private static char[] blank(int width) {
    char[] c = new char[width + TEXT_MAX_LABEL + 4];
    java.util.Arrays.fill(c, ' ');
    return c;
  }

  private static void put(char[] line, int at, String text) {
    int start = Math.max(at, 0);
    for (int i = 0; i < text.length() && start + i < line.length; i++) {
      line[start + i] = text.charAt(i);
    }
  }

  private static String trimEnd(char[] line) {
    int end = line.length;
    while (end > 0 && line[end - 1] == ' ') {
      end--;
    }
    return new String(line, 0, end);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Messages (arrows) in the ladder. */
  public int size() {
    return events.size();
  }

  /** Nodes in lifeline order. */
  public List<String> nodes() {
    return new ArrayList<>(nodes);
  }
}
