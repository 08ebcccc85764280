package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.isup.message.Continuity;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.ContinuityIndicators;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;

/**
 * The outgoing half of call set-up (Q.764 §2.1.1, §2.1.8): circuit selection, IAM with T7, and COT
 * when the continuity check is done on this circuit.
 */
final class OutgoingCalls {
  private OutgoingCalls() {}

  /**
   * Selects a circuit in {@code group} for {@code call} and sends its IAM (and COT), or ends the
   * call with cause 34 when no circuit is free.
   */
  static void seizeAndSend(CallProcessing p, Call call, TrunkGroup group) {
    Circuit circuit = group.select();
    if (circuit == null) {
      p.tellEnd(call, CauseValue.NO_CIRCUIT_AVAILABLE, CallRelease.Initiator.NETWORK);
      p.finish(call);
      return;
    }
    call.circuit = circuit;
    circuit.use(call, p.clock.nanoTime());
    p.fire(call, CallEvent.USER_SETUP);
    call.iam = initialAddress(circuit, call.setup);
    p.startCallTimer(call, IsupTimer.T7, CallEvent.T7_EXPIRY);
    p.send(call, call.iam);
    if (call.setup.continuityCheck() && call.circuit == circuit && !call.ended) {
      p.send(call, new Continuity(circuit.cic(), ContinuityIndicators.SUCCESSFUL));
    }
  }

  private static InitialAddress initialAddress(Circuit circuit, CallSetup s) {
    OptionalParameters optional =
        s.calling().isEmpty()
            ? OptionalParameters.NONE
            : OptionalParameters.of(CallingPartyNumber.national(s.calling()));
    return new InitialAddress(
        circuit.cic(),
        NatureOfConnectionIndicators.of(0, s.continuityCheck() ? 1 : 0, false),
        ForwardCallIndicators.of(false, true, 0, true),
        s.category(),
        TransmissionMediumRequirement.SPEECH,
        CalledPartyNumber.national(s.called()),
        optional);
  }
}
