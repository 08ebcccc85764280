package org.ss7sim.mtp;

import org.ss7sim.wire.Octets;

/**
 * The parameters of an MTP-TRANSFER request or indication (Q.701 §8.1): the routing label (OPC,
 * DPC, SLS), the service information (SI, NI, message priority) and the user part's message.
 *
 * @param sls signaling link selection: 0–15 for ITU, 0–255 for ANSI
 * @param messagePriority 0–3 (national use; 0 in international networks)
 */
public record MtpTransfer(
    PointCode opc,
    PointCode dpc,
    ServiceIndicator serviceIndicator,
    NetworkIndicator networkIndicator,
    int messagePriority,
    int sls,
    Octets userData) {
  public MtpTransfer {
    java.util.Objects.requireNonNull(opc, "opc");
    java.util.Objects.requireNonNull(dpc, "dpc");
    java.util.Objects.requireNonNull(serviceIndicator, "serviceIndicator");
    java.util.Objects.requireNonNull(networkIndicator, "networkIndicator");
    java.util.Objects.requireNonNull(userData, "userData");
    if (messagePriority < 0 || messagePriority > 3) {
      throw new IllegalArgumentException("message priority out of range: " + messagePriority);
    }
    if (sls < 0 || sls > 255) {
      throw new IllegalArgumentException("SLS out of range: " + sls);
    }
  }
}
