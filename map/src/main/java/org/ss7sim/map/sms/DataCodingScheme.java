package org.ss7sim.map.sms;

import java.util.Optional;

/**
 * TP-Data-Coding-Scheme (TS 23.040 §9.2.3.10, coded as TS 23.038 §4 "SMS Data Coding Scheme"). The
 * octet is kept as received; the accessors interpret it.
 *
 * <pre>
 *   00xx xxxx  general data coding: bit 5 compressed, bit 4 class present, bits 3-2 alphabet, 1-0 class
 *   01xx xxxx  as above, message marked for automatic deletion
 *   1000-1011  reserved coding groups
 *   1100 xxxx  message waiting indication, discard message (GSM 7-bit)
 *   1101 xxxx  message waiting indication, store message (GSM 7-bit)
 *   1110 xxxx  message waiting indication, store message (UCS2)
 *   1111 xxxx  data coding / message class: bit 2 alphabet (7-bit, 8-bit), bits 1-0 class
 * </pre>
 */
public record DataCodingScheme(int code) {
  /** 0x00: GSM 7-bit default alphabet, no message class. */
  public static final DataCodingScheme GSM7 = new DataCodingScheme(0x00);

  /** 0x04: 8-bit data, no message class. */
  public static final DataCodingScheme EIGHT_BIT = new DataCodingScheme(0x04);

  /** 0x08: UCS2, no message class. */
  public static final DataCodingScheme UCS2 = new DataCodingScheme(0x08);

  /** Character sets a DCS can select. */
  public enum Alphabet {
    GSM7,
    EIGHT_BIT,
    UCS2
  }

  /** Message classes (TS 23.038 §4). */
  public enum MessageClass {
    CLASS_0,
    CLASS_1,
    CLASS_2,
    CLASS_3
  }

  /** Coding groups (TS 23.038 §4, the high nibble). */
  public enum Group {
    GENERAL,
    AUTOMATIC_DELETION,
    RESERVED,
    MESSAGE_WAITING_DISCARD,
    MESSAGE_WAITING_STORE,
    MESSAGE_WAITING_STORE_UCS2,
    DATA_CODING_MESSAGE_CLASS
  }

  public DataCodingScheme {
    if (code < 0 || code > 0xff) {
      throw new IllegalArgumentException("DCS out of range: " + code);
    }
  }

  /** The general-group DCS for an alphabet, optionally with a message class. */
  public static DataCodingScheme of(Alphabet alphabet, MessageClass messageClass) {
    int a =
        switch (alphabet) {
          case GSM7 -> 0;
          case EIGHT_BIT -> 1;
          case UCS2 -> 2;
        };
    int c = messageClass == null ? 0 : 0x10 | messageClass.ordinal();
    return new DataCodingScheme(a << 2 | c);
  }

  public Group group() {
    return switch (code >> 4) {
      case 0, 1, 2, 3 -> Group.GENERAL;
      case 4, 5, 6, 7 -> Group.AUTOMATIC_DELETION;
      case 0xc -> Group.MESSAGE_WAITING_DISCARD;
      case 0xd -> Group.MESSAGE_WAITING_STORE;
      case 0xe -> Group.MESSAGE_WAITING_STORE_UCS2;
      case 0xf -> Group.DATA_CODING_MESSAGE_CLASS;
      default -> Group.RESERVED;
    };
  }

  /**
   * The alphabet. Reserved alphabet values and reserved coding groups are taken as the GSM 7-bit
   * default alphabet, as TS 23.038 §4 instructs receivers.
   */
  public Alphabet alphabet() {
    return switch (group()) {
      case GENERAL, AUTOMATIC_DELETION ->
          switch ((code >> 2) & 3) {
            case 1 -> Alphabet.EIGHT_BIT;
            case 2 -> Alphabet.UCS2;
            default -> Alphabet.GSM7;
          };
      case MESSAGE_WAITING_STORE_UCS2 -> Alphabet.UCS2;
      case DATA_CODING_MESSAGE_CLASS -> (code & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM7;
      default -> Alphabet.GSM7;
    };
  }

  /** Whether the text is compressed (TS 23.042); only the general groups can say so. */
  public boolean compressed() {
    Group g = group();
    return (g == Group.GENERAL || g == Group.AUTOMATIC_DELETION) && (code & 0x20) != 0;
  }

  public Optional<MessageClass> messageClass() {
    Group g = group();
    boolean present =
        g == Group.DATA_CODING_MESSAGE_CLASS
            || ((g == Group.GENERAL || g == Group.AUTOMATIC_DELETION) && (code & 0x10) != 0);
    return present ? Optional.of(MessageClass.values()[code & 3]) : Optional.empty();
  }

  /** For the message waiting groups: whether the indication is set (bit 3). */
  public boolean indicationActive() {
    return (code & 0x08) != 0;
  }
}
