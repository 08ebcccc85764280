package org.ss7sim.inap;

import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Application context names for INAP CS-1 dialogues.
 *
 * <p>Two families are in use. ETSI Core INAP CS-1 (ETS 300 374-1) names its contexts {@code
 * {itu-t(0) identified-organization(4) etsi(0) inDomain(1) in-network(1) cs1(1) ac(0) n}}; n = 0 is
 * the SSP-to-SCP context that carries InitialDP, and Wireshark dissects INAP by that name. ITU
 * Q.1218 names them {@code {itu-t(0) recommendation(0) q(17) 1218 ac(1) n version1(0)}}; n = 0 is
 * the generic SSF-to-SCF context, n = 4 the generic SCF-to-SSF context. Both families carry the
 * same operations here. (The Core-INAP-CS1-Codes module is 0.4.0.1.1.0.3.0; it is a module, not a
 * context.)
 */
public final class InapApplicationContext {
  /** Core-INAP-CS1-SSP-to-SCP-AC, 0.4.0.1.1.1.0.0: the default for dialogues we start. */
  public static final ObjectIdentifier CORE_INAP_CS1_SSP_TO_SCP =
      ObjectIdentifier.of(0, 4, 0, 1, 1, 1, 0, 0);

  /** Core-INAP-CS1-SCP-to-SSP-AC, 0.4.0.1.1.1.0.3. */
  public static final ObjectIdentifier CORE_INAP_CS1_SCP_TO_SSP =
      ObjectIdentifier.of(0, 4, 0, 1, 1, 1, 0, 3);

  /** Q.1218 generic SSF-to-SCF AC, 0.0.17.1218.1.0.0. */
  public static final ObjectIdentifier Q1218_GENERIC_SSF_TO_SCF =
      ObjectIdentifier.of(0, 0, 17, 1218, 1, 0, 0);

  /** Q.1218 generic SCF-to-SSF AC, 0.0.17.1218.1.4.0. */
  public static final ObjectIdentifier Q1218_GENERIC_SCF_TO_SSF =
      ObjectIdentifier.of(0, 0, 17, 1218, 1, 4, 0);

  private InapApplicationContext() {}

  /** Whether an SCF accepts a dialogue (started by an SSF with InitialDP) in this context. */
  public static boolean isSsfToScf(ObjectIdentifier acn) {
    return CORE_INAP_CS1_SSP_TO_SCP.equals(acn) || Q1218_GENERIC_SSF_TO_SCF.equals(acn);
  }
}
