package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * An SME address: type of number, numbering plan indicator and the address itself (SMPP 3.4
 * §5.2.5–5.2.8). The address length limit depends on the PDU and is checked by the codec.
 */
public record Address(int ton, int npi, String address) {
  public static final int TON_UNKNOWN = 0;
  public static final int TON_INTERNATIONAL = 1;
  public static final int TON_NATIONAL = 2;
  public static final int TON_NETWORK_SPECIFIC = 3;
  public static final int TON_SUBSCRIBER = 4;
  public static final int TON_ALPHANUMERIC = 5;
  public static final int TON_ABBREVIATED = 6;
  public static final int NPI_UNKNOWN = 0;
  public static final int NPI_E164 = 1;
  public static final int NPI_NATIONAL = 8;
  public static final int NPI_PRIVATE = 9;
  public static final int NPI_INTERNET = 14;

  public static final Address EMPTY = new Address(0, 0, "");

  public Address {
    checkOctet(ton, "ton");
    checkOctet(npi, "npi");
    Objects.requireNonNull(address, "address");
  }

  /** An international E.164 number. */
  public static Address international(String digits) {
    return new Address(TON_INTERNATIONAL, NPI_E164, digits);
  }

  static void checkOctet(int v, String what) {
    if (v < 0 || v > 0xff) {
      throw new IllegalArgumentException(what + " out of range: " + v);
    }
  }

  @Override
  public String toString() {
    return ton + "/" + npi + "/" + address;
  }
}
