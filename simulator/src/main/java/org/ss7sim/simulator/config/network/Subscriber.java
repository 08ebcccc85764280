package org.ss7sim.simulator.config.network;

import java.math.BigInteger;
import java.util.Optional;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.wire.Octets;

/**
 * A block of {@code count} HLR subscriber records with consecutive MSISDNs and IMSIs starting at
 * the given ones (count 1: one subscriber). All share the keys, serving MSC/VLR and state.
 *
 * @param msisdn the first MSISDN, international digits
 * @param imsi the first IMSI, 6–15 digits
 * @param ki the subscriber key K (16 octets)
 * @param opc the operator variant OPc (16 octets)
 * @param msc the serving MSC/VLR node; empty when none (never attached)
 * @param state the handset state at start
 * @param oCsi the originating CAMEL subscription (O-CSI), if any
 * @param moSmsCsi the CAMEL subscription for short messages it sends (MO-SMS-CSI), if any
 * @param tCsi the terminating CAMEL subscription (T-CSI) the HLR gives the GMSC, if any
 * @param services the call forwarding and barring the HLR holds at start
 */
public record Subscriber(
    String msisdn,
    String imsi,
    Octets ki,
    Octets opc,
    Optional<String> msc,
    SubscriberState state,
    int count,
    Location location,
    Optional<CamelCsi> oCsi,
    Optional<CamelCsi> moSmsCsi,
    Optional<CamelCsi> tCsi,
    SupplementaryProfile services) {

  /** A block without T-CSI and supplementary services. */
  public Subscriber(
      String msisdn,
      String imsi,
      Octets ki,
      Octets opc,
      Optional<String> msc,
      SubscriberState state,
      int count,
      Location location,
      Optional<CamelCsi> oCsi,
      Optional<CamelCsi> moSmsCsi) {
    this(
        msisdn,
        imsi,
        ki,
        opc,
        msc,
        state,
        count,
        location,
        oCsi,
        moSmsCsi,
        Optional.empty(),
        SupplementaryProfile.NONE);
  }

  /** A block without CAMEL subscriptions. */
  public Subscriber(
      String msisdn,
      String imsi,
      Octets ki,
      Octets opc,
      Optional<String> msc,
      SubscriberState state,
      int count,
      Location location) {
    this(msisdn, imsi, ki, opc, msc, state, count, location, Optional.empty(), Optional.empty());
  }

  /** The MSISDN of the {@code i}-th subscriber of the block (0-based). */
  public String msisdnAt(int i) {
    return offset(msisdn, i);
  }

  /** The IMSI of the {@code i}-th subscriber of the block (0-based). */
  public String imsiAt(int i) {
    return offset(imsi, i);
  }

  /** The last MSISDN of the block. */
  public String lastMsisdn() {
    return msisdnAt(count - 1);
  }

  /** Whether {@code number} is one of the block's MSISDNs. */
  public boolean hasMsisdn(String number) {
    return inBlock(msisdn, number);
  }

  /** Whether {@code number} is one of the block's IMSIs. */
  public boolean hasImsi(String number) {
    return inBlock(imsi, number);
  }

  private boolean inBlock(String first, String number) {
    if (number.length() != first.length() || number.isEmpty()) {
      return false;
    }
    for (int k = 0; k < number.length(); k++) {
      char c = number.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    if (number.length() <= MAX_LONG_DIGITS) {
      // looked up for every message: without a regex or BigInteger when a long holds the digits
      long d = Long.parseLong(number) - Long.parseLong(first);
      return d >= 0 && d < count;
    }
    BigInteger d = new BigInteger(number).subtract(new BigInteger(first));
    return d.signum() >= 0 && d.compareTo(BigInteger.valueOf(count)) < 0;
  }

  /** Digit strings at most this long are numbers a long holds with room for an int added. */
  private static final int MAX_LONG_DIGITS = 18;

  static String offset(String first, int i) {
    if (i < 0 || i >= Integer.MAX_VALUE) {
      throw new IndexOutOfBoundsException(i);
    }
    String s =
        first.length() <= MAX_LONG_DIGITS
            ? Long.toString(Long.parseLong(first) + i)
            : new BigInteger(first).add(BigInteger.valueOf(i)).toString();
    StringBuilder b = new StringBuilder();
    for (int k = s.length(); k < first.length(); k++) {
      b.append('0');
    }
    return b.append(s).toString();
  }
}
