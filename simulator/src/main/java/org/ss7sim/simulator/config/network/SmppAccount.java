package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;

/**
 * An ESME account of an SMSC.
 *
 * @param systemId the SMPP system_id (at most 15 characters)
 * @param password the SMPP password (at most 8 characters)
 * @param throttle submit_sm accepted per second before ESME_RTHROTTLED; 0 = unlimited
 * @param window outstanding requests allowed towards this ESME
 * @param shortCodes MO messages to these destination numbers go to this ESME as deliver_sm
 * @param allowedHost if present, binds are accepted only from this address
 * @param inferred true when the reader created it for an ESME node of the file
 */
public record SmppAccount(
    String systemId,
    String password,
    int throttle,
    int window,
    List<String> shortCodes,
    Optional<String> allowedHost,
    boolean inferred,
    Location location,
    Optional<String> clientCertificate) {
  public SmppAccount {
    shortCodes = List.copyOf(shortCodes);
  }

  /** An account that does not pin a TLS client certificate. */
  public SmppAccount(
      String systemId,
      String password,
      int throttle,
      int window,
      List<String> shortCodes,
      Optional<String> allowedHost,
      boolean inferred,
      Location location) {
    this(
        systemId,
        password,
        throttle,
        window,
        shortCodes,
        allowedHost,
        inferred,
        location,
        Optional.empty());
  }
}
