package org.ss7sim.smpp.pdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The optional parameters of a PDU in wire order, unknown ones included. */
public record Tlvs(List<Tlv> list) {
  public static final Tlvs EMPTY = new Tlvs(List.of());

  public Tlvs {
    list = List.copyOf(list);
  }

  public static Tlvs of(Tlv... tlvs) {
    return new Tlvs(List.of(tlvs));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  public Tlv get(int index) {
    return list.get(index);
  }

  /** The first TLV with {@code tag}. */
  public Optional<Tlv> find(TlvTag tag) {
    for (Tlv t : list) {
      if (t.tag() == tag.tag()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public boolean has(TlvTag tag) {
    return find(tag).isPresent();
  }

  /** These TLVs followed by {@code more}. */
  public Tlvs with(Tlv... more) {
    List<Tlv> l = new ArrayList<>(list);
    l.addAll(List.of(more));
    return new Tlvs(l);
  }
}
