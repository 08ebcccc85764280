package org.ss7sim.tcap;

import java.util.List;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** TC-UNI indication (Q.771 §3.2.1.1): components outside any dialogue. */
public record UnidirectionalIndication(
    SccpAddress localAddress,
    SccpAddress remoteAddress,
    ObjectIdentifier applicationContext,
    Octets userInformation,
    List<Component> components) {}
