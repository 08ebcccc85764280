package org.ss7sim.inap.scp;

import java.time.LocalTime;
import java.util.List;

/**
 * One row of the translation table: a dialled-number prefix, its time bands (the first band that
 * contains the time of the call applies) and the treatment outside all bands.
 */
public record TranslationEntry(
    String prefix, String description, List<TimeBand> bands, Treatment otherwise) {
  public TranslationEntry {
    if (prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("prefix must be digits: '" + prefix + "'");
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
