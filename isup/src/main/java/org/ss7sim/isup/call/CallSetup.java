package org.ss7sim.isup.call;

import java.util.Objects;
import org.ss7sim.isup.parameter.AddressSignals;
import org.ss7sim.isup.parameter.CallingPartysCategory;

/**
 * A request to place an outgoing call (the user's set-up request, Q.764 §2.1.1).
 *
 * @param trunkGroup the name of the trunk group to route on
 * @param called called party digits (national format); with {@code overlap} the first digits only
 * @param calling calling party digits, or empty for none
 * @param category calling party's category
 * @param overlap true when more digits follow with {@link CallControl#sendDigits}
 * @param continuityCheck true to ask the incoming side to wait for COT (T8 there)
 */
public record CallSetup(
    String trunkGroup,
    String called,
    String calling,
    CallingPartysCategory category,
    boolean overlap,
    boolean continuityCheck) {
  public CallSetup {
    Objects.requireNonNull(trunkGroup, "trunkGroup");
    AddressSignals.check(called);
    AddressSignals.check(calling);
    Objects.requireNonNull(category, "category");
    if (called.isEmpty()) {
      throw new IllegalArgumentException("called number is empty");
    }
  }

  /** An en-bloc call from an ordinary subscriber. */
  public static CallSetup of(String trunkGroup, String called, String calling) {
    return new CallSetup(
        trunkGroup, called, calling, CallingPartysCategory.ORDINARY_SUBSCRIBER, false, false);
  }

  public CallSetup withOverlap() {
    return new CallSetup(trunkGroup, called, calling, category, true, continuityCheck);
  }

  public CallSetup withContinuityCheck() {
    return new CallSetup(trunkGroup, called, calling, category, overlap, true);
  }
}
