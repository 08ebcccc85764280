package org.ss7sim.inap.scp;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.ss7sim.inap.message.Cause;

/**
 * Dialled-number prefixes to treatments: the data of the SCP's number-translation service. The
 * longest prefix that matches the dialled number wins; a number no prefix matches is released with
 * {@link #unknownNumberCause()}. Immutable; build it with {@link #builder()}.
 *
 * <pre>{@code
 * TranslationTable t = TranslationTable.builder()
 *     .entry("0800123", "toll-free: Acme support")
 *       .between(LocalTime.of(8, 0), LocalTime.of(18, 0),
 *           Treatment.route(RoutingTarget.to("3021000100", 70), RoutingTarget.to("3021000200", 30)))
 *       .otherwise(Treatment.route(RoutingTarget.to("3021000900")))
 *     .entry("0800", "toll-free, unassigned").otherwise(Treatment.release(Cause.UNALLOCATED_NUMBER))
 *     .entry("30217", "ported range").otherwise(Treatment.route(RoutingTarget.prefix("D42")))
 *     .unknownNumberCause(Cause.of(Cause.UNALLOCATED_NUMBER))
 *     .build();
 * }</pre>
 */
public final class TranslationTable {
  private final Map<String, List<TranslationEntry>> byPrefix;
  private final int longestPrefix;
  private final Cause unknownNumberCause;

