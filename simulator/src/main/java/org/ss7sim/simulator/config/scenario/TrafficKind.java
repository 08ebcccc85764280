package org.ss7sim.simulator.config.scenario;

/** What a traffic source generates (DESIGN.md §3 flows). */
public enum TrafficKind {
  /** ISUP calls from an SSP (through an SCP when the number has an IN trigger). */
  CALL,
  /** Short messages submitted by an ESME (submit_sm → SRI-for-SM → MT-ForwardSM → receipt). */
  SMS,
  /** USSD requests from an MSC on behalf of subscribers (MAP processUnstructuredSS-Request). */
  USSD,
  /** Location queries to the HLR (MAP anyTimeInterrogation, SRI or SRI-for-SM). */
  LOCATION
}
