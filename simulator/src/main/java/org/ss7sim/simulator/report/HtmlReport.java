package org.ss7sim.simulator.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code --report} file: a self-contained HTML page with the summary and the ladders. */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(
      String title, boolean ok, List<ScenarioResult> scenarios, List<Ladder> ladders) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Ladder.escape(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:right}th{background:#eee}td:first-child{text-align:left}")
        .append(".ok{color:#070}.fail{color:#b00}</style></head><body>\n");
    sb.append("<h1>").append(Ladder.escape(title)).append("</h1>\n");
    sb.append("<p class=\"")
        .append(ok ? "ok\">All expectations met" : "fail\">Expectations not met")
        .append("</p>\n<table><tr><th>scenario</th><th>kind</th><th>attempted</th>")
        .append("<th>succeeded</th><th>failed</th><th>p50 ms</th><th>p99 ms</th><th>max ms</th>")
        .append("<th>rate/s</th></tr>\n");
    for (ScenarioResult s : scenarios) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%s</td>"
                  + "<td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.1f</td></tr>%n",
              Ladder.escape(s.name()),
              Ladder.escape(s.kind()),
              s.attempted(),
              s.succeeded(),
              Ladder.escape(causes(s.failed())),
              s.latencyMillis(50),
              s.latencyMillis(99),
              s.maxLatencyMillis(),
              s.ratePerSecond()));
    }
    sb.append("</table>\n");
    for (Ladder l : ladders) {
      sb.append("<h2>").append(Ladder.escape(l.title())).append("</h2>\n").append(l.toSvg());
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }

  public static void write(
      Path file, String title, boolean ok, List<ScenarioResult> scenarios, List<Ladder> ladders)
      throws IOException {
    Files.writeString(file, render(title, ok, scenarios, ladders), StandardCharsets.UTF_8);
  }

  private static String causes(Map<String, Long> failed) {
    if (failed.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    failed.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue()));
    return sb.toString();
  }
}
