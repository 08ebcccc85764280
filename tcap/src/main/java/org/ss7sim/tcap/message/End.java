package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * {@code End ::= SEQUENCE { dtid DestTransactionID, dialoguePortion OPTIONAL, components OPTIONAL
 * }} (Q.773 §3.1, table 2).
 *
 * @param componentPortion whether the component portion is present; true whenever there are
 *     components, and also for an explicitly empty one ({@code 6c 00}), which re-encodes as it came
 */
public record End(
    TransactionId dtid,
    DialoguePortion dialoguePortion,
    List<Component> components,
    boolean componentPortion)
    implements TcMessage {
  public End {
    java.util.Objects.requireNonNull(dtid, "dtid");
    components = List.copyOf(components);
    componentPortion = componentPortion || !components.isEmpty();
  }

  /** A message whose component portion is present exactly when there are components. */
  public End(TransactionId dtid, DialoguePortion dialoguePortion, List<Component> components) {
    this(dtid, dialoguePortion, components, false);
  }

  @Override
  public MessageType type() {
    return MessageType.END;
  }
}
