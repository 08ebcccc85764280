package org.ss7sim.simulator.node;

import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;

/** SCCP addresses the mobile nodes use: E.164 global titles routed on GT (translated by STPs). */
public final class Addresses {
  private Addresses() {}

  public static SccpAddress gt(String digits, Ssn ssn) {
    return new SccpAddress(
        RoutingIndicator.ROUTE_ON_GT, null, ssn, GlobalTitle.e164(digits), false);
  }
}
