package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code Continue ::= SEQUENCE { otid OrigTransactionID, dtid DestTransactionID, dialoguePortion
 * OPTIONAL, components OPTIONAL }} (Q.773 §3.1, table 2).
 *
 * @param componentPortion whether the component portion is present; true whenever there are
 *     components, and also for an explicitly empty one ({@code 6c 00}), which re-encodes as it came
 */
public record Continue(
    TransactionId otid,
    TransactionId dtid,
    DialoguePortion dialoguePortion,
    List<Component> components,
    boolean componentPortion)
    implements TcMessage {
  public Continue {
    java.util.Objects.requireNonNull(otid, "otid");
    java.util.Objects.requireNonNull(dtid, "dtid");
    components = List.copyOf(components);
    componentPortion = componentPortion || !components.isEmpty();
  }

  /** A message whose component portion is present exactly when there are components. */
  public Continue(
      TransactionId otid,
      TransactionId dtid,
      DialoguePortion dialoguePortion,
      List<Component> components) {
    this(otid, dtid, dialoguePortion, components, false);
  }

  @Override
  public MessageType type() {
    return MessageType.CONTINUE;
  }
}
