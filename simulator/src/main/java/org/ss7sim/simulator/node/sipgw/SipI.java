package org.ss7sim.simulator.node.sipgw;

import java.util.Optional;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * SIP-I (ITU-T Q.1912.5 profile A): the ISUP message carried in a SIP message is encoded from its
 * message type code on, without routing label and CIC (RFC 3204 §3). Pure.
 */
final class SipI {
  private SipI() {}

  /** The IAM to encapsulate: its encoding without the two CIC octets. */
  static Octets encapsulated(InitialAddress iam) {
    return IsupMessageCodec.encode(iam).slice(2);
  }

  /**
   * The calling party number of a SIP-I INVITE's encapsulated IAM (RFC 3204: from the message type
   * code on), if it is an IAM that decodes and has one.
   */
  static Optional<CallingPartyNumber> callingParty(Octets isup) {
    if (isup.length() < 1 || isup.get(0) != IsupMessageType.IAM.code()) {
      return Optional.empty();
    }
    try {
      // the codec reads a CIC first: two zero octets in front
      WireWriter w = new WireWriter(isup.length() + 2);
      w.writeU16(0).writeOctets(isup);
      if (IsupMessageCodec.decode(Octets.wrap(w.toByteArray())) instanceof InitialAddress iam) {
        return Optional.ofNullable(iam.optional().find(CallingPartyNumber.class));
      }
    } catch (MalformedMessageException | RuntimeException e) {
      // an IAM we cannot read: the headers' mapping applies (counted as unexpected)
    }
    return Optional.empty();
  }
}
