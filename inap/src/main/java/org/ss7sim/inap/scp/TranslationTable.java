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
  private final Map<String, TranslationEntry> byPrefix;
  private final int longestPrefix;
  private final Cause unknownNumberCause;

  private TranslationTable(Map<String, TranslationEntry> byPrefix, Cause unknownNumberCause) {
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

  /** The entries, in prefix order. */
  public List<TranslationEntry> entries() {
    return List.copyOf(new TreeMap<>(byPrefix).values());
  }

  /** The entry with the longest prefix of {@code dialled}, or null. */
  public TranslationEntry match(String dialled) {
    for (int n = Math.min(dialled.length(), longestPrefix); n > 0; n--) {
      TranslationEntry e = byPrefix.get(dialled.substring(0, n));
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** Translates {@code dialled} at time of day {@code time}; {@code random} splits the load. */
  public Translation translate(String dialled, LocalTime time, RandomGenerator random) {
    TranslationEntry e = match(dialled);
    if (e == null) {
      return new Translation(dialled, null, new Translation.Released(unknownNumberCause));
    }
    Treatment t = e.treatmentAt(time);
    Translation.Outcome outcome;
    if (t instanceof Treatment.Route r) {
      RoutingTarget target = r.pick(random);
      outcome = new Translation.Routed(target.apply(dialled), target.natureOfAddress(), target);
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
    rows.add(new String[] {"PREFIX", "TIME", "TREATMENT", "DESCRIPTION"});
    for (TranslationEntry e : entries()) {
      boolean first = true;
      for (TimeBand b : e.bands()) {
        rows.add(
            new String[] {
              first ? e.prefix() : "",
              b.from() + "-" + b.to(),
              b.treatment().toString(),
              first ? e.description() : ""
            });
        first = false;
      }
      rows.add(
          new String[] {
            first ? e.prefix() : "",
            e.bands().isEmpty() ? "always" : "otherwise",
            e.otherwise().toString(),
            first ? e.description() : ""
          });
    }
    rows.add(
        new String[] {"*", "always", "release cause " + unknownNumberCause.value(), "unknown"});
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        line.append(r[i]);
        for (int pad = r[i].length(); i < 3 && pad < width[i] + 2; pad++) {
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
    private final Map<String, TranslationEntry> entries = new HashMap<>();
    private Cause unknownNumberCause = Cause.of(Cause.UNALLOCATED_NUMBER);

    /** Starts an entry; finish it with {@link EntryBuilder#otherwise}. */
    public EntryBuilder entry(String prefix, String description) {
      return new EntryBuilder(this, prefix, description);
    }

    /** Adds a finished entry. */
    public Builder add(TranslationEntry e) {
      if (entries.putIfAbsent(e.prefix(), e) != null) {
        throw new IllegalArgumentException("prefix " + e.prefix() + " configured twice");
      }
      return this;
    }

    /** The cause for numbers no entry matches (default 1, unallocated number). */
    public Builder unknownNumberCause(Cause cause) {
      this.unknownNumberCause = java.util.Objects.requireNonNull(cause, "cause");
      return this;
    }

    public TranslationTable build() {
      return new TranslationTable(Map.copyOf(entries), unknownNumberCause);
    }
  }

  /** Collects the time bands of one entry. */
  public static final class EntryBuilder {
    private final Builder table;
    private final String prefix;
    private final String description;
    private final List<TimeBand> bands = new ArrayList<>();

    EntryBuilder(Builder table, String prefix, String description) {
      this.table = table;
      this.prefix = prefix;
      this.description = description;
    }

    /** The treatment from {@code from} (inclusive) to {@code to} (exclusive). */
    public EntryBuilder between(LocalTime from, LocalTime to, Treatment treatment) {
      bands.add(new TimeBand(from, to, treatment));
      return this;
    }

    /** The treatment outside the bands (or always, without bands); adds the entry. */
    public Builder otherwise(Treatment treatment) {
      return table.add(new TranslationEntry(prefix, description, bands, treatment));
    }
  }
}
