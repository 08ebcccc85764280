package org.ss7sim.sccp.scmg;

import java.util.Objects;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;

/**
 * An SCMG message (Q.713 §5.3), carried as the data of a UDT between SSN 1 and SSN 1.
 *
 * <pre>
 *   format identifier | affected SSN | affected PC (2 octets, LSB first) | SMI | [congestion level, SSC only]
 * </pre>
 *
 * @param subsystemMultiplicity the subsystem multiplicity indicator octet (bits 1–2; 0 = unknown)
 * @param congestionLevel 1–8 for SSC, 0 otherwise
 */
public record ScmgMessage(
    ScmgMessageType type,
    Ssn affectedSsn,
    PointCode affectedPointCode,
    int subsystemMultiplicity,
    int congestionLevel) {
  public ScmgMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(affectedSsn, "affectedSsn");
    Objects.requireNonNull(affectedPointCode, "affectedPointCode");
    if (subsystemMultiplicity < 0
        || subsystemMultiplicity > 255
        || congestionLevel < 0
        || congestionLevel > 255) {
      throw new IllegalArgumentException("SMI or congestion level out of range");
    }
  }

  public static ScmgMessage of(ScmgMessageType type, Ssn affectedSsn, PointCode affectedPointCode) {
    return new ScmgMessage(type, affectedSsn, affectedPointCode, 0, 0);
  }
}
