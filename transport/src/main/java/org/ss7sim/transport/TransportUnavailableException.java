package org.ss7sim.transport;

/**
 * This transport cannot work on this host (e.g. no kernel SCTP). The message is one line that names
 * the problem and the alternatives, suitable for showing to the user as it is.
 */
public final class TransportUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TransportUnavailableException(String oneLine, Throwable cause) {
    super(oneLine, cause);
  }
}
