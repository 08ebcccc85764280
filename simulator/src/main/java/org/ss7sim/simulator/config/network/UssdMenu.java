package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;

/**
 * One node of a USSD menu of the HLR (network file key {@code ussd_menus}, docs/network-file.md):
 * the service code or choice that reaches it, its text, and the choices under it. A node with
 * choices is a prompt: the HLR sends its text in unstructuredSS-Request and waits for the handset's
 * answer (TS 24.090 §4.2); a node without is an answer, ending the dialogue as the result of
 * processUnstructuredSS-Request. A node may first send a text the handset only displays
 * (unstructuredSS-Notify, TS 24.090 §4.3).
 *
 * @param key the service code ({@code *123#}) at the top, the user's input (e.g. {@code 1}) below
 * @param text the prompt or the final answer
 * @param notification a text sent with unstructuredSS-Notify before {@code text}
 * @param choices the nodes the user may go on to; empty: {@code text} ends the dialogue
 */
public record UssdMenu(
    String key, String text, Optional<String> notification, List<UssdMenu> choices) {
  /** How deep menus may nest (one unstructuredSS-Request per level). */
  public static final int MAX_DEPTH = 8;

  public UssdMenu {
    choices = List.copyOf(choices);
  }

  /** A node that ends the dialogue with {@code text}. */
  public static UssdMenu answer(String key, String text) {
    return new UssdMenu(key, text, Optional.empty(), List.of());
  }

  /** Whether the HLR waits for a choice after sending {@link #text}. */
  public boolean isPrompt() {
    return !choices.isEmpty();
  }

  /** The choice the user's input names (spaces around it ignored). */
  public Optional<UssdMenu> choice(String input) {
    String in = input.strip();
    return choices.stream().filter(c -> c.key.equals(in)).findFirst();
  }

  /** The menu whose service code is {@code code}, among {@code menus}. */
  public static Optional<UssdMenu> find(List<UssdMenu> menus, String code) {
    String c = code.strip();
    return menus.stream().filter(m -> m.key.equals(c)).findFirst();
  }
}
