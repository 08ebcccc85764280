/**
 * {@code ss7sim route --live}: follows a message through a running network, hop by hop, showing the
 * M3UA link or application server each node would use (RFC 4666 §4.3), its state, and the
 * destination's availability there (DUNA/DAVA/DRST, §4.5).
 */
package org.ss7sim.simulator.route;
