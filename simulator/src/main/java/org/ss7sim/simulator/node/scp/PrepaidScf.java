package org.ss7sim.simulator.node.scp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.ApplyChargingReportArg;
import org.ss7sim.cap.message.BcsmEvent;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.EventReportBcsmArg;
import org.ss7sim.cap.message.EventReportSmsArg;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.EventTypeSms;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.cap.message.LegId;
import org.ss7sim.cap.message.MonitorMode;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseCallArg;
import org.ss7sim.cap.message.ReleaseSmsArg;
import org.ss7sim.cap.message.RequestReportBcsmEventArg;
import org.ss7sim.cap.message.RequestReportSmsEventArg;
import org.ss7sim.cap.message.SmsEvent;
import org.ss7sim.cap.scf.GsmScfAnswer;
import org.ss7sim.cap.scf.GsmScfLogic;
import org.ss7sim.simulator.config.network.PrepaidService;

/**
 * The prepaid service of an SCP as gsmSCF (TS 23.078 §4.5, TS 29.078 §6): a balance per calling
 * subscriber in credit units, {@code tariff} units per second of answered call. InitialDP →
 * RequestReportBCSMEvent (oAnswer notify, oDisconnect of both legs interrupted) + ApplyCharging
 * (maxCallPeriodDuration: the remaining credit, at most {@code max_period}) + Continue; each
 * ApplyChargingReport is debited (rounded up to a unit) and answered with the next ApplyCharging,
 * or, when the credit is gone and the call still active, with ReleaseCall ({@code release_cause})
 * in a TC-END. A subscriber without an account or credit is released at InitialDP. oDisconnect →
 * ReleaseCall normal clearing, ending the dialogue. Runs on the SCP's thread.
 */
public final class PrepaidScf implements GsmScfLogic {
  private final PrepaidService service;
  private final Map<String, Long> balances = new HashMap<>();
  private final Map<Long, String> dialogues = new HashMap<>();

  public PrepaidScf(PrepaidService service) {
    this.service = service;
  }

  /** The balance of a subscriber now (units), if it has an account. */
  public Optional<Long> balance(String msisdn) {
    Long b = balances.get(msisdn);
    return b != null ? Optional.of(b) : service.balanceOf(msisdn);
  }

  /** Dialogues with a gsmSSF not over yet. */
  public int openDialogues() {
    return dialogues.size();
  }

  @Override
  public GsmScfAnswer onInitialDp(long dialogueId, InitialDpArg idp) {
    String msisdn = idp.callingPartyNumber() == null ? "" : idp.callingPartyNumber().digits();
    Optional<Long> balance = balance(msisdn);
    if (balance.isEmpty() || credit(balance.get()) <= 0) {
      return GsmScfAnswer.endWith(ReleaseCallArg.of(service.releaseCause()));
    }
    balances.put(msisdn, balance.get());
    dialogues.put(dialogueId, msisdn);
    return GsmScfAnswer.continueWith(
        RequestReportBcsmEventArg.of(
            BcsmEvent.of(EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(2)),
            BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(1)),
            BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(2))),
        period(msisdn),
        NoArgument.CONTINUE);
  }

  @Override
  public GsmScfAnswer onReport(long dialogueId, CapArgument report, boolean open) {
    String msisdn = dialogues.get(dialogueId);
    if (msisdn == null) {
      return GsmScfAnswer.nothing();
    }
    if (report instanceof ApplyChargingReportArg acr) {
      long tenths = acr.callResult().timeInformation().time();
      long cost = (tenths * service.tariff() + 9) / 10;
      balances.merge(msisdn, -cost, (a, b) -> Math.max(0, a + b));
      if (!open || !acr.callResult().isCallActive()) {
        return GsmScfAnswer.nothing();
      }
      if (credit(balances.get(msisdn)) > 0) {
        return GsmScfAnswer.continueWith(period(msisdn));
      }
      return GsmScfAnswer.endWith(ReleaseCallArg.of(service.releaseCause()));
    }
    if (report instanceof EventReportSmsArg sms
        && sms.eventType() == EventTypeSms.O_SMS_SUBMISSION) {
      balances.merge(msisdn, (long) -service.smsPrice(), Long::sum);
      return GsmScfAnswer.nothing();
    }
    if (open
        && report instanceof EventReportBcsmArg erb
        && erb.eventType() == EventTypeBcsm.O_DISCONNECT) {
      return GsmScfAnswer.endWith(ReleaseCallArg.of(Cause.NORMAL_CLEARING));
    }
    return GsmScfAnswer.nothing();
  }

  /**
   * InitialDPSMS (MO-SMS-CSI): with {@code sms_price} units left, RequestReportSMSEvent
   * (o-smsSubmission, o-smsFailure, notify) + ContinueSMS, the price debited at o-smsSubmission;
   * otherwise ReleaseSMS (RP cause 21, short message transfer rejected).
   */
  @Override
  public GsmScfAnswer onInitialDpSms(long dialogueId, InitialDpSmsArg idp) {
    String msisdn = idp.callingPartyNumber() == null ? "" : idp.callingPartyNumber().digits();
    Optional<Long> balance = balance(msisdn);
    if (balance.isEmpty() || balance.get() < service.smsPrice()) {
      return GsmScfAnswer.endWith(new ReleaseSmsArg(ReleaseSmsArg.SM_TRANSFER_REJECTED));
    }
    balances.put(msisdn, balance.get());
    dialogues.put(dialogueId, msisdn);
    return GsmScfAnswer.continueWith(
        RequestReportSmsEventArg.of(
            SmsEvent.of(EventTypeSms.O_SMS_SUBMISSION, MonitorMode.NOTIFY_AND_CONTINUE),
            SmsEvent.of(EventTypeSms.O_SMS_FAILURE, MonitorMode.NOTIFY_AND_CONTINUE)),
        NoArgument.CONTINUE_SMS);
  }

  @Override
  public void onDialogueEnded(long dialogueId) {
    dialogues.remove(dialogueId);
  }

  /** The call time the balance pays for, in 100 ms units (unlimited with tariff 0). */
  private long credit(long balance) {
    return service.tariff() == 0 ? Long.MAX_VALUE : balance * 10 / service.tariff();
  }

  private ApplyChargingArg period(String msisdn) {
    long max = service.maxPeriod().toMillis() / 100;
    return ApplyChargingArg.of(
        (int) Math.max(1, Math.min(credit(balances.get(msisdn)), max)), false);
  }
}
