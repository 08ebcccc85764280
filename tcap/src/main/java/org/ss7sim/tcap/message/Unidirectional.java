package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Unidirectional ::= SEQUENCE { dialoguePortion DialoguePortion OPTIONAL, components
 * ComponentPortion }} (Q.773 §3.1, table 2).
 */
public record Unidirectional(DialoguePortion dialoguePortion, List<Component> components)
    implements TcMessage {
  public Unidirectional {
    components = List.copyOf(components);
  }

  /** Always: the component portion of a Unidirectional is mandatory. */
  @Override
  public boolean componentPortion() {
    return true;
  }

  @Override
  public MessageType type() {
    return MessageType.UNIDIRECTIONAL;
  }
}
