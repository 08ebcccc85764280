package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.Optional;

/**
 * What a traffic source's kind adds. Not sealed: a kind may keep its options record beside its
 * class in {@code simulator.traffic}.
 */
public interface TrafficOptions {
  /**
   * Calls.
   *
   * @param calling the calling party numbers; default the engine's choice for the switch
   * @param hold how long answered calls last
   */
  record CallOptions(Optional<NumberSelection> calling, HoldTime hold) implements TrafficOptions {}

  /**
   * Short messages.
   *
   * @param sender the source_addr of submit_sm
   * @param text the text; when empty, generated text of {@code length} characters
   * @param length characters (octets for binary) per message; longer than one message means
   *     segments
   * @param alphabet the data coding
   * @param registeredDelivery whether a delivery receipt is requested
   * @param validity the submit_sm's validity_period, relative (SMPP 3.4 §7.1.1); when empty none is
   *     given and the SMSC's own validity applies
   */
  record SmsOptions(
      String sender,
      Optional<String> text,
      int length,
      Alphabet alphabet,
      boolean registeredDelivery,
      Optional<Duration> validity)
      implements TrafficOptions {
    /** No validity_period: the SMSC's own applies. */
    public SmsOptions(
        String sender,
        Optional<String> text,
        int length,
        Alphabet alphabet,
        boolean registeredDelivery) {
      this(sender, text, length, alphabet, registeredDelivery, Optional.empty());
    }
  }

  /**
   * USSD requests (TS 24.090): the string sent, the answers the handset gives to the network's
   * prompts, and the final text expected.
   *
   * @param text the processUnstructuredSS-Request string, e.g. a service code {@code *123#}
   * @param choices the handset's answers to the unstructuredSS-Request prompts, in order
   * @param expectText when present, an attempt whose final text differs fails with {@code
   *     unexpected_text}
   */
  record UssdOptions(String text, java.util.List<String> choices, Optional<String> expectText)
      implements TrafficOptions {
    public UssdOptions {
      choices = java.util.List.copyOf(choices);
    }

    /** A one-shot request, any answer accepted. */
    public UssdOptions(String text) {
      this(text, java.util.List.of(), Optional.empty());
    }
  }

  /**
   * Attacks (docs/security.md): a MAP operation sent from an attacker node.
   *
   * @param operation the operation's name (firewall.Operations)
   * @param spoof the calling GT to claim; empty: the attacker's own
   */
  record AttackOptions(String operation, Optional<String> spoof) implements TrafficOptions {
    /** The operations an attacker can send, by their short names. */
    public static final java.util.List<String> OPERATIONS =
        java.util.List.of(
            "ati",
            "psi",
            "sri",
            "sri-sm",
            "send-imsi",
            "ul",
            "isd",
            "register-ss",
            "purge-ms",
            "cl");

    /** Whether {@code op} names one of {@link #OPERATIONS} (any case, '_' for '-'). */
    public static boolean supports(String op) {
      return OPERATIONS.contains(op.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }

  /** Location queries with this operation. */
  record LocationOptions(LocationQuery query) implements TrafficOptions {}

  /**
   * Short messages from handsets.
   *
   * @param sender the handsets' MSISDNs (SM-RP-OA)
   * @param smsc the SMSC node the MSC relays to; default the network's only SMSC
   * @param text the text of each message
   */
  record MoSmsOptions(NumberSelection sender, Optional<String> smsc, String text)
      implements TrafficOptions {}
}
