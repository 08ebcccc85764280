package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code End ::= SEQUENCE { dtid DestTransactionID, dialoguePortion OPTIONAL, components OPTIONAL
 * }} (Q.773 §3.1, table 2).
 */
public record End(TransactionId dtid, DialoguePortion dialoguePortion, List<Component> components)
    implements TcMessage {
  public End {
    java.util.Objects.requireNonNull(dtid, "dtid");
    components = List.copyOf(components);
  }

  @Override
  public MessageType type() {
    return MessageType.END;
  }
}
