package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * The argument of ReleaseCall (TS 29.078 §6.1.1, opcode 22): release all parties with a cause.
 *
 * <pre>
 * ReleaseCallArg ::= Cause          -- phase 2 and 3; "a default value of decimal 31 shall be given"
 * </pre>
 *
 * (Phase 4's {@code allCallSegmentsWithExtension [2]} alternative is not accepted.)
 */
public record ReleaseCallArg(Cause cause) implements CapArgument {
  public static final BerCodec<ReleaseCallArg> CODEC =
      new BerCodec<>() {
        @Override
        public ReleaseCallArg decode(BerReader r) throws MalformedMessageException {
          if (BerTag.number(r.tag()) != BerTag.OCTET_STRING
              || BerTag.tagClass(r.tag()) != BerTag.CLASS_UNIVERSAL) {
            throw r.error("ReleaseCallArg must be a Cause OCTET STRING");
          }
          return new ReleaseCallArg(Cause.CODEC.decode(r));
        }

        @Override
        public void encode(ReleaseCallArg v, int tag, BerWriter out) {
          Cause.CODEC.encode(v.cause, tag, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == BerTag.asConstructed(BerTag.OCTET_STRING);
        }
      };

  public ReleaseCallArg {
    java.util.Objects.requireNonNull(cause, "cause");
  }

  /** ReleaseCall with a Q.850 cause value from the remote public network. */
  public static ReleaseCallArg of(int causeValue) {
    return new ReleaseCallArg(Cause.of(causeValue));
  }

  @Override
  public CapOperation operation() {
    return CapOperation.RELEASE_CALL;
  }
}
