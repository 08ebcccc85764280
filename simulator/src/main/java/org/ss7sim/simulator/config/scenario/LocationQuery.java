package org.ss7sim.simulator.config.scenario;

/** The MAP operation a location traffic source sends to the HLR. */
public enum LocationQuery {
  /** anyTimeInterrogation (location and state). */
  ATI,
  /** sendRoutingInfo (a call's routing: MSRN via ProvideRoamingNumber). */
  SRI,
  /** sendRoutingInfoForSM (serving MSC for SMS). */
  SRI_SM
}
