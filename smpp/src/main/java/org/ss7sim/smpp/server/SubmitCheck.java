package org.ss7sim.smpp.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DataSm;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SmppTime;
import org.ss7sim.smpp.pdu.SubmitMulti;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.wire.Octets;

/**
 * The door check of a submission (submit_sm, data_sm, submit_multi): every field an SMSC can judge
 * before accepting the message, each refused with the command_status SMPP 3.4 §5.1.3 (or 5.0 §4.7.6
 * where 3.4 has none) gives it. A message that passes can be stored and delivered; one that fails
 * is never accepted, so it cannot be lost later. Pure: the caller passes "now".
 *
 * <p>The rules, in the order they are tried (the first failing rule answers):
 *
 * <ol>
 *   <li>Addresses (§5.2.5–5.2.8). A leading {@code +} on a numeric address means an international
 *       number: it is stripped and the TON set to international, NPI to E.164 ({@link #normalize}).
 *       TON above 6 or NPI outside the §5.2.6 table: ESME_RINVSRCTON/NPI, ESME_RINVDSTTON/NPI. A
 *       destination may not be empty nor alphanumeric (TON 5, there is no handset with such a
 *       number): ESME_RINVDSTADR / ESME_RINVDSTTON. A numeric address (TON unknown, international,
 *       national, network specific, subscriber, abbreviated with a telephony plan) must be 1–20
 *       digits, an international one 1–15 (E.164 §6); otherwise ESME_RINVDSTADR / ESME_RINVSRCADR.
 *       An empty source is allowed (§5.2.8: "NULL if unknown"). An alphanumeric source is 1–11
 *       printable characters (TS 23.040 §9.1.2.5: 11 septets). Addresses under the private,
 *       internet (e-mail/IP) and WAP plans are not checked further.
 *   <li>esm_class (§5.2.12): an ESME may only submit the default type, an SME delivery
 *       acknowledgement or a manual/user acknowledgement; a receipt, conversation abort or
 *       intermediate notification type (SMSC → ESME only) or a reserved type: ESME_RINVESMCLASS.
 *   <li>priority_flag above 3 (reserved in §5.2.14): ESME_RINVPRTFLG.
 *   <li>registered_delivery with a reserved bit (7–5) set (§5.2.17): ESME_RINVREGDLVFLG.
 *   <li>replace_if_present_flag other than 0/1 (§5.2.18): ESME_RINVREPFLAG.
 *   <li>data_coding reserved in §5.2.19 (0x0B, 0x0C, 0x0F–0xBF): ESME_RINVDCS (0x104). SMPP 3.4 has
 *       no code for this; 5.0 §4.7.6 added ESME_RINVDCS, which 3.4 clients read as an unknown
 *       error, still a refusal.
 *   <li>sm_default_msg_id other than 0: ESME_RINVDFTMSGID (this SMSC holds no canned messages).
 *   <li>Lengths: short_message and message_payload both carrying data (§5.3.2.32: with
 *       message_payload, sm_length must be 0), a UDH (esm_class UDHI) longer than the message, or
 *       an odd number of UCS2 octets after the UDH: ESME_RINVMSGLEN.
 *   <li>Times (§7.1): schedule_delivery_time that does not parse: ESME_RINVSCHED; a validity_period
 *       that does not parse or has already passed: ESME_RINVEXPIRY.
 * </ol>
 */
public final class SubmitCheck {
  private static final int MAX_E164_DIGITS = 15;
  private static final int MAX_DIGITS = 20;
  private static final int MAX_ALPHANUMERIC = 11;

  private SubmitCheck() {}

