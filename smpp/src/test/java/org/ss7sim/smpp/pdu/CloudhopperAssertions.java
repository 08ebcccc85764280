package org.ss7sim.smpp.pdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the assertions the vectors' {@code what} column copies from Cloudhopper's decoder tests
 * ({@code pdu0.getX=value; ...}) and evaluates each against our decoded record, so the vectors
 * check field values, not only round trips.
 */
final class CloudhopperAssertions {
  private CloudhopperAssertions() {}

  record Check(String lhs, String expected) {}

  private static final Map<String, Long> CONSTANTS =
      Map.of(
          "SmppConstants.STATUS_INVMSGLEN", 1L,
          "SmppConstants.TAG_SC_INTERFACE_VERSION", 0x0210L,
          "SmppConstants.STATE_DELIVERED", 2L);

  /**
   * The checks of the first PDU described in {@code what} (those after a "pdu0=null" are another
   * PDU's).
   */
  static List<Check> parse(String what) {
    List<Check> out = new ArrayList<>();
    int at = what.indexOf("asserts ");
    if (at < 0) {
      return out;
    }
    String rest = what.substring(at + "asserts ".length());
    int note = rest.indexOf(" [note:");
    if (note >= 0) {
      rest = rest.substring(0, note);
    }
    for (String part : rest.split("; ")) {
      if (part.equals("pdu0=null")) {
        break;
      }
      int eq = part.lastIndexOf('=');
      String lhs = part.substring(0, eq).trim();
      if (lhs.startsWith("buffer.")) {
        continue;
      }
      out.add(new Check(lhs, part.substring(eq + 1).trim()));
    }
    return out;
  }

