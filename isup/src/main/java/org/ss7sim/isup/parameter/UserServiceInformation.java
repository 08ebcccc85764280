package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * User service information (Q.763 §3.57): octets 3 onwards of the Q.931 bearer capability
 * information element.
 */
public record UserServiceInformation(Octets content) implements IsupParameter {
  public UserServiceInformation {
    Objects.requireNonNull(content, "content");
  }

  public static UserServiceInformation decode(Octets content) {
    return new UserServiceInformation(content);
  }

  @Override
  public int code() {
    return ParameterCode.USER_SERVICE_INFORMATION;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeOctets(content);
  }

  /** Speech, 64 kbit/s circuit mode, A-law (Q.931 octets 3, 4, 5). */
  public static final UserServiceInformation SPEECH_A_LAW =
      new UserServiceInformation(Octets.ofUnsigned(0x80, 0x90, 0xa3));

  /** Coding standard (bits 7–6 of octet 3), or -1 when empty. */
  public int codingStandard() {
    return content.isEmpty() ? -1 : (content.get(0) >>> 5) & 3;
  }

  /**
   * Information transfer capability (bits 5–1 of octet 3): 0 speech, 8 unrestricted digital, 16 3.1
   * kHz audio.
   */
  public int informationTransferCapability() {
    return content.isEmpty() ? -1 : content.get(0) & 0x1f;
  }
}
