package org.ss7sim.simulator.config.scenario;

import java.util.Optional;

/** What a traffic source's kind adds. */
public sealed interface TrafficOptions {
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
   */
  record SmsOptions(
      String sender,
      Optional<String> text,
      int length,
      Alphabet alphabet,
      boolean registeredDelivery)
      implements TrafficOptions {}

  /** USSD requests with this string. */
  record UssdOptions(String text) implements TrafficOptions {}

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
