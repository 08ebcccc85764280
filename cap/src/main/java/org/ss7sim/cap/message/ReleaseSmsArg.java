package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;

/**
 * The argument of ReleaseSMS (TS 29.078 §7.1.1, opcode 66): refuse the short message.
 *
 * <pre>
 * ReleaseSMSArg ::= RPCause         -- OCTET STRING (SIZE (1)), the RP-Cause of TS 24.011 §8.2.5.4
 * </pre>
 *
 * @param rpCause the cause value octet, e.g. 21 short message transfer rejected
 */
public record ReleaseSmsArg(int rpCause) implements CapArgument {
  /** RP-Cause 21: short message transfer rejected. */
  public static final int SM_TRANSFER_REJECTED = 21;

  public static final BerCodec<ReleaseSmsArg> CODEC =
      new BerCodec<>() {
        @Override
        public ReleaseSmsArg decode(BerReader r) throws MalformedMessageException {
          return new ReleaseSmsArg(Codecs.OCTET.decode(r));
        }

        @Override
        public void encode(ReleaseSmsArg v, int tag, BerWriter out) {
          Codecs.OCTET.encode(v.rpCause, tag, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public ReleaseSmsArg {
    if (rpCause < 0 || rpCause > 0xff) {
      throw new IllegalArgumentException("RP cause out of range: " + rpCause);
    }
  }

  @Override
  public CapOperation operation() {
    return CapOperation.RELEASE_SMS;
  }
}
