package org.ss7sim.smpp.pdu;

/**
 * The data_coding octet (SMPP 3.4 §5.2.19): an alphabet in the low values, or a GSM 03.38 coding
 * group in the high nibble.
 */
public record DataCoding(int value) {
  public static final DataCoding SMSC_DEFAULT = new DataCoding(0x00);
  public static final DataCoding IA5 = new DataCoding(0x01);
  public static final DataCoding OCTET_UNSPECIFIED = new DataCoding(0x02);
  public static final DataCoding LATIN1 = new DataCoding(0x03);
  public static final DataCoding OCTET_UNSPECIFIED_2 = new DataCoding(0x04);
  public static final DataCoding JIS = new DataCoding(0x05);
  public static final DataCoding CYRILLIC = new DataCoding(0x06);
  public static final DataCoding HEBREW = new DataCoding(0x07);
  public static final DataCoding UCS2 = new DataCoding(0x08);
  public static final DataCoding PICTOGRAM = new DataCoding(0x09);
  public static final DataCoding MUSIC_CODES = new DataCoding(0x0A);
  public static final DataCoding EXTENDED_KANJI = new DataCoding(0x0D);
  public static final DataCoding KS_C_5601 = new DataCoding(0x0E);

  public DataCoding {
    Address.checkOctet(value, "data_coding");
  }

  /** UCS2: the SMPP value 8, or the GSM message-waiting group for UCS2 (1110xxxx). */
  public boolean isUcs2() {
    return value == 0x08 || (value & 0xF0) == 0xE0;
  }

  /** GSM "data coding/message class" group (1111xxxx): bit 2 chooses 8-bit data. */
  public boolean isMessageClassGroup() {
    return (value & 0xF0) == 0xF0;
  }
}
