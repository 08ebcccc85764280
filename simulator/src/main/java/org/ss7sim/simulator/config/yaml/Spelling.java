package org.ss7sim.simulator.config.yaml;

import java.util.Collection;
import java.util.Optional;

/** Suggestions for misspelt keys and values, by edit distance. */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate closest to {@code word} (optimal string alignment distance: insertions,
   * deletions, substitutions and swaps of neighbours), if it is close enough to be a plausible
   * typo: at most a third of the longer word's length, and at least 1, away. Ties go to the earlier
   * candidate. A word of three or more letters that begins a candidate suggests the shortest such
   * candidate ({@code point} → {@code point_code}).
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() >= 3) {
      Optional<String> completion =
          candidates.stream()
              .filter(
                  c ->
                      c.toLowerCase(java.util.Locale.ROOT).startsWith(lower)
                          && !c.equalsIgnoreCase(word))
              .min(java.util.Comparator.comparingInt(String::length));
      if (completion.isPresent()) {
        return completion;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d =
          distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int limit = Math.max(1, Math.max(word.length(), best.length()) / 3);
    boolean related = best.startsWith(word) || word.startsWith(best);
    return bestDistance <= limit || related ? Optional.of(best) : Optional.empty();
  }

  /** The optimal string alignment distance between two words. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