  private TranslationTable(Map<String, List<TranslationEntry>> byPrefix, Cause unknownNumberCause) {
    this.byPrefix = byPrefix;
    this.unknownNumberCause = unknownNumberCause;
    int longest = 0;
    for (String p : byPrefix.keySet()) {
      longest = Math.max(longest, p.length());
    }
    this.longestPrefix = longest;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Cause unknownNumberCause() {
    return unknownNumberCause;
  }

  /** The entries, in prefix order (entries for any service key first). */
  public List<TranslationEntry> entries() {
    List<TranslationEntry> out = new ArrayList<>();
    new TreeMap<>(byPrefix).values().forEach(out::addAll);
    return out;
  }

  /** The entry with the longest prefix of {@code dialled} for any service key, or null. */
  public TranslationEntry match(String dialled) {
    return match(dialled, TranslationEntry.ANY_SERVICE_KEY);
  }

  /**
   * The entry with the longest prefix of {@code dialled}; among entries with the same prefix the
   * one for {@code serviceKey} before the one for any key. Null when none matches.
   */
  public TranslationEntry match(String dialled, long serviceKey) {
    for (int n = Math.min(dialled.length(), longestPrefix); n > 0; n--) {
      List<TranslationEntry> es = byPrefix.get(dialled.substring(0, n));
      if (es == null) {
        continue;
      }
      TranslationEntry any = null;
      for (TranslationEntry e : es) {
        if (e.serviceKey() == TranslationEntry.ANY_SERVICE_KEY) {
          any = e;
        } else if (e.serviceKey() == serviceKey) {
          return e;
        }
      }
      if (any != null) {
        return any;
      }
    }
    return null;
  }

  /** Translates {@code dialled} with the entries for any service key. */
  public Translation translate(String dialled, LocalTime time, RandomGenerator random) {
    return translate(dialled, TranslationEntry.ANY_SERVICE_KEY, time, random);
  }

  /**
   * Translates {@code dialled}, queried with {@code serviceKey}, at time of day {@code time};
   * {@code random} splits the load.
   */
  public Translation translate(
      String dialled, long serviceKey, LocalTime time, RandomGenerator random) {
    TranslationEntry e = match(dialled, serviceKey);
    if (e == null) {
      return new Translation(dialled, null, new Translation.Released(unknownNumberCause));
    }
    Treatment t = e.treatmentAt(time);
    Translation.Outcome outcome;
    if (t instanceof Treatment.Route r) {
      RoutingTarget target = r.pick(random);
      outcome =
          new Translation.Routed(
              target.apply(dialled, e.prefix().length()), target.natureOfAddress(), target);
    } else if (t instanceof Treatment.Release rel) {
      outcome = new Translation.Released(rel.cause());
    } else {
      outcome = new Translation.Continued();
    }
    return new Translation(dialled, e, outcome);
  }

  /** The table as aligned text, one line per entry and time band. */
  public String print() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PREFIX", "KEY", "TIME", "TREATMENT", "DESCRIPTION"});
    for (TranslationEntry e : entries()) {
      String key = e.serviceKey() < 0 ? "*" : Long.toString(e.serviceKey());
      boolean first = true;
      for (TimeBand b : e.bands()) {
        rows.add(
            new String[] {
              first ? e.prefix() : "",
              first ? key : "",
              b.from() + "-" + b.to(),
              b.treatment().toString(),
              first ? e.description() : ""
            });
        first = false;
      }
      rows.add(
          new String[] {
            first ? e.prefix() : "",
            first ? key : "",
            e.bands().isEmpty() ? "always" : "otherwise",
            e.otherwise().toString(),
            first ? e.description() : ""
          });
    }
    rows.add(
        new String[] {
          "*", "*", "always", "release cause " + unknownNumberCause.value(), "unknown number"
        });
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(r[i]);
        for (int pad = r[i].length(); i < columns - 1 && pad < width[i] + 2; pad++) {
          line.append(' ');
        }
      }
      sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return print();
  }

  /** Builds a {@link TranslationTable}. */
  public static final class Builder {
    private final Map<String, List<TranslationEntry>> entries = new HashMap<>();
    private Cause unknownNumberCause = Cause.of(Cause.UNALLOCATED_NUMBER);

    /** Starts an entry for any service key; finish it with {@link EntryBuilder#otherwise}. */
    public EntryBuilder entry(String prefix, String description) {
      return new EntryBuilder(this, prefix, TranslationEntry.ANY_SERVICE_KEY, description);
    }

    /** Starts an entry for queries with {@code serviceKey} only. */
    public EntryBuilder entry(String prefix, long serviceKey, String description) {
      return new EntryBuilder(this, prefix, serviceKey, description);
    }

    /** Adds a finished entry. */
    public Builder add(TranslationEntry e) {
      List<TranslationEntry> same = entries.computeIfAbsent(e.prefix(), p -> new ArrayList<>(1));
      for (TranslationEntry other : same) {
        if (other.serviceKey() == e.serviceKey()) {
          throw new IllegalArgumentException(
              "prefix " + e.prefix() + " configured twice for the same service key");
        }
      }
      same.add(e);
      same.sort(java.util.Comparator.comparingLong(TranslationEntry::serviceKey));
      return this;
    }

    /** The cause for numbers no entry matches (default 1, unallocated number). */
    public Builder unknownNumberCause(Cause cause) {
      this.unknownNumberCause = java.util.Objects.requireNonNull(cause, "cause");
      return this;
    }

    public TranslationTable build() {
      Map<String, List<TranslationEntry>> copy = new HashMap<>();
      entries.forEach((p, es) -> copy.put(p, List.copyOf(es)));
      return new TranslationTable(Map.copyOf(copy), unknownNumberCause);
    }
  }

  /** Collects the time bands of one entry. */
  public static final class EntryBuilder {
    private final Builder table;
    private final String prefix;
    private final long serviceKey;
    private final String description;
    private final List<TimeBand> bands = new ArrayList<>();

    EntryBuilder(Builder table, String prefix, long serviceKey, String description) {
      this.table = table;
      this.prefix = prefix;
      this.serviceKey = serviceKey;
      this.description = description;
    }

    /** The treatment from {@code from} (inclusive) to {@code to} (exclusive). */
    public EntryBuilder between(LocalTime from, LocalTime to, Treatment treatment) {
      bands.add(new TimeBand(from, to, treatment));
      return this;
    }

    /** The treatment outside the bands (or always, without bands); adds the entry. */
    public Builder otherwise(Treatment treatment) {
      return table.add(new TranslationEntry(prefix, serviceKey, description, bands, treatment));
    }
  }
}