  /** Why a submission is refused: the status to answer with and a reason for the log. */
  public record Refusal(CommandStatus status, String reason) {
    public Refusal {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Which address of the PDU is judged: the codes differ. */
  public enum Side {
    SOURCE,
    DESTINATION
  }

  // ---- whole PDUs -------------------------------------------------------------------------

  /** submit_sm (SMPP 3.4 §4.4.1). */
  public static Optional<Refusal> submitSm(SubmitSm s, Instant now) {
    return first(
        address(s.source(), Side.SOURCE),
        address(s.destination(), Side.DESTINATION),
        message(
            s.esmClass(),
            s.priorityFlag(),
            s.registeredDelivery(),
            s.replaceIfPresent(),
            s.dataCoding(),
            s.smDefaultMsgId(),
            s.shortMessage(),
            s.tlvs()),
        times(s.scheduleDeliveryTime(), s.validityPeriod(), now));
  }

  /** data_sm (SMPP 3.4 §4.7.1): no times, no short_message, no priority. */
  public static Optional<Refusal> dataSm(DataSm d, Instant now) {
    return first(
        address(d.source(), Side.SOURCE),
        address(d.destination(), Side.DESTINATION),
        message(
            d.esmClass(), 0, d.registeredDelivery(), 0, d.dataCoding(), 0, Octets.EMPTY, d.tlvs()),
        Optional.empty());
  }

  /**
   * submit_multi (SMPP 3.4 §4.5.1) without its destinations, which are judged one by one with
   * {@link #address}.
   */
  public static Optional<Refusal> submitMulti(SubmitMulti m, Instant now) {
    return first(
        address(m.source(), Side.SOURCE),
        Optional.empty(),
        message(
            m.esmClass(),
            m.priorityFlag(),
            m.registeredDelivery(),
            m.replaceIfPresent(),
            m.dataCoding(),
            m.smDefaultMsgId(),
            m.shortMessage(),
            m.tlvs()),
        times(m.scheduleDeliveryTime(), m.validityPeriod(), now));
  }

  // ---- the rules ----------------------------------------------------------------------------

  /**
   * The {@code +} rule: a numeric address written {@code +digits} is the international number
   * {@code digits} (TON 1, NPI 1), whatever TON/NPI came with it. Every other address is returned
   * as it is.
   */
  public static Address normalize(Address a) {
    String text = a.address();
    if (text.length() > 1
        && text.charAt(0) == '+'
        && a.ton() != Address.TON_ALPHANUMERIC
        && !freeForm(a.npi())) {
      return Address.international(text.substring(1));
    }
    return a;
  }

  /** An address, after {@link #normalize}, as a source or destination. */
  public static Optional<Refusal> address(Address raw, Side side) {
    Address a = normalize(raw);
    boolean src = side == Side.SOURCE;
    String what = src ? "source_addr" : "destination_addr";
    String text = a.address();
    if (a.ton() > Address.TON_ABBREVIATED) {
      return refuse(
          src ? CommandStatus.INVALID_SOURCE_TON : CommandStatus.INVALID_DEST_TON,
          what + " TON " + a.ton() + " is reserved");
    }
    if (!knownNpi(a.npi())) {
      return refuse(
          src ? CommandStatus.INVALID_SOURCE_NPI : CommandStatus.INVALID_DEST_NPI,
          what + " NPI " + a.npi() + " is reserved");
    }
    CommandStatus bad =
        src ? CommandStatus.INVALID_SOURCE_ADDRESS : CommandStatus.INVALID_DEST_ADDRESS;
    if (text.isEmpty()) {
      return src ? Optional.empty() : refuse(bad, "destination_addr is empty");
    }
    if (a.ton() == Address.TON_ALPHANUMERIC) {
      if (!src) {
        return refuse(CommandStatus.INVALID_DEST_TON, "destination_addr is alphanumeric: " + text);
      }
      if (text.length() > MAX_ALPHANUMERIC || !printable(text)) {
        return refuse(bad, "alphanumeric source_addr not 1-11 printable characters: " + text);
      }
      return Optional.empty();
    }
    if (freeForm(a.npi())) {
      return printable(text) ? Optional.empty() : refuse(bad, what + " not printable: " + text);
    }
    if (!digits(text)) {
      return refuse(bad, what + " " + a + " has a character other than a digit");
    }
    int max = a.ton() == Address.TON_INTERNATIONAL ? MAX_E164_DIGITS : MAX_DIGITS;
    if (text.length() > max) {
      return refuse(bad, what + " " + a + " has more than " + max + " digits");
    }
    return Optional.empty();
  }

  /** The message fields: esm_class, flags, data_coding, lengths. */
  public static Optional<Refusal> message(
      EsmClass esmClass,
      int priorityFlag,
      RegisteredDelivery registeredDelivery,
      int replaceIfPresent,
      DataCoding dataCoding,
      int smDefaultMsgId,
      Octets shortMessage,
      Tlvs tlvs) {
    int type = esmClass.messageType();
    if (type != EsmClass.TYPE_DEFAULT
        && type != EsmClass.TYPE_DELIVERY_ACK
        && type != EsmClass.TYPE_MANUAL_ACK) {
      return refuse(
          CommandStatus.INVALID_ESM_CLASS,
          String.format("esm_class 0x%02x: message type not for ESME to SMSC", esmClass.value()));
    }
    if (priorityFlag > 3) {
      return refuse(CommandStatus.INVALID_PRIORITY_FLAG, "priority_flag " + priorityFlag);
    }
    if ((registeredDelivery.value() & 0xE0) != 0) {
      return refuse(
          CommandStatus.INVALID_REGISTERED_DELIVERY,
          String.format(
              "registered_delivery 0x%02x: reserved bits set", registeredDelivery.value()));
    }
    if (replaceIfPresent > 1) {
      return refuse(
          CommandStatus.INVALID_REPLACE_FLAG, "replace_if_present_flag " + replaceIfPresent);
    }
    int dc = dataCoding.value();
    if (dc == 0x0B || dc == 0x0C || (dc >= 0x0F && dc <= 0xBF)) {
      return refuse(
          CommandStatus.INVALID_DATA_CODING, String.format("data_coding 0x%02x is reserved", dc));
    }
    if (smDefaultMsgId != 0) {
      return refuse(
          CommandStatus.INVALID_DEFAULT_MESSAGE_ID,
          "sm_default_msg_id " + smDefaultMsgId + ": no predefined messages");
    }
    Optional<Tlv> payloadTlv = tlvs.find(TlvTag.MESSAGE_PAYLOAD);
    if (payloadTlv.isPresent() && !shortMessage.isEmpty()) {
      return refuse(
          CommandStatus.INVALID_MESSAGE_LENGTH,
          "short_message (" + shortMessage.length() + " octets) and message_payload both present");
    }
    Octets payload = payloadTlv.map(Tlv::value).orElse(shortMessage);
    int header = 0;
    if (esmClass.udhi()) {
      if (payload.isEmpty() || payload.get(0) + 1 > payload.length()) {
        return refuse(
            CommandStatus.INVALID_MESSAGE_LENGTH,
            "UDHI set but the user data header does not fit the " + payload.length() + " octets");
      }
      header = payload.get(0) + 1;
    }
    if (dataCoding.isUcs2() && (payload.length() - header) % 2 != 0) {
      return refuse(
          CommandStatus.INVALID_MESSAGE_LENGTH,
          "UCS2 text of odd length " + (payload.length() - header));
    }
    return Optional.empty();
  }

  /** schedule_delivery_time and validity_period (SMPP 3.4 §7.1.1); empty means none. */
  public static Optional<Refusal> times(String schedule, String validity, Instant now) {
    try {
      SmppTime.parseOptional(schedule);
    } catch (IllegalArgumentException e) {
      return refuse(
          CommandStatus.INVALID_SCHEDULE_TIME,
          "schedule_delivery_time '" + schedule + "': " + e.getMessage());
    }
    SmppTime v;
    try {
      v = SmppTime.parseOptional(validity);
    } catch (IllegalArgumentException e) {
      return refuse(
          CommandStatus.INVALID_EXPIRY_TIME,
          "validity_period '" + validity + "': " + e.getMessage());
    }
    if (v instanceof SmppTime.Absolute && v.resolve(now).isBefore(now)) {
      return refuse(
          CommandStatus.INVALID_EXPIRY_TIME, "validity_period " + validity + " has passed");
    }
    return Optional.empty();
  }

  // ---- helpers ------------------------------------------------------------------------------

  @SafeVarargs
  private static Optional<Refusal> first(Optional<Refusal>... checks) {
    for (Optional<Refusal> c : checks) {
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(CommandStatus status, String reason) {
    return Optional.of(new Refusal(status, reason));
  }

  /**
   * §5.2.6: unknown, E.164, data X.121, telex F.69, land mobile E.212, national, private, ERMES,
   * internet, WAP.
   */
  private static boolean knownNpi(int npi) {
    return switch (npi) {
      case 0, 1, 3, 4, 6, 8, 9, 10, 14, 18 -> true;
      default -> false;
    };
  }

  /**
   * Plans whose addresses are not telephone numbers: private, internet (IP/e-mail), WAP client id.
   */
  private static boolean freeForm(int npi) {
    return npi == Address.NPI_PRIVATE || npi == Address.NPI_INTERNET || npi == 18;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
