package org.ss7sim.inap;

import org.ss7sim.inap.message.InapError;
import org.ss7sim.wire.Octets;

/**
 * Parameters of the INAP errors that carry one (Q.1218 §6, IN-CS-1-Errors): taskRefused and
 * systemFailure carry an ENUMERATED, encoded here as the complete BER element.
 */
public final class InapErrors {
  private InapErrors() {}

  /** {@code TaskRefused ::= ENUMERATED {generic(0), unobtainable(1), congestion(2)}}. */
  public static Octets taskRefused(InapError.TaskRefusedReason reason) {
    return Octets.ofUnsigned(0x0a, 0x01, reason.ordinal());
  }

  /**
   * {@code UnavailableNetworkResource ::= ENUMERATED {unavailableResources(0), componentFailure(1),
   * basicCallProcessingException(2), resourceStatusFailure(3), endUserFailure(4)}}.
   */
  public static Octets systemFailure(int unavailableNetworkResource) {
    if (unavailableNetworkResource < 0 || unavailableNetworkResource > 4) {
      throw new IllegalArgumentException("not an UnavailableNetworkResource value");
    }
    return Octets.ofUnsigned(0x0a, 0x01, unavailableNetworkResource);
  }

  /** The parameter an error needs when none is given, or null. */
  public static Octets defaultParameter(InapError error) {
    return switch (error) {
      case TASK_REFUSED -> taskRefused(InapError.TaskRefusedReason.GENERIC);
      case SYSTEM_FAILURE -> systemFailure(1);
      default -> null;
    };
  }
}
