package org.ss7sim.cap.ssf;

import java.util.List;
import org.ss7sim.tcap.component.Component;

/** One gsmSSF–gsmSCF relationship as {@link GsmSsfService} routes dialogue indications to it. */
interface Relationship {
  GsmSsfState state();

  /** The components of a TC-CONTINUE ({@code open}) or TC-END. */
  void received(List<Component> components, boolean open);

  /** The dialogue was aborted or could not be delivered. */
  void dialogueGone();
}
