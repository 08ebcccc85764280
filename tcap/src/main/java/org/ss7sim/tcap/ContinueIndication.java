package org.ss7sim.tcap;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * TC-CONTINUE indication (Q.771 §3.2.1.1).
 *
 * @param applicationContext from the AARE of the first Continue of a dialogue, else null
 * @param userInformation the AARE user-information contents, or null
 */
public record ContinueIndication(
    Dialogue dialogue,
    ObjectIdentifier applicationContext,
    Octets userInformation,
    List<Component> components) {}
