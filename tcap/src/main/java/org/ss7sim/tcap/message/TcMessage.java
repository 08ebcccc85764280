package org.ss7sim.tcap.message;

import java.util.List;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.dialogue.DialoguePortion;

/**
 * A TCAP message (Q.773 §3.1).
 *
 * <pre>
 * TCMessage ::= CHOICE {
 *   unidirectional [APPLICATION 1] Unidirectional,
 *   begin          [APPLICATION 2] Begin,
 *   end            [APPLICATION 4] End,
 *   continue       [APPLICATION 5] Continue,
 *   abort          [APPLICATION 7] Abort }
 * </pre>
 *
 * Absent dialogue portions are null; an absent component portion is an empty list, and {@link
 * #componentPortion()} tells it from an explicitly empty one ({@code 6c 00}), so that decoding is
 * lossless.
 */
public sealed interface TcMessage permits Unidirectional, Begin, Continue, End, Abort {
  MessageType type();

  /** The dialogue portion, or null. */
  DialoguePortion dialoguePortion();

  /** The components, empty when there is no component portion. */
  List<Component> components();

  /** Whether the message has a component portion, possibly empty. */
  default boolean componentPortion() {
    return !components().isEmpty();
  }
}
