package org.ss7sim.inap.scp;

import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.NatureOfAddress;

/**
 * The outcome of translating one dialled number.
 *
 * @param entry the entry that matched, or null for an unknown number
 */
public record Translation(String dialled, TranslationEntry entry, Outcome outcome) {

  /** What to do with the call. */
  public sealed interface Outcome {}

  /** Route to {@code number}, chosen as {@code target}. */
  public record Routed(String number, NatureOfAddress natureOfAddress, RoutingTarget target)
      implements Outcome {}

  /** Release with {@code cause}. */
  public record Released(Cause cause) implements Outcome {}

  /** Continue with the dialled number. */
  public record Continued() implements Outcome {}
}
