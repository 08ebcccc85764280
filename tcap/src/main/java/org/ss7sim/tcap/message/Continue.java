package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Continue ::= SEQUENCE { otid OrigTransactionID, dtid DestTransactionID, dialoguePortion
 * OPTIONAL, components OPTIONAL }} (Q.773 §3.1, table 2).
 */
public record Continue(
    TransactionId otid,
    TransactionId dtid,
    DialoguePortion dialoguePortion,
    List<Component> components)
    implements TcMessage {
  public Continue {
    java.util.Objects.requireNonNull(otid, "otid");
    java.util.Objects.requireNonNull(dtid, "dtid");
    components = List.copyOf(components);
  }

  @Override
  public MessageType type() {
    return MessageType.CONTINUE;
  }
}
