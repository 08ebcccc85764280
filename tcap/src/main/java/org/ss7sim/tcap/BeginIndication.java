package org.ss7sim.tcap;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * TC-BEGIN indication (Q.771 §3.2.1.1).
 *
 * @param applicationContext from the AARQ, or null when the Begin had no dialogue portion
 * @param userInformation the AARQ user-information contents, or null
 * @param components received components that the component sublayer accepted
 */
public record BeginIndication(
    Dialogue dialogue,
    ObjectIdentifier applicationContext,
    Octets userInformation,
    List<Component> components) {}
