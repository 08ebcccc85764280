package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Message compatibility information (Q.763 §3.33): instruction indicators telling an exchange that
 * does not recognise the message what to do with it (Q.764 §2.9.5.1).
 *
 * <pre>
 *   8   7 6                   5 4 3 2 1
 * | ext | pass on not possible | D | C | B | A |
 * </pre>
 *
 * A transit at intermediate exchange, B release call, C send notification, D discard message.
 */
public record MessageCompatibilityInformation(Octets content) implements IsupParameter {
  public MessageCompatibilityInformation {
    Objects.requireNonNull(content, "content");
  }

  public static MessageCompatibilityInformation decode(Octets content) {
    return new MessageCompatibilityInformation(content);
  }

  private int first() {
    return content.isEmpty() ? 0 : content.get(0);
  }

  public boolean releaseCall() {
    return (first() & 0x02) != 0;
  }

  public boolean sendNotification() {
    return (first() & 0x04) != 0;
  }

  public boolean discardMessage() {
    return (first() & 0x08) != 0;
  }

  /** Bits 6–5: 0 release call, 1 discard message. */
  public int passOnNotPossible() {
    return (first() >>> 4) & 3;
  }

  @Override
  public int code() {
    return ParameterCode.MESSAGE_COMPATIBILITY_INFORMATION;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeOctets(content);
  }
}
