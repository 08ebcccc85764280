package org.ss7sim.map.service;

import java.util.Optional;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.service.MapDialogueEntry.Request;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.wire.MalformedMessageException;

/**
 * The answers to our invokes (TS 29.002 §16.2.2, Q.773 §3.2): results decoded with the operation's
 * result codec, errors checked against the operation's error list and decoded, peer Rejects passed
 * on; what does not fit is rejected with the Q.773 problem and counted.
 */
final class Answers {
  private Answers() {}

  /** Queues a Reject unless the TCAP dialogue is already released (an End cannot be answered). */
  static void rejectIfOpen(MapDialogueEntry md, InvokeId invokeId, RejectProblem problem) {
    if (md.tc.isOpen()) {
      md.tc.reject(invokeId, problem);
    }
  }

  static boolean result(MapDialogueEntry md, ReturnResult rr, MapCounters counters) {
    Request r = md.pending.get(rr.invokeId().value());
    if (r == null) {
      counters.unknownInvokeIds++;
      rejectIfOpen(
          md, rr.invokeId(), RejectProblem.ReturnResultProblem.UNRECOGNIZED_INVOKE_ID.problem());
      return false;
    }
    MapParameter res = null;
    if (rr.parameter() != null) {
      try {
        var codec = r.operation().resultCodec(md.version);
        if (codec.isEmpty()) {
          throw new MalformedMessageException(
              "operation has no result parameter", 0, "TS 29.002 §17.6");
        }
        res = codec.get().decode(rr.parameter());
      } catch (MalformedMessageException | RuntimeException e) {
        counters.mistypedParameters++;
        md.pending.remove(rr.invokeId().value());
        RejectProblem p = RejectProblem.ReturnResultProblem.MISTYPED_PARAMETER.problem();
        rejectIfOpen(md, rr.invokeId(), p);
        r.listener().accept(new MapOutcome.Rejected(p, false));
        return false;
      }
    }
    if (rr.last()) {
      md.pending.remove(rr.invokeId().value());
      r.listener().accept(new MapOutcome.Result(res));
    }
    return true;
  }

  static boolean error(MapDialogueEntry md, ReturnError re, MapCounters counters) {
    Request r = md.pending.remove(re.invokeId().value());
    if (r == null) {
      counters.unknownInvokeIds++;
      rejectIfOpen(
          md, re.invokeId(), RejectProblem.ReturnErrorProblem.UNRECOGNIZED_INVOKE_ID.problem());
      return false;
    }
    Optional<MapErrorCode> code =
        re.errorCode().global() == null
            ? MapErrorCode.of((int) re.errorCode().local())
            : Optional.empty();
    RejectProblem problem = null;
    MapError error = null;
    if (code.isEmpty()) {
      problem = RejectProblem.ReturnErrorProblem.UNRECOGNIZED_ERROR.problem();
    } else if (!r.operation().errors().contains(code.get())) {
      problem = RejectProblem.ReturnErrorProblem.UNEXPECTED_ERROR.problem();
    } else {
      try {
        error = MapError.decode(code.get(), re.parameter());
      } catch (MalformedMessageException | RuntimeException e) {
        problem = RejectProblem.ReturnErrorProblem.MISTYPED_PARAMETER.problem();
      }
    }
    if (problem != null) {
      if (problem.code() == RejectProblem.ReturnErrorProblem.MISTYPED_PARAMETER.ordinal()) {
        counters.mistypedParameters++;
      } else {
        counters.unexpectedErrors++;
      }
      rejectIfOpen(md, re.invokeId(), problem);
      r.listener().accept(new MapOutcome.Rejected(problem, false));
      return false;
    }
    r.listener().accept(new MapOutcome.Error(error));
    return true;
  }

  static void peerReject(MapDialogueEntry md, Reject rj) {
    if (rj.invokeId() == null) {
      return;
    }
    Request r = md.pending.remove(rj.invokeId().value());
    if (r != null) {
      r.listener().accept(new MapOutcome.Rejected(rj.problem(), true));
    }
    md.received.remove(rj.invokeId().value());
  }
}
