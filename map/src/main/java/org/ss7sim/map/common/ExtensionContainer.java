package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * ExtensionContainer (TS 29.002 §17.7.1): privateExtensionList [0] and pcs-Extensions [1]. We
 * interpret none of them; the contents are kept as they came and re-encoded unchanged, which is
 * what a node that does not know an extension must do (§17.7.1, "kept", and skipped in processing).
 *
 * @param contents the contents octets of the container (inside its own tag and length)
 */
public record ExtensionContainer(Octets contents) {
  public static final ExtensionContainer EMPTY = new ExtensionContainer(Octets.EMPTY);

  public static final BerCodec<ExtensionContainer> CODEC =
      new BerCodec<>() {
        @Override
        public ExtensionContainer decode(BerReader r) throws MalformedMessageException {
          if (!r.isConstructed()) {
            throw r.error("ExtensionContainer must be constructed");
          }
          BerReader in = r.enter();
          while (in.hasNext()) {
            in.next(); // checks the structure; contents are kept raw
          }
          return new ExtensionContainer(r.value());
        }

        @Override
        public void encode(ExtensionContainer v, int tag, BerWriter out) {
          int m = out.start(tag);
          out.raw(v.contents);
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return BerTag.SEQUENCE;
        }
      };
}
