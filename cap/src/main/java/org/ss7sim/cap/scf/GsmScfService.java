package org.ss7sim.cap.scf;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.cap.CapApplicationContext;
import org.ss7sim.cap.CapCounters;
import org.ss7sim.cap.CapCounters.Counter;
import org.ss7sim.cap.ReceivedInvoke;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapError;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The gsmSCF as a TC-user (TS 29.078 §6.1 and §7.1, gsmSCF side): one per SCP subsystem.
 *
 * <ul>
 *   <li>A TC-BEGIN in a context other than call control or SMS ({@link
 *       CapApplicationContext#isCallControl}, {@link CapApplicationContext#isSms}) is refused with
 *       an AARE naming CAP v2 gsmSSF-to-gsmSCF.
 *   <li>InitialDP / InitialDPSMS (first in a TC-BEGIN) and the reports (EventReportBCSM,
 *       ApplyChargingReport, CallInformationReport, EventReportSMS) go to the {@link GsmScfLogic};
 *       its operations go back in a TC-CONTINUE or TC-END as it says.
 *   <li>An unknown operation is rejected (unrecognizedOperation), an argument that does not decode
 *       is rejected (mistypedParameter), any other operation gets unexpectedComponentSequence, a
 *       logic failure systemFailure; the dialogue then ends. Nothing throws to the caller.
 * </ul>
 */
public final class GsmScfService implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(GsmScfService.class);

  private final TcapStack stack;
  private final GsmScfLogic logic;
  private final Duration invokeTimeout;
  private final CapCounters counters = new CapCounters();

  public GsmScfService(TcapStack stack, GsmScfLogic logic, Duration invokeTimeout) {
    this.stack = stack;
    this.logic = logic;
    this.invokeTimeout = invokeTimeout;
  }

  public GsmScfService(TcapStack stack, GsmScfLogic logic) {
    this(stack, logic, Duration.ofSeconds(10));
  }

  public GsmScfService bind() {
    stack.bind(this);
    return this;
  }

  public CapCounters counters() {
    return counters;
  }

  @Override
  public void onBegin(BeginIndication ind) {
    Dialogue d = ind.dialogue();
    ObjectIdentifier acn = ind.applicationContext();
    if (acn == null
        || !(CapApplicationContext.isCallControl(acn) || CapApplicationContext.isSms(acn))) {
      counters.increment(Counter.REFUSED_APPLICATION_CONTEXT);
      LOG.debug("refusing dialogue {} in context {}", d.id(), acn);
      d.refuseApplicationContext(CapApplicationContext.CAP_V2_GSMSSF_TO_GSMSCF);
      return;
    }
    finish(d, handle(d, ind.components(), true, true));
  }

  @Override
  public void onContinue(ContinueIndication ind) {
    finish(ind.dialogue(), handle(ind.dialogue(), ind.components(), false, true));
  }

  @Override
  public void onEnd(EndIndication ind) {
    handle(ind.dialogue(), ind.components(), false, false);
    logic.onDialogueEnded(ind.dialogue().id());
  }

  @Override
  public void onAbort(AbortIndication ind) {
    counters.increment(Counter.ABORTS_RECEIVED);
    logic.onDialogueEnded(ind.dialogue().id());
  }

  @Override
  public void onLocalReject(Dialogue dialogue, Reject reject) {
    counters.increment(Counter.LOCAL_REJECTS);
  }

  /** What to do with the dialogue after the components of one message. */
  private enum Next {
    END,
    CONTINUE,
    WAIT
  }

  private void finish(Dialogue d, Next next) {
    if (!d.isOpen()) {
      return;
    }
    if (next == Next.END) {
      d.end();
      logic.onDialogueEnded(d.id());
    } else if (next == Next.CONTINUE) {
      d.continueWith();
    }
  }

  private Next handle(Dialogue d, List<Component> components, boolean initial, boolean open) {
    Next next = initial ? Next.END : Next.WAIT;
    boolean failed = false;
    for (Component c : components) {
      if (c instanceof ReturnError || c instanceof Reject) {
        counters.increment(Counter.ERRORS_RECEIVED);
        failed = true;
        continue;
      }
      if (!(c instanceof Invoke inv)) {
        continue;
      }
      ReceivedInvoke r = ReceivedInvoke.of(inv);
      if (r.problem() != null) {
        LOG.debug("dialogue {}: rejecting invoke {}: {}", d.id(), inv.invokeId(), r.reason());
        counters.increment(r.rejectCounter());
        if (open) {
          d.reject(inv.invokeId(), r.problem());
        }
        failed = true;
        continue;
      }
      CapArgument a = r.argument();
      GsmScfAnswer answer;
      try {
        answer = answer(d, a, initial, open);
      } catch (RuntimeException e) {
        LOG.debug("service logic failed on dialogue {}", d.id(), e);
        counters.increment(Counter.LOGIC_FAILURES);
        if (open) {
          d.returnError(
              inv.invokeId(),
              CapError.SYSTEM_FAILURE.errorCode(),
              Octets.ofUnsigned(
                  0x0a, 0x01, 0x00)); // UnavailableNetworkResource unavailableResources
        }
        failed = true;
        continue;
      }
      if (answer == null) {
        counters.increment(Counter.UNEXPECTED_COMPONENT_SEQUENCE);
        if (open) {
          d.returnError(inv.invokeId(), CapError.UNEXPECTED_COMPONENT_SEQUENCE.errorCode(), null);
        }
        failed = true;
        continue;
      }
      initial = false;
      if (!open) {
        if (!answer.operations().isEmpty()) {
          counters.increment(Counter.DISCARDED_AFTER_END);
        }
        continue;
      }
      for (CapArgument op : answer.operations()) {
        CapOperation o = op.operation();
        d.invoke(o.opCode(), CapCodec.encode(op), o.operationClass(), invokeTimeout);
        counters.increment(Counter.INSTRUCTIONS);
      }
      next = answer.end() ? Next.END : answer.operations().isEmpty() ? Next.WAIT : Next.CONTINUE;
    }
    return failed ? Next.END : next;
  }

  /** The logic's answer, or null when the operation is out of place here. */
  private GsmScfAnswer answer(Dialogue d, CapArgument a, boolean initial, boolean open) {
    if (initial && a instanceof InitialDpArg idp) {
      counters.increment(Counter.INITIAL_DP);
      return logic.onInitialDp(d.id(), idp);
    }
    if (initial && a instanceof InitialDpSmsArg idp) {
      counters.increment(Counter.INITIAL_DP);
      return logic.onInitialDpSms(d.id(), idp);
    }
    if (!initial) {
      switch (a.operation()) {
        case EVENT_REPORT_BCSM,
            APPLY_CHARGING_REPORT,
            CALL_INFORMATION_REPORT,
            EVENT_REPORT_SMS -> {
          counters.increment(Counter.REPORTS);
          return logic.onReport(d.id(), a, open);
        }
        default -> {}
      }
    }
    return null;
  }
}
