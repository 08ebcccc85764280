package org.ss7sim.simulator.config.network;

/**
 * A subscriber's CAMEL subscription information for one trigger (O-CSI, TS 23.078 §4.3.1): the
 * service key and gsmSCF to send InitialDP to, and the default call handling when the gsmSCF does
 * not answer.
 *
 * @param serviceKey the service key of InitialDP
 * @param scf the SCP node (with SSN 146) playing the gsmSCF
 * @param releaseByDefault default call handling releaseCall (true) or continueCall (false)
 */
public record CamelCsi(int serviceKey, String scf, boolean releaseByDefault) {}
