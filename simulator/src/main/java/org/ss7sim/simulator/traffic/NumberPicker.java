package org.ss7sim.simulator.traffic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ss7sim.simulator.config.network.KindData.HlrData;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.network.Subscriber;
import org.ss7sim.simulator.config.scenario.NumberSelection;

/** Draws numbers from a scenario's number selection, sequentially or seeded-random. */
public final class NumberPicker {
  private static final int MAX_SUBSCRIBERS = 100_000;

  private final NumberSelection selection;
  private final Random random;
  private final List<String> numbers;
  private final BigInteger first;
  private final BigInteger span;
  private final int width;
  private long next;

  public NumberPicker(NumberSelection selection, Network network, long seed) {
    this.selection = selection;
    this.random = new Random(seed);
    BigInteger f = null;
    BigInteger s = null;
    int w = 0;
    List<String> list = null;
    if (selection.source() instanceof NumberSelection.Numbers n) {
      list = n.numbers();
    } else if (selection.source() instanceof NumberSelection.Range r) {
      f = new BigInteger(r.first());
      s = new BigInteger(r.last()).subtract(f).add(BigInteger.ONE);
      w = r.first().length();
    } else if (selection.source() instanceof NumberSelection.Subscribers sub) {
      list = new ArrayList<>();
      for (Node n : network.nodes(NodeKind.HLR)) {
        if (sub.hlr().isPresent() && !sub.hlr().get().equals(n.name())) {
          continue;
        }
        for (Subscriber block : n.data(HlrData.class).subscribers()) {
          if (sub.state().isPresent() && sub.state().get() != block.state()) {
            continue;
          }
          for (int i = 0; i < block.count() && list.size() < MAX_SUBSCRIBERS; i++) {
            list.add(block.msisdnAt(i));
          }
        }
      }
    }
    this.numbers = list;
    this.first = f;
    this.span = s;
    this.width = w;
  }

  public String next() {
    if (selection.source() instanceof NumberSelection.Prefix p) {
      StringBuilder sb = new StringBuilder(p.prefix());
      while (sb.length() < p.length()) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      return sb.toString();
    }
    boolean rnd = selection.pick() == NumberSelection.Pick.RANDOM;
    if (numbers != null) {
      if (numbers.isEmpty()) {
        throw new IllegalStateException("the selection has no numbers");
      }
      int i = rnd ? random.nextInt(numbers.size()) : (int) (next++ % numbers.size());
      return numbers.get(i);
    }
    BigInteger offset =
        rnd
            ? new BigInteger(span.bitLength() + 8, random).mod(span)
            : BigInteger.valueOf(next++).mod(span);
    String s = first.add(offset).toString();
    StringBuilder sb = new StringBuilder();
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }
}
