package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Begin ::= SEQUENCE { otid OrigTransactionID, dialoguePortion OPTIONAL, components OPTIONAL
 * }} (Q.773 §3.1, table 2).
 *
 * @param componentPortion whether the component portion is present; true whenever there are
 *     components, and also for an explicitly empty one ({@code 6c 00}), which re-encodes as it came
 */
public record Begin(
    TransactionId otid,
    DialoguePortion dialoguePortion,
    List<Component> components,
    boolean componentPortion)
    implements TcMessage {
  public Begin {
    java.util.Objects.requireNonNull(otid, "otid");
    components = List.copyOf(components);
    componentPortion = componentPortion || !components.isEmpty();
  }

  /** A message whose component portion is present exactly when there are components. */
  public Begin(TransactionId otid, DialoguePortion dialoguePortion, List<Component> components) {
    this(otid, dialoguePortion, components, false);
  }

  @Override
  public MessageType type() {
    return MessageType.BEGIN;
  }
}
