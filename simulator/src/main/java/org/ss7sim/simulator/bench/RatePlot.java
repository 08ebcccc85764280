package org.ss7sim.simulator.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Offered rate against p50 and p99 latency (log scale) of a bench's measured runs, as a
 * self-contained SVG.
 */
public final class RatePlot {
  private static final int W = 640;
  private static final int H = 400;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private RatePlot() {}

  public static String svg(String title, List<Measurement> runs) {
    List<Measurement> sorted =
        runs.stream()
            .sorted(Comparator.comparingDouble(m -> m.result().askedRatePerSecond()))
            .toList();
    double maxRate = 1;
    double minMs = 0.1;
    double maxMs = 1;
    for (Measurement m : sorted) {
      maxRate = Math.max(maxRate, m.result().askedRatePerSecond());
      maxMs = Math.max(maxMs, m.result().latencyMillis(99));
      double p50 = m.result().latencyMillis(50);
      if (p50 > 0) {
        minMs = Math.min(minMs, p50);
      }
    }
    double loDecade = Math.floor(Math.log10(minMs));
    double hiDecade = Math.ceil(Math.log10(maxMs));
    if (hiDecade <= loDecade) {
      hiDecade = loDecade + 1;
    }
    double xMax = niceCeil(maxRate);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
            W,
            H));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"24\" font-size=\"15\">%s: offered rate vs latency (from the scheduled start)</text>%n",
            LEFT,
            escape(title)));
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;
    sb.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
            LEFT,
            TOP,
            pw,
            ph));
    for (double d = loDecade; d <= hiDecade; d++) {
      double y = y(Math.pow(10, d), loDecade, hiDecade, ph);
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n",
              LEFT,
              LEFT + pw,
              y,
              y,
              LEFT - 6,
              y + 4,
              trim(Math.pow(10, d))));
    }
    for (int i = 0; i <= 4; i++) {
      double r = xMax * i / 4;
      double x = LEFT + pw * r / xMax;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              TOP + ph + 18,
              trim(r)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered rate (attempts/s)</text>%n",
            LEFT + pw / 2,
            H - 10));
    line(sb, sorted, 50, "#1f77b4", xMax, loDecade, hiDecade, pw, ph);
    line(sb, sorted, 99, "#d62728", xMax, loDecade, hiDecade, pw, ph);
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">p50</text><text x=\"%d\" y=\"%d\""
                + " fill=\"#d62728\">p99</text>%n",
            LEFT + 10,
            TOP + 16,
            LEFT + 50,
            TOP + 16));
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void line(
      StringBuilder sb,
      List<Measurement> runs,
      double percentile,
      String colour,
      double xMax,
      double lo,
      double hi,
      int pw,
      int ph) {
    StringBuilder points = new StringBuilder();
    for (Measurement m : runs) {
      double ms = Math.max(m.result().latencyMillis(percentile), Math.pow(10, lo));
      double x = LEFT + pw * m.result().askedRatePerSecond() / xMax;
      double y = y(ms, lo, hi, ph);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      sb.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%.0f/s: p%s %.2f ms</title></circle>%n",
              x,
              y,
              colour,
              m.result().askedRatePerSecond(),
              trim(percentile),
              m.result().latencyMillis(percentile)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
            colour,
            points.toString().strip()));
  }

  private static double y(double ms, double lo, double hi, int ph) {
    double f = (Math.log10(ms) - lo) / (hi - lo);
    return TOP + ph * (1 - f);
  }

  private static double niceCeil(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
