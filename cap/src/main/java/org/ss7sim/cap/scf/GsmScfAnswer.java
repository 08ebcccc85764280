package org.ss7sim.cap.scf;

import java.util.List;
import org.ss7sim.cap.message.CapArgument;

/**
 * What the gsmSCF's service logic answers to an InitialDP or a report: operations to send and
 * whether the dialogue goes on.
 *
 * @param operations sent in this order (an empty list sends nothing)
 * @param end true: TC-END; false: TC-CONTINUE (or nothing, when there are no operations)
 */
public record GsmScfAnswer(List<CapArgument> operations, boolean end) {
  public GsmScfAnswer {
    operations = List.copyOf(operations);
  }

  /** Send the operations in a TC-CONTINUE and wait for reports. */
  public static GsmScfAnswer continueWith(CapArgument... operations) {
    return new GsmScfAnswer(List.of(operations), false);
  }

  /** Send the operations in a TC-END. */
  public static GsmScfAnswer endWith(CapArgument... operations) {
    return new GsmScfAnswer(List.of(operations), true);
  }

  /** Send nothing; keep the dialogue. */
  public static GsmScfAnswer nothing() {
    return new GsmScfAnswer(List.of(), false);
  }
}
