package org.ss7sim.simulator.node.scp;

import java.time.LocalTime;
import java.util.Random;
import org.ss7sim.cap.message.CalledPartyNumber;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.ConnectArg;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseCallArg;
import org.ss7sim.cap.scf.GsmScfAnswer;
import org.ss7sim.cap.scf.GsmScfLogic;
import org.ss7sim.inap.scp.Translation;
import org.ss7sim.inap.scp.TranslationTable;

/**
 * The gsmSCF of an SCP for calls to mobile subscribers with a T-CSI (TS 23.078 §4.5.3; InitialDP at
 * DP12 termAttemptAuthorized), answered from the SCP's {@code translations} in one TC-END: an entry
 * for the called MSISDN (longest prefix, the query's service key before any key) that routes gives
 * Connect to its routing number, one that releases gives ReleaseCall with its cause; no entry gives
 * Continue (the call goes on to the subscriber). Every other CAP dialogue (O-CSI calls, MO-SMS)
 * goes to the SCP's prepaid service when it has one, else is let through (Continue, ContinueSMS by
 * the default answer). Runs on the SCP's thread.
 */
final class TerminatingScf implements GsmScfLogic {
  private final TranslationTable table;
  private final GsmScfLogic others; // null: no prepaid service
  private final Random random = new Random(1);

  TerminatingScf(TranslationTable table, GsmScfLogic others) {
    this.table = table;
    this.others = others;
  }

  @Override
  public GsmScfAnswer onInitialDp(long dialogueId, InitialDpArg idp) {
    if (idp.eventTypeBcsm() != EventTypeBcsm.TERM_ATTEMPT_AUTHORIZED) {
      return others != null
          ? others.onInitialDp(dialogueId, idp)
          : GsmScfAnswer.endWith(NoArgument.CONTINUE);
    }
    String called = idp.calledPartyNumber() == null ? "" : idp.calledPartyNumber().digits();
    if (table.match(called, idp.serviceKey()) == null) {
      return GsmScfAnswer.endWith(NoArgument.CONTINUE);
    }
    Translation t = table.translate(called, idp.serviceKey(), LocalTime.NOON, random);
    if (t.outcome() instanceof Translation.Routed r) {
      return GsmScfAnswer.endWith(
          ConnectArg.to(CalledPartyNumber.of(CalledPartyNumber.INTERNATIONAL, r.number())));
    }
    if (t.outcome() instanceof Translation.Released rel) {
      return GsmScfAnswer.endWith(ReleaseCallArg.of(rel.cause().value()));
    }
    return GsmScfAnswer.endWith(NoArgument.CONTINUE);
  }

  @Override
  public GsmScfAnswer onInitialDpSms(long dialogueId, InitialDpSmsArg idp) {
    return others != null
        ? others.onInitialDpSms(dialogueId, idp)
        : GsmScfAnswer.endWith(NoArgument.CONTINUE_SMS);
  }

  @Override
  public GsmScfAnswer onReport(long dialogueId, CapArgument report, boolean open) {
    return others != null ? others.onReport(dialogueId, report, open) : GsmScfAnswer.nothing();
  }

  @Override
  public void onDialogueEnded(long dialogueId) {
    if (others != null) {
      others.onDialogueEnded(dialogueId);
    }
  }
}
