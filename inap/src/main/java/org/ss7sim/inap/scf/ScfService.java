package org.ss7sim.inap.scf;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.inap.InapApplicationContext;
import org.ss7sim.inap.InapCounters;
import org.ss7sim.inap.InapCounters.Counter;
import org.ss7sim.inap.InapErrors;
import org.ss7sim.inap.ReceivedInvoke;
import org.ss7sim.inap.message.ApplyChargingReportArg;
import org.ss7sim.inap.message.EventReportBcsmArg;
import org.ss7sim.inap.message.EventTypeBcsm;
import org.ss7sim.inap.message.InapArgument;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The SCF as a TC-user (Q.1218 §6; SCF side of the SSF-SCF interface, Q.1214 §4.2.2): one per SCP
 * subsystem.
 *
 * <ul>
 *   <li>A TC-BEGIN in a context other than the SSF-to-SCF ones is refused with an AARE naming
 *       {@link InapApplicationContext#CORE_INAP_CS1_SSP_TO_SCP}.
 *   <li>An InitialDP goes to the {@link ScfServiceLogic}; its instructions go back in a TC-END, or
 *       in a TC-CONTINUE when they arm events or request charging reports.
 *   <li>An unknown operation is rejected (unrecognizedOperation), an argument that does not decode
 *       is rejected (mistypedParameter), an operation out of place gets the error
 *       unexpectedComponentSequence, and the dialogue ends. Nothing throws to the caller.
 * </ul>
 */
public final class ScfService implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(ScfService.class);

  private final TcapStack stack;
  private final ScfServiceLogic logic;
  private final Duration invokeTimeout;
  private final InapCounters counters = new InapCounters();

  /**
   * @param invokeTimeout invocation timer of the operations sent to the SSF (all class 2)
   */
  public ScfService(TcapStack stack, ScfServiceLogic logic, Duration invokeTimeout) {
    this.stack = stack;
    this.logic = logic;
    this.invokeTimeout = invokeTimeout;
  }

  public ScfService(TcapStack stack, ScfServiceLogic logic) {
    this(stack, logic, Duration.ofSeconds(10));
  }

  /** Binds to the TCAP stack: from now on this service receives its dialogues. */
  public ScfService bind() {
    stack.bind(this);
    return this;
  }

  public InapCounters counters() {
    return counters;
  }

  /** What to do with the dialogue after the components of one message. */
  private enum Next {
    END,
    CONTINUE,
    WAIT
  }

  @Override
  public void onBegin(BeginIndication ind) {
    Dialogue d = ind.dialogue();
    ObjectIdentifier acn = ind.applicationContext();
    if (acn != null && !InapApplicationContext.isSsfToScf(acn)) {
      counters.increment(Counter.REFUSED_APPLICATION_CONTEXT);
      LOG.debug("refusing dialogue {} in context {}", d.id(), acn);
      d.refuseApplicationContext(InapApplicationContext.CORE_INAP_CS1_SSP_TO_SCP);
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
    LOG.debug("dialogue {} aborted: {}", ind.dialogue().id(), ind.kind());
    logic.onDialogueEnded(ind.dialogue().id());
  }

  @Override
  public void onLocalReject(Dialogue dialogue, Reject reject) {
    counters.increment(Counter.LOCAL_REJECTS);
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
    boolean end = false;
    boolean keep = false;
    boolean sawInitialDp = false;
    for (Component c : components) {
      if (c instanceof Invoke inv) {
        ReceivedInvoke r = ReceivedInvoke.of(inv);
        if (r.problem() != null) {
          LOG.debug("dialogue {}: rejecting invoke {}: {}", d.id(), inv.invokeId(), r.reason());
          counters.increment(r.rejectCounter());
          if (open) {
            d.reject(inv.invokeId(), r.problem());
          } else {
            counters.increment(Counter.DISCARDED_AFTER_END);
          }
          end = true;
          continue;
        }
        InapArgument a = r.argument();
        ScfAnswer answer;
        if (a instanceof InitialDpArg idp && initial && !sawInitialDp) {
          sawInitialDp = true;
          counters.increment(Counter.INITIAL_DP);
          answer = ask(() -> logic.onInitialDp(d.id(), idp));
          if (answer instanceof ScfAnswer.Nothing) {
            answer = ScfAnswer.error(InapError.TASK_REFUSED);
          }
        } else if (!initial
            && (a instanceof EventReportBcsmArg || a instanceof ApplyChargingReportArg)) {
          answer = ask(() -> logic.onReport(d.id(), a));
          if (answer instanceof ScfAnswer.Nothing
              && a instanceof EventReportBcsmArg e
              && endsCall(e.eventType())) {
            end = true;
          }
        } else {
          answer = ScfAnswer.error(InapError.UNEXPECTED_COMPONENT_SEQUENCE);
        }
        if (!open) {
          if (!(answer instanceof ScfAnswer.Nothing)) {
            counters.increment(Counter.DISCARDED_AFTER_END);
          }
          continue;
        }
        if (answer instanceof ScfAnswer.Instructions ins) {
          for (InapArgument op : ins.operations()) {
            d.invoke(
                op.operation().opCode(),
                InapCodec.encode(op),
                OperationClass.CLASS_2,
                invokeTimeout);
            counters.increment(Counter.INSTRUCTIONS);
          }
          if (ins.keepsDialogue()) {
            keep = true;
          } else {
            end = true;
          }
        } else if (answer instanceof ScfAnswer.Error err) {
          counters.increment(Counter.RETURN_ERRORS_SENT);
          d.returnError(
              inv.invokeId(),
              err.error().errorCode(),
              err.parameter() != null ? err.parameter() : InapErrors.defaultParameter(err.error()));
          end = true;
        }
      } else if (c instanceof ReturnError) {
        counters.increment(Counter.RETURN_ERRORS_RECEIVED);
        end = true;
      } else if (c instanceof Reject) {
        counters.increment(Counter.REJECTS_RECEIVED);
        end = true;
      }
    }
    if (initial && !sawInitialDp) {
      end = true;
    }
    return end ? Next.END : keep ? Next.CONTINUE : Next.WAIT;
  }

  private ScfAnswer ask(Supplier<ScfAnswer> question) {
    try {
      ScfAnswer a = question.get();
      return a == null ? new ScfAnswer.Nothing() : a;
    } catch (RuntimeException e) {
      counters.increment(Counter.LOGIC_FAILURES);
      LOG.debug("service logic failed", e);
      return ScfAnswer.error(InapError.SYSTEM_FAILURE);
    }
  }

  private static boolean endsCall(EventTypeBcsm type) {
    return switch (type) {
      case O_DISCONNECT, T_DISCONNECT, O_ABANDON, T_ABANDON -> true;
      default -> false;
    };
  }
}
