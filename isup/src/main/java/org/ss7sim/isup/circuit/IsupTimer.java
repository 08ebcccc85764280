package org.ss7sim.isup.circuit;

import java.time.Duration;

/** The Q.764 timers this stack runs (Q.764 Annex A, Table A.1), with their default values. */
public enum IsupTimer {
  /** REL sent, awaiting RLC: repeat REL (15–60 s). */
  T1(Duration.ofSeconds(15)),
  /** REL sent, awaiting RLC: give up, send RSC and alert maintenance (5–15 min). */
  T5(Duration.ofMinutes(5)),
  /** Latest address message sent, awaiting ACM/CON (20–30 s). */
  T7(Duration.ofSeconds(20)),
  /** IAM requiring a continuity check received, awaiting COT (10–15 s). */
  T8(Duration.ofSeconds(10)),
  /** ACM received, awaiting answer (90–180 s). */
  T9(Duration.ofSeconds(90)),
  /** BLO sent, awaiting BLA: repeat BLO (15–60 s). */
  T12(Duration.ofSeconds(15)),
  /** BLO sent, awaiting BLA: repeat BLO and alert maintenance (5–15 min). */
  T13(Duration.ofMinutes(5)),
  /** UBL sent, awaiting UBA (15–60 s). */
  T14(Duration.ofSeconds(15)),
  /** UBL sent, awaiting UBA: alert maintenance (5–15 min). */
  T15(Duration.ofMinutes(5)),
  /** RSC sent, awaiting RLC (15–60 s). */
  T16(Duration.ofSeconds(15)),
  /** RSC sent, awaiting RLC: alert maintenance, repeat every T17 (5–15 min). */
  T17(Duration.ofMinutes(5)),
  /** CGB sent, awaiting CGBA (15–60 s). */
  T18(Duration.ofSeconds(15)),
  /** CGB sent, awaiting CGBA: alert maintenance (5–15 min). */
  T19(Duration.ofMinutes(5)),
  /** CGU sent, awaiting CGUA (15–60 s). */
  T20(Duration.ofSeconds(15)),
  /** CGU sent, awaiting CGUA: alert maintenance (5–15 min). */
  T21(Duration.ofMinutes(5)),
  /** GRS sent, awaiting GRA (15–60 s). */
  T22(Duration.ofSeconds(15)),
  /** GRS sent, awaiting GRA: alert maintenance (5–15 min). */
  T23(Duration.ofMinutes(5)),
  /** INR sent, awaiting INF (12–15 s). */
  T33(Duration.ofSeconds(12));

  private final Duration defaultValue;

  IsupTimer(Duration defaultValue) {
    this.defaultValue = defaultValue;
  }

  public Duration defaultValue() {
    return defaultValue;
  }
}
