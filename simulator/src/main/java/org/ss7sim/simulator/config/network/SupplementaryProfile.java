package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Map;

/**
 * The supplementary services a subscriber block starts with in its HLR (TS 23.082 call forwarding,
 * TS 23.088 call barring): forwarded-to numbers registered and active per forwarding service, and
 * the barring programmes active. A handset (or anyone else) changes them at run time with
 * registerSS, eraseSS, activateSS and deactivateSS (TS 29.002 §11.2–§11.5).
 *
 * @param forwarding forwarded-to number by service: {@code cfu}, {@code cfb}, {@code cfnry}, {@code
 *     cfnrc}
 * @param noReplyTime the no-reply condition time of {@code cfnry}, seconds (5–30)
 * @param barring the active barring programmes: {@code baoc}, {@code boic}, {@code boic_ex_hc},
 *     {@code baic}, {@code bic_roam}
 */
public record SupplementaryProfile(
    Map<String, String> forwarding, int noReplyTime, List<String> barring) {
  /** Forwarding services by their network-file name, with their SS-Code (TS 29.002 §17.7.5). */
  public static final Map<String, Integer> FORWARDING_CODES =
      Map.of("cfu", 0x21, "cfb", 0x29, "cfnry", 0x2a, "cfnrc", 0x2b);

  /** Barring programmes by their network-file name, with their SS-Code (TS 29.002 §17.7.5). */
  public static final Map<String, Integer> BARRING_CODES =
      Map.of("baoc", 0x92, "boic", 0x93, "boic_ex_hc", 0x94, "baic", 0x9a, "bic_roam", 0x9b);

  /** No services at start. */
  public static final SupplementaryProfile NONE = new SupplementaryProfile(Map.of(), 20, List.of());

  public SupplementaryProfile {
    forwarding = Map.copyOf(forwarding);
    barring = List.copyOf(barring);
  }
}
