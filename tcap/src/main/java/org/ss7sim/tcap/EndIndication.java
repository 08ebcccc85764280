package org.ss7sim.tcap;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * TC-END indication (Q.771 §3.2.1.1). The dialogue is released when this is delivered.
 *
 * @param applicationContext from the AARE when the End answers a Begin, else null
 */
public record EndIndication(
    Dialogue dialogue,
    ObjectIdentifier applicationContext,
    Octets userInformation,
    List<Component> components) {}
