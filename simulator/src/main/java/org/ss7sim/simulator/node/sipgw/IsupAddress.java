package org.ss7sim.simulator.node.sipgw;

import java.util.Objects;
import org.ss7sim.isup.parameter.NatureOfAddress;

/**
 * A number as ISUP carries it: digits and nature of address indicator (Q.763 §3.9 b, §3.10 b).
 *
 * @param natureOfAddress {@link NatureOfAddress#INTERNATIONAL}, {@link NatureOfAddress#NATIONAL},
 *     {@link NatureOfAddress#SUBSCRIBER} or {@link NatureOfAddress#UNKNOWN}
 * @param digits the address signals, 0–9 only
 */
public record IsupAddress(int natureOfAddress, String digits) {
  public IsupAddress {
    Objects.requireNonNull(digits, "digits");
    if (natureOfAddress < 0 || natureOfAddress > 0x7f) {
      throw new IllegalArgumentException("nature of address out of range: " + natureOfAddress);
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a digit string: " + digits);
    }
  }

  public static IsupAddress international(String digits) {
    return new IsupAddress(NatureOfAddress.INTERNATIONAL, digits);
  }

  public static IsupAddress national(String digits) {
    return new IsupAddress(NatureOfAddress.NATIONAL, digits);
  }
}
