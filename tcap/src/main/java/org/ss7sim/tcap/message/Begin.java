package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Begin ::= SEQUENCE { otid OrigTransactionID, dialoguePortion OPTIONAL, components OPTIONAL
 * }} (Q.773 §3.1, table 2).
 */
public record Begin(TransactionId otid, DialoguePortion dialoguePortion, List<Component> components)
    implements TcMessage {
  public Begin {
    java.util.Objects.requireNonNull(otid, "otid");
    components = List.copyOf(components);
  }

  @Override
  public MessageType type() {
    return MessageType.BEGIN;
  }
}
