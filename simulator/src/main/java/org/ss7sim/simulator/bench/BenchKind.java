package org.ss7sim.simulator.bench;

import java.util.Locale;

/** What a bench run loads the network with. */
public enum BenchKind {
  /** MT-SMS: submit_sm at the ESME to the DELIVRD receipt (SRI-for-SM, MT-ForwardSM). */
  SMS,
  /** ISUP calls SSP → STP → SSP, answered at once, released at once: IAM … ANM measured. */
  CALLS,
  /** INAP toll-free calls: IAM held for the SCP's InitialDP → Connect, then as {@link #CALLS}. */
  TOLLFREE;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
