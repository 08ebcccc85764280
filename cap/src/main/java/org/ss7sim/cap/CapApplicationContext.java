package org.ss7sim.cap;

import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Application context names of CAMEL dialogues (TS 29.078 §5.5 for phase 2, the
 * CAP-object-identifiers module of phase 3, §5 and §7). Phase 1 and 2 contexts live under {@code
 * {itu-t(0) identified-organization(4) etsi(0) mobileDomain(0) gsm-Network(1) cap(0) ...}}: {@code
 * 50} is gsmSSF-to-gsmSCF, {@code 51} assist-gsmSSF-to-gsmSCF, {@code 52} gsmSRF-to-gsmSCF, the
 * last arc the version (0 phase 1, 1 phase 2). Phase 3 contexts live under {@code {...
 * mobileDomain(0) umts-network(1) cap3(21) ac(3) n}} ({@code cap3OE(20)} for the gsmSRF one).
 *
 * <pre>
 *   phase 2  CAP-v2-gsmSSF-to-gsmSCF-AC          0.4.0.0.1.0.50.1
 *            CAP-v2-assist-gsmSSF-to-gsmSCF-AC   0.4.0.0.1.0.51.1
 *            CAP-v2-gsmSRF-to-gsmSCF-AC          0.4.0.0.1.0.52.1
 *   phase 3  capssf-scfGenericAC                 0.4.0.0.1.21.3.4
 *            capssf-scfAssistHandoffAC           0.4.0.0.1.21.3.6
 *            gsmSRF-gsmSCF-ac                    0.4.0.0.1.20.3.14
 *            cap3-sms-AC (capssf-scfSMS)         0.4.0.0.1.21.3.61
 * </pre>
 */
public final class CapApplicationContext {
  /** Phase 1 gsmSSF-to-gsmSCF, 0.4.0.0.1.0.50.0 (recognised, not offered). */
  public static final ObjectIdentifier CAP_V1_GSMSSF_TO_GSMSCF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 50, 0);

  /** Phase 2 gsmSSF-to-gsmSCF: InitialDP and the call-control operations; the default. */
  public static final ObjectIdentifier CAP_V2_GSMSSF_TO_GSMSCF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 50, 1);

  /** Phase 2 assist gsmSSF-to-gsmSCF (AssistRequestInstructions from an assisting SSF). */
  public static final ObjectIdentifier CAP_V2_ASSIST_GSMSSF_TO_GSMSCF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 51, 1);

  /** Phase 2 gsmSRF-to-gsmSCF (specialized resource: announcements, digit collection). */
  public static final ObjectIdentifier CAP_V2_GSMSRF_TO_GSMSCF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 52, 1);

  /** Phase 3 capssf-scfGenericAC. */
  public static final ObjectIdentifier CAP_V3_GSMSSF_SCF_GENERIC =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 21, 3, 4);

  /** Phase 3 capssf-scfAssistHandoffAC. */
  public static final ObjectIdentifier CAP_V3_GSMSSF_SCF_ASSIST_HANDOFF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 21, 3, 6);

  /** Phase 3 gsmSRF-gsmSCF-ac. */
  public static final ObjectIdentifier CAP_V3_GSMSRF_GSMSCF =
      ObjectIdentifier.of(0, 4, 0, 0, 1, 20, 3, 14);

  /** Phase 3 cap3-sms-AC (capssf-scfSMS): InitialDPSMS and the SMS operations. */
  public static final ObjectIdentifier CAP_V3_SMS = ObjectIdentifier.of(0, 4, 0, 0, 1, 21, 3, 61);

  private CapApplicationContext() {}

  /** Whether a gsmSCF accepts a call-control dialogue (started with InitialDP) in this context. */
  public static boolean isCallControl(ObjectIdentifier acn) {
    return CAP_V2_GSMSSF_TO_GSMSCF.equals(acn) || CAP_V3_GSMSSF_SCF_GENERIC.equals(acn);
  }

  /** Whether a gsmSCF accepts an SMS dialogue (started with InitialDPSMS) in this context. */
  public static boolean isSms(ObjectIdentifier acn) {
    return CAP_V3_SMS.equals(acn);
  }

  /** The CAMEL phase (1–3) of a context named here, or 0 when it is not a CAP context. */
  public static int phase(ObjectIdentifier acn) {
    if (CAP_V1_GSMSSF_TO_GSMSCF.equals(acn)) {
      return 1;
    }
    if (CAP_V2_GSMSSF_TO_GSMSCF.equals(acn)
        || CAP_V2_ASSIST_GSMSSF_TO_GSMSCF.equals(acn)
        || CAP_V2_GSMSRF_TO_GSMSCF.equals(acn)) {
      return 2;
    }
    if (CAP_V3_GSMSSF_SCF_GENERIC.equals(acn)
        || CAP_V3_GSMSSF_SCF_ASSIST_HANDOFF.equals(acn)
        || CAP_V3_GSMSRF_GSMSCF.equals(acn)
        || CAP_V3_SMS.equals(acn)) {
      return 3;
    }
    return 0;
  }
}
