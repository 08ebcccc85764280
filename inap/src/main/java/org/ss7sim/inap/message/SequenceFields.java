package org.ss7sim.inap.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Walks the elements of an argument SEQUENCE: modelled elements must come in the order of the
 * SEQUENCE (X.680 §25), everything else is kept as an {@link UnknownElement} remembering which
 * modelled element it followed. On encoding, {@link #writeAfter} puts the kept elements back in the
 * same places.
 */
final class SequenceFields {
  private final BerReader in;
  private final List<UnknownElement> unknown = new ArrayList<>();
  private int lastTag = UnknownElement.AT_START;
  private int lastOrder = -1;

  SequenceFields(BerReader in) {
    this.in = in;
  }

  BerReader reader() {
    return in;
  }

  /** Reads the next element's header; returns its tag, or -1 at the end. */
  int next() throws MalformedMessageException {
    return in.hasNext() ? in.next() : -1;
  }

  /** Accepts the current element as the modelled element at position {@code order}. */
  void known(int order) throws MalformedMessageException {
    if (order <= lastOrder) {
      throw in.error("element out of order or repeated");
    }
    lastOrder = order;
    lastTag = in.tag();
  }

  /** Keeps the current element as an unknown one. */
  void keep() {
    unknown.add(new UnknownElement(lastTag, in.element()));
  }

  List<UnknownElement> unknown() {
    return List.copyOf(unknown);
  }

  // ---- encoding ----

  /** Writes the kept elements that followed the element with {@code tag} (or AT_START). */
  static void writeAfter(BerWriter w, List<UnknownElement> unknown, int tag, boolean[] done) {
    for (int i = 0; i < unknown.size(); i++) {
      if (!done[i] && unknown.get(i).after() == tag) {
        w.raw(unknown.get(i).element());
        done[i] = true;
      }
    }
  }

  /** Writes the kept elements not yet written (their preceding element was absent). */
  static void writeRest(BerWriter w, List<UnknownElement> unknown, boolean[] done) {
    for (int i = 0; i < unknown.size(); i++) {
      if (!done[i]) {
        w.raw(unknown.get(i).element());
        done[i] = true;
      }
    }
  }
}
