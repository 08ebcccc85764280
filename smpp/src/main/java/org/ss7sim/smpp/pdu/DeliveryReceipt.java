package org.ss7sim.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ss7sim.wire.Octets;

/**
 * An SMSC delivery receipt in the customary text form (SMPP 3.4 Appendix B): {@code id:IIIIIIIIII
 * sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...},
 * carried in a deliver_sm with esm_class "SMSC delivery receipt" plus the receipted_message_id and
 * message_state TLVs (and network_error_code when there is an error).
 *
 * @param messageId the message_id the SMSC returned in submit_sm_resp
 * @param submitted number of messages originally submitted (sub)
 * @param delivered number delivered (dlvrd)
 * @param submitDate when the message was submitted (minute precision on the wire)
 * @param doneDate when it reached its final state
 * @param state the final state (stat)
 * @param error network error code (err), 0 for none
 * @param text the first characters of the original message (at most 20)
 */
public record DeliveryReceipt(
    String messageId,
    int submitted,
    int delivered,
    Instant submitDate,
    Instant doneDate,
    MessageState state,
    int error,
    String text) {
  private static final Pattern FORM =
      Pattern.compile(
          "id:(\\S*) +sub:(\\d+) +dlvrd:(\\d+) +submit date:(\\d{10,12}) +done date:(\\d{10,12}) +stat:(\\S+) +err:(\\S+)"
              + "(?: +[Tt]ext:(.*))?",
          Pattern.DOTALL);

  public DeliveryReceipt {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(submitDate, "submitDate");
    Objects.requireNonNull(doneDate, "doneDate");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(text, "text");
  }

  /** The receipt text, dates in UTC. */
  public String toText() {
    return "id:"
        + messageId
        + " sub:"
        + threeDigits(submitted)
        + " dlvrd:"
        + threeDigits(delivered)
        + " submit date:"
        + minutes(submitDate)
        + " done date:"
        + minutes(doneDate)
        + " stat:"
        + state.stat()
        + " err:"
        + threeDigits(error)
        + " text:"
        + (text.length() > 20 ? text.substring(0, 20) : text);
  }

  /** {@code String.format("%03d", n)} without the formatter (a receipt per message). */
  private static String threeDigits(int n) {
    if (n < 0) {
      return String.format("%03d", n);
    }
    if (n >= 100) {
      return Integer.toString(n);
    }
    return (n < 10 ? "00" : "0") + n;
  }

  /** {@code yyMMddHHmm} in UTC, as the pattern yyMMddHHmm formats it, without the formatter. */
  private static String minutes(Instant t) {
    LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    char[] c = new char[10];
    two(c, 0, Math.floorMod(d.getYear(), 100));
    two(c, 2, d.getMonthValue());
    two(c, 4, d.getDayOfMonth());
    two(c, 6, d.getHour());
    two(c, 8, d.getMinute());
    return new String(c);
  }

  private static void two(char[] c, int at, int v) {
    c[at] = (char) ('0' + v / 10);
    c[at + 1] = (char) ('0' + v % 10);
  }

  /**
   * The deliver_sm carrying this receipt from {@code source} (the original recipient) to {@code
   * destination} (the original sender).
   */
  public DeliverSm toDeliverSm(Address source, Address destination) {
    Tlvs tlvs =
        Tlvs.of(
            Tlv.cString(TlvTag.RECEIPTED_MESSAGE_ID, messageId),
            Tlv.u8(TlvTag.MESSAGE_STATE, state.code()));
    if (error != 0) {
      // network_error_code: network type 3 (GSM), then the error code (SMPP 3.4 §5.3.2.31)
      tlvs =
          tlvs.with(
              Tlv.of(
                  TlvTag.NETWORK_ERROR_CODE,
                  Octets.ofUnsigned(3, (error >> 8) & 0xff, error & 0xff)));
    }
    return DeliverSm.of(
            source,
            destination,
            DataCoding.SMSC_DEFAULT,
            Octets.wrap(toText().getBytes(StandardCharsets.ISO_8859_1)))
        .withEsmClass(new EsmClass(EsmClass.TYPE_DELIVERY_RECEIPT))
        .withTlvs(tlvs);
  }

  /**
   * Reads a receipt from a deliver_sm: the text form, with receipted_message_id and message_state
   * taking precedence when present. Returns {@code null} if the PDU is not a receipt.
   */
  public static DeliveryReceipt from(DeliverSm pdu) {
    if (!pdu.esmClass().isDeliveryReceipt()) {
      return null;
    }
    DeliveryReceipt parsed =
        parse(new String(pdu.payload().toByteArray(), StandardCharsets.ISO_8859_1));
    String id = pdu.tlvs().find(TlvTag.RECEIPTED_MESSAGE_ID).map(Tlv::text).orElse(null);
    MessageState state =
        pdu.tlvs()
            .find(TlvTag.MESSAGE_STATE)
            .map(t -> MessageState.ofCode((int) t.unsigned()))
            .orElse(null);
    if (parsed == null) {
      if (id == null || state == null) {
        return null;
      }
      Instant epoch = Instant.EPOCH;
      return new DeliveryReceipt(
          id, 1, state == MessageState.DELIVERED ? 1 : 0, epoch, epoch, state, 0, "");
    }
    return new DeliveryReceipt(
        id != null ? id : parsed.messageId,
        parsed.submitted,
        parsed.delivered,
        parsed.submitDate,
        parsed.doneDate,
        state != null ? state : parsed.state,
        parsed.error,
        parsed.text);
  }

  /**
   * Parses the text form, or returns {@code null} if {@code text} is not in it, including when a
   * count does not fit an {@code int} or a date does not exist (the text comes from the SMSC).
   */
  public static DeliveryReceipt parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      return new DeliveryReceipt(
          m.group(1),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          date(m.group(4)),
          date(m.group(5)),
          MessageState.ofStat(m.group(6)),
          error(m.group(7)),
          m.group(8) == null ? "" : m.group(8));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /**
   * The err field: decimal as SMPP 3.4 Appendix B shows it; SMSCs also send vendor codes that are
   * not decimal numbers, which read as 0 (the network_error_code TLV carries the real one).
   */
  private static int error(String field) {
    for (int i = 0; i < field.length(); i++) {
      if (!Character.isDigit(field.charAt(i))) {
        return 0;
      }
    }
    return field.length() > 9 ? 0 : Integer.parseInt(field);
  }

  private static Instant date(String digits) {
    // yyMMddHHmm as the pattern yyMMddHHmm parses it (two-digit years are 2000-2099), without the
    // formatter
    LocalDateTime t =
        LocalDateTime.of(
            2000 + Integer.parseInt(digits, 0, 2, 10),
            Integer.parseInt(digits, 2, 4, 10),
            Integer.parseInt(digits, 4, 6, 10),
            Integer.parseInt(digits, 6, 8, 10),
            Integer.parseInt(digits, 8, 10, 10));
    if (digits.length() == 12) {
      t = t.plusSeconds(Integer.parseInt(digits.substring(10)));
    }
    return t.toInstant(ZoneOffset.UTC);
  }
}
