package org.ss7sim.inap.scp;

import java.time.LocalTime;
import java.util.List;

/**
 * One row of the translation table: a dialled-number prefix, optionally only for queries with one
 * service key, its time bands (the first band that contains the time of the call applies) and the
 * treatment outside all bands.
 *
 * @param serviceKey the service key the entry is for, or -1 for any
 */
public record TranslationEntry(
    String prefix, long serviceKey, String description, List<TimeBand> bands, Treatment otherwise) {
  public static final long ANY_SERVICE_KEY = -1;

  public TranslationEntry {
    if (prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("prefix must be digits: '" + prefix + "'");
    }
    if (serviceKey < -1 || serviceKey > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("service key out of range: " + serviceKey);
    }
    description = description == null ? "" : description;
    bands = List.copyOf(bands);
    java.util.Objects.requireNonNull(otherwise, "otherwise");
  }

  /** The treatment at time of day {@code t}. */
  public Treatment treatmentAt(LocalTime t) {
    for (TimeBand b : bands) {
      if (b.contains(t)) {
        return b.treatment();
      }
    }
    return otherwise;
  }
}