  /** The value of {@code lhs} for our PDU, in the form the expected value normalizes to. */
  static Object actual(String lhs, Pdu pdu, int commandLength) {
    String key = lhs.replace("pdu0.", "").replace("pdu.", "");
    if (key.startsWith("tlv") || key.startsWith("getOptionalParameters.get(")) {
      int index =
          key.startsWith("tlv")
              ? key.charAt(3) - '0'
              : key.charAt("getOptionalParameters.get(".length()) - '0';
      Tlv t = tlvs(pdu).get(index);
      if (key.endsWith("getValueAsByte")) {
        return (long) t.value().get(0);
      } else if (key.endsWith("getValueAsString")) {
        return t.text();
      } else if (key.endsWith("getTag")) {
        return (long) t.tag();
      } else if (key.endsWith("getLength")) {
        return (long) t.value().length();
      }
    }
    if (key.startsWith("hasOptionalParameter(")) {
      String tag = key.substring("hasOptionalParameter(".length(), key.length() - 1);
      long code = CONSTANTS.get(tag);
      return tlvs(pdu).list().stream().anyMatch(t -> t.tag() == code);
    }
    return switch (key) {
      case "getCommandLength" -> (long) commandLength;
      case "getCommandId" -> pdu.commandCode();
      case "getCommandStatus" -> (long) pdu.status().code();
      case "getSequenceNumber" -> pdu.sequence() & 0xffffffffL;
      case "isRequest" -> !pdu.isResponse();
      case "isResponse" -> pdu.isResponse();
      case "getSystemId" ->
          pdu instanceof BindRequest b ? b.systemId() : ((BindResponse) pdu).systemId();
      case "getPassword" -> ((BindRequest) pdu).password();
      case "getSystemType" -> ((BindRequest) pdu).systemType();
      case "getAddressRange.getAddress" -> ((BindRequest) pdu).addressRange().address();
      case "getMessageId" -> messageId(pdu);
      case "getFinalDate" -> ((QuerySmResp) pdu).finalDate();
      case "getServiceType" -> serviceType(pdu);
      case "getSourceAddress.getTon" -> (long) source(pdu).ton();
      case "getSourceAddress.getNpi" -> (long) source(pdu).npi();
      case "getSourceAddress.getAddress", "getSourceAddress" -> source(pdu).address();
      case "getDestAddress.getTon" -> (long) dest(pdu).ton();
      case "getDestAddress.getNpi" -> (long) dest(pdu).npi();
      case "getDestAddress.getAddress", "getDestinationAddress" -> dest(pdu).address();
      case "getEsmeAddress.getAddress" -> ((AlertNotification) pdu).esme().address();
      case "getEsmClass" ->
          (long) (pdu instanceof DataSm d ? d.esmClass() : sm(pdu).esmClass()).value();
      case "getRegisteredDelivery" -> (long) registeredDelivery(pdu).value();
      case "getDataCoding" ->
          (long) (pdu instanceof DataSm d ? d.dataCoding() : sm(pdu).dataCoding()).value();
      case "getProtocolId" -> pdu instanceof DataSm ? 0L : (long) sm(pdu).protocolId();
      case "getPriority" -> pdu instanceof DataSm ? 0L : (long) sm(pdu).priorityFlag();
      case "getReplaceIfPresent" -> pdu instanceof DataSm ? 0L : (long) sm(pdu).replaceIfPresent();
      case "getDefaultMsgId" -> pdu instanceof DataSm ? 0L : (long) sm(pdu).smDefaultMsgId();
      case "getScheduleDeliveryTime" ->
          pdu instanceof DataSm
              ? null
              : pdu instanceof ReplaceSm r
                  ? r.scheduleDeliveryTime()
                  : sm(pdu).scheduleDeliveryTime();
      case "getValidityPeriod" ->
          pdu instanceof DataSm
              ? null
              : pdu instanceof ReplaceSm r ? r.validityPeriod() : sm(pdu).validityPeriod();
      case "getShortMessageLength", "getShortMessage.length" ->
          pdu instanceof DataSm ? 0L : (long) sm(pdu).shortMessage().length();
      case "getShortMessage" -> pdu instanceof DataSm ? null : sm(pdu).shortMessage();
      case "new String(pdu0.getShortMessage, 'ISO-8859-1')",
          "new String(getShortMessage, 'ISO-8859-1')" ->
          new String(
              ((ReplaceSm) pdu).shortMessage().toByteArray(),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      case "getOptionalParameters.size", "getOptionalParameterCount" -> (long) tlvs(pdu).size();
      case "getOptionalParameters" -> tlvs(pdu).isEmpty() ? null : tlvs(pdu);
      default -> throw new IllegalArgumentException("no mapping for Cloudhopper getter " + lhs);
    };
  }

  /** The expected value as Long, Boolean, String or null. */
  static Object expected(String text) {
    if (text.equals("null")) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    if (text.startsWith("'") && text.endsWith("'")) {
      return text.substring(1, text.length() - 1);
    }
    if (text.startsWith("SmppConstants.CMD_ID_")) {
      return CommandId.valueOf(text.substring("SmppConstants.CMD_ID_".length())).code();
    }
    if (CONSTANTS.containsKey(text)) {
      return CONSTANTS.get(text);
    }
    if (text.toLowerCase(Locale.ROOT).startsWith("0x")) {
      return Long.parseLong(text.substring(2), 16);
    }
    long v = Long.parseLong(text);
    return v < 0 ? v & 0xffffffffL : v;
  }

  private static Tlvs tlvs(Pdu pdu) {
    if (pdu instanceof ShortMessagePdu s) {
      return s.tlvs();
    } else if (pdu instanceof BindResponse b) {
      return b.tlvs();
    } else if (pdu instanceof DataSm d) {
      return d.tlvs();
    } else if (pdu instanceof ReplaceSm r) {
      return r.tlvs();
    } else if (pdu instanceof AlertNotification a) {
      return a.tlvs();
    } else if (pdu instanceof MessageIdResponse m) {
      return m.tlvs();
    }
    return Tlvs.EMPTY;
  }

  private static String messageId(Pdu pdu) {
    if (pdu instanceof MessageIdResponse m) {
      return m.messageId();
    } else if (pdu instanceof QuerySm q) {
      return q.messageId();
    } else if (pdu instanceof QuerySmResp q) {
      return q.messageId();
    } else if (pdu instanceof CancelSm c) {
      return c.messageId();
    }
    return ((ReplaceSm) pdu).messageId();
  }

  private static String serviceType(Pdu pdu) {
    if (pdu instanceof DataSm d) {
      return d.serviceType();
    } else if (pdu instanceof CancelSm c) {
      return c.serviceType();
    }
    return sm(pdu).serviceType();
  }

  private static Address source(Pdu pdu) {
    if (pdu instanceof DataSm d) {
      return d.source();
    } else if (pdu instanceof CancelSm c) {
      return c.source();
    } else if (pdu instanceof QuerySm q) {
      return q.source();
    } else if (pdu instanceof ReplaceSm r) {
      return r.source();
    } else if (pdu instanceof AlertNotification a) {
      return a.source();
    }
    return sm(pdu).source();
  }

  private static Address dest(Pdu pdu) {
    if (pdu instanceof DataSm d) {
      return d.destination();
    } else if (pdu instanceof CancelSm c) {
      return c.destination();
    }
    return sm(pdu).destination();
  }

  private static RegisteredDelivery registeredDelivery(Pdu pdu) {
    if (pdu instanceof DataSm d) {
      return d.registeredDelivery();
    } else if (pdu instanceof ReplaceSm r) {
      return r.registeredDelivery();
    }
    return sm(pdu).registeredDelivery();
  }

  private static ShortMessagePdu sm(Pdu pdu) {
    return (ShortMessagePdu) pdu;
  }
}
