package org.ss7sim.simulator.config.network;

import org.ss7sim.simulator.config.Location;

/**
 * An IN trigger of a switch: a called number starting with {@code prefix} is sent to the SCP (INAP
 * InitialDP with {@code serviceKey}) before the call is routed.
 */
public record InTrigger(String prefix, String scp, int serviceKey, Location location) {}
