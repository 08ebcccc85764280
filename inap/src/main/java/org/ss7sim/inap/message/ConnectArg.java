package org.ss7sim.inap.message;

import java.util.List;

/**
 * The argument of Connect (Q.1218 §6, opcode 20).
 *
 * <pre>
 * ConnectArg ::= SEQUENCE {
 *   destinationRoutingAddress [0] DestinationRoutingAddress,
 *     -- SEQUENCE SIZE (1..numOfAddresses) OF CalledPartyNumber
 *   alertingPattern [1] ... OPTIONAL, ... [2]..[30] (kept as unknown elements) }
 * </pre>
 */
public record ConnectArg(
    List<CalledPartyNumber> destinationRoutingAddress, List<UnknownElement> unknown)
    implements InapArgument {
  /** {@code numOfAddresses} as ETS 300 374-1 bounds it. */
  public static final int MAX_ADDRESSES = 3;

  public ConnectArg {
    destinationRoutingAddress = List.copyOf(destinationRoutingAddress);
    if (destinationRoutingAddress.isEmpty() || destinationRoutingAddress.size() > MAX_ADDRESSES) {
      throw new IllegalArgumentException(
          "destinationRoutingAddress needs 1 to " + MAX_ADDRESSES + " numbers");
    }
    unknown = List.copyOf(unknown);
  }

  public static ConnectArg to(CalledPartyNumber destination) {
    return new ConnectArg(List.of(destination), List.of());
  }

  @Override
  public InapOperation operation() {
    return InapOperation.CONNECT;
  }
}
