package org.ss7sim.inap.scp;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NumberingPlan;
import org.ss7sim.inap.scf.ScfAnswer;
import org.ss7sim.inap.scf.ScfServiceLogic;
import org.ss7sim.wire.time.TimerService;

/**
 * The SCP's number-translation service logic: the called party number of each InitialDP goes
 * through the {@link TranslationTable} at the current time of day; a route becomes Connect, a
 * release ReleaseCall, continue Continue. An InitialDP without a called party number is answered
 * with the error missingParameter; one whose service key this service does not serve (when keys are
 * configured) with missingCustomerRecord.
 *
 * <p>Time comes from the {@link TimerService}'s wall clock in {@code zone}; the load split draws
 * from the injected random generator, so a seeded one makes runs repeatable. Counts per routing
 * number and outcome are kept for reports.
 */
public final class NumberTranslation implements ScfServiceLogic {
  private final TranslationTable table;
  private final TimerService clock;
  private final ZoneId zone;
  private final RandomGenerator random;
  private final java.util.Set<Long> serviceKeys;
  private final Map<String, Long> counts = new HashMap<>();

  /**
   * @param serviceKeys the service keys served; empty serves all
   */
  public NumberTranslation(
      TranslationTable table,
      TimerService clock,
      ZoneId zone,
      RandomGenerator random,
      java.util.Set<Long> serviceKeys) {
    this.table = table;
    this.clock = clock;
    this.zone = zone;
    this.random = random;
    this.serviceKeys = java.util.Set.copyOf(serviceKeys);
  }

  public TranslationTable table() {
    return table;
  }

  /** The time of day the table is evaluated at now. */
  public LocalTime timeOfDay() {
    return LocalTime.ofInstant(Instant.ofEpochMilli(clock.currentTimeMillis()), zone);
  }

  /**
   * How often each outcome was chosen: keys {@code route:<number>} (the routing number, or the
   * routing prefix), {@code release:<cause>}, {@code continue}.
   */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  @Override
  public ScfAnswer onInitialDp(long dialogueId, InitialDpArg idp) {
    if (!serviceKeys.isEmpty() && !serviceKeys.contains(idp.serviceKey())) {
      return new ScfAnswer.Error(InapError.MISSING_CUSTOMER_RECORD, null);
    }
    CalledPartyNumber called = idp.calledPartyNumber();
    if (called == null || called.digits().isEmpty()) {
      return new ScfAnswer.Error(InapError.MISSING_PARAMETER, null);
    }
    String dialled = stripSt(called.digits());
    Translation t = table.translate(dialled, idp.serviceKey(), timeOfDay(), random);
    Translation.Outcome o = t.outcome();
    if (o instanceof Translation.Routed r) {
      counts.merge("route:" + r.target().routingNumber(), 1L, Long::sum);
      return ScfAnswer.connect(
          new CalledPartyNumber(r.natureOfAddress(), false, NumberingPlan.ISDN, r.number(), 0, 0));
    }
    if (o instanceof Translation.Released rel) {
      counts.merge("release:" + rel.cause().value(), 1L, Long::sum);
      return ScfAnswer.release(rel.cause());
    }
    counts.merge("continue", 1L, Long::sum);
    return ScfAnswer.continueCall();
  }

  /** Digits without a trailing ST (end of pulsing) signal. */
  private static String stripSt(String digits) {
    return digits.endsWith("f") ? digits.substring(0, digits.length() - 1) : digits;
  }
}
