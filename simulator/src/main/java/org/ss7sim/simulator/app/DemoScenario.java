package org.ss7sim.simulator.app;

import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.scenario.Scenario;

/**
 * The scenario of {@code ss7sim demo} on the built-in network: calls answered, busy, not answered,
 * toll-free via the SCP and to mobile subscribers (through the HLR to the MSC), and short messages
 * (short, long, UCS2, to an absent subscriber who later returns), each with the outcome it must
 * have. With five calls or more one of them is a CAMEL prepaid call from a handset that the SCP
 * releases when its credit runs out; with five messages or more one of them is a CAMEL-charged
 * MO-SMS, and a USSD menu walk runs beside them (issue 19's mobile services).
 */
public final class DemoScenario {
  private DemoScenario() {}

  /** Splits {@code calls} over the call cases and {@code sms} over the message cases. */
  public static Scenario of(int calls, int sms) {
    StringBuilder y = new StringBuilder("name: demo\nseed: 1\ntraffic:\n");
    int busy = calls / 5;
    int noAnswer = calls / 5;
    int tollFree = calls / 5;
    int mobile = calls / 5;
    int prepaid = calls >= 5 ? 1 : 0;
    int answered = calls - busy - noAnswer - tollFree - mobile - prepaid;
    if (answered > 0) {
      y.append(
          "  - {name: calls-answered, kind: call, from: ssp-a, to: {range: \"9992021000-9992021999\"},"
              + " calling: {range: \"9992010000-9992010999\"}, rate: 20, count: "
              + answered
              + ", hold: 1s, expect: {success_ratio: 1.0}}\n");
    }
    if (busy > 0) {
      y.append(
          "  - {name: calls-busy, kind: call, from: ssp-a, to: {range: \"9992022000-9992022999\"},"
              + " rate: 20, count: "
              + busy
              + ", expect: {causes: {user_busy: "
              + busy
              + "}}}\n");
    }
    if (noAnswer > 0) {
      y.append(
          "  - {name: calls-no-answer, kind: call, from: ssp-a, to: {range: \"9992023000-9992023999\"},"
              + " rate: 20, count: "
              + noAnswer
              + ", expect: {causes: {no_answer: "
              + noAnswer
              + "}}}\n");
    }
    if (tollFree > 0) {
      y.append(
          "  - {name: calls-toll-free, kind: call, from: ssp-a, to: \"08001234567\","
              + " rate: 20, count: "
              + tollFree
              + ", hold: 1s, expect: {success_ratio: 1.0}}\n");
    }
    mobileCalls(y, mobile);
    if (prepaid > 0) {
      prepaidCall(y);
    }
    if (sms > 0) {
      int charged = sms >= 5 ? 1 : 0;
      int absent = Math.max(1, sms / 10);
      int ucs2 = sms / 5;
      int longs = sms / 5;
      int shorts = Math.max(0, sms - absent - ucs2 - longs - charged);
      if (shorts > 0) {
        y.append(
            "  - {name: sms-short, kind: sms, from: esme1, to: {subscribers: attached},"
                + " rate: 20, count: "
                + shorts
                + ", expect: {success_ratio: 1.0}}\n");
      }
      if (longs > 0) {
        y.append(
            "  - {name: sms-long, kind: sms, from: esme1, to: {subscribers: attached}, length: 300,"
                + " rate: 20, count: "
                + longs
                + ", expect: {success_ratio: 1.0}}\n");
      }
      if (ucs2 > 0) {
        y.append(
            "  - {name: sms-ucs2, kind: sms, from: esme1, to: {subscribers: attached},"
                + " alphabet: ucs2, text: \"Привет from ss7sim\", rate: 20, count: "
                + ucs2
                + ", expect: {success_ratio: 1.0}}\n");
      }
      y.append(
          "  - {name: sms-absent-returns, kind: sms, from: esme1, to: \"9990120000000\","
              + " rate: 20, count: "
              + absent
              + ", expect: {success_ratio: 1.0}}\n");
      if (charged > 0) {
        mobileServices(y);
      }
      y.append("events:\n");
      y.append(
          "  - {at: 3s, action: subscriber_state, subscriber: \"9990120000000\", state: attached}\n");
    }
    return ConfigLoader.parseScenario("demo", y.toString());
  }

  /**
   * A call from a prepaid handset (DESIGN.md §3 flow 6): the MSC's gsmSSF sends InitialDP on the
   * caller's O-CSI, the SCP grants ApplyCharging periods of at most 2 s from a credit of 3 s, the
   * MSC reports each period (ApplyChargingReport) and the SCP ends the call with ReleaseCall cause
   * 31 (normal_unspecified) 3 s after answer, well before the caller's 10 s.
   */
  private static void prepaidCall(StringBuilder y) {
    y.append(
        "  - {name: prepaid-released, kind: mo_call, from: msc,"
            + " calling: {numbers: [\"9990150000000\"]}, to: {numbers: [\"9992021000\"]},"
            + " count: 1, hold: 10s, expect: {attempted: 1, causes: {normal_unspecified: 1}}}\n");
  }

  /**
   * A short message from a prepaid handset to the ESME's short code, charged through its MO-SMS-CSI
   * (InitialDPSMS, ContinueSMS, then MO-ForwardSM to the SMSC and deliver_sm to esme1), and a USSD
   * menu walk (*123#, 2 Bundles, 1 Data 1GB) in one MAP dialogue with the HLR.
   */
  private static void mobileServices(StringBuilder y) {
    y.append(
        "  - {name: mo-sms-charged, kind: mo_sms, from: msc,"
            + " sender: {numbers: [\"9990150000001\"]}, to: \"1234\", count: 1,"
            + " expect: {attempted: 1, success_ratio: 1.0}}\n");
    y.append(
        "  - {name: ussd-menu, kind: ussd, from: msc, to: \"9990110000007\", text: \"*123#\","
            + " choices: [\"2\", \"1\"], expect_text: \"1GB of data added\", count: 1,"
            + " expect: {attempted: 1, success_ratio: 1.0}}\n");
  }

  /**
   * Mobile terminated calls (DESIGN.md §3 flow 4) from ssp-a as gateway MSC: SRI to the HLR, PRN to
   * the VLR, the IAM to the roaming number at the MSC. Attached subscribers answer; from three
   * calls on, one goes to a busy subscriber (17) and one to an absent one (20, from the HLR).
   */
  private static void mobileCalls(StringBuilder y, int mobile) {
    int unreachable = mobile >= 3 ? 1 : 0;
    int answered = mobile - 2 * unreachable;
    if (answered > 0) {
      y.append(
          "  - {name: calls-mobile, kind: call, from: ssp-a, to: {range: \"9990110000100-9990110000199\"},"
              + " calling: {range: \"9992010000-9992010999\"}, rate: 20, count: "
              + answered
              + ", hold: 1s, expect: {success_ratio: 1.0}}\n");
    }
    if (unreachable > 0) {
      y.append(
          "  - {name: calls-mobile-busy, kind: call, from: ssp-a, to: \"9990140000001\", rate: 20,"
              + " count: 1, expect: {causes: {user_busy: 1}}}\n");
      y.append(
          "  - {name: calls-mobile-absent, kind: call, from: ssp-a, to: \"9990120000005\", rate: 20,"
              + " count: 1, expect: {causes: {subscriber_absent: 1}}}\n");
    }
  }
}
