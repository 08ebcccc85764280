package org.ss7sim.inap.scf;

import java.util.List;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.Continue;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.wire.Octets;

/**
 * What the service logic tells the {@link ScfService} to answer an InitialDP (or a report) with.
 */
public sealed interface ScfAnswer {

  /**
   * Operations to invoke at the SSF, in order (e.g. RequestReportBCSMEvent then Connect). When one
   * of them arms events or asks for charging reports the dialogue stays open (TC-CONTINUE),
   * otherwise it ends with them (TC-END).
   */
  record Instructions(List<InapArgument> operations) implements ScfAnswer {
    public Instructions {
      operations = List.copyOf(operations);
      if (operations.isEmpty()) {
        throw new IllegalArgumentException("instructions need at least one operation");
      }
      for (InapArgument a : operations) {
        switch (a.operation()) {
          case CONNECT, CONTINUE, RELEASE_CALL, REQUEST_REPORT_BCSM_EVENT, APPLY_CHARGING -> {}
          default ->
              throw new IllegalArgumentException(a.operation() + " is not an SCF → SSF operation");
        }
      }
    }

    /** Whether the SCF expects more from the SSF (armed events or charging reports). */
    public boolean keepsDialogue() {
      return operations.stream()
          .anyMatch(
              a ->
                  a.operation() == InapOperation.REQUEST_REPORT_BCSM_EVENT
                      || a.operation() == InapOperation.APPLY_CHARGING);
    }
  }

  /** A ReturnError for the received invoke; the dialogue ends. */
  record Error(InapError error, Octets parameter) implements ScfAnswer {
    public Error {
      java.util.Objects.requireNonNull(error, "error");
    }
  }

  /** Nothing to send now (only for reports; an InitialDP always gets an answer). */
  record Nothing() implements ScfAnswer {}

  static ScfAnswer connect(CalledPartyNumber destination) {
    return new Instructions(List.of(ConnectArg.to(destination)));
  }

  static ScfAnswer continueCall() {
    return new Instructions(List.of(Continue.INSTANCE));
  }

  static ScfAnswer release(Cause cause) {
    return new Instructions(List.of(new ReleaseCallArg(cause)));
  }

  static ScfAnswer error(InapError error) {
    return new Error(error, null);
  }
}
