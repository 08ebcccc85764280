package org.ss7sim.isup.circuit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.mtp.PointCode;

/**
 * The circuits between this exchange and one remote exchange (one remote point code): selection of
 * an idle circuit by the configured policy, and which end controls each circuit under dual seizure
 * (Q.764 §2.9.1.4).
 */
public final class TrunkGroup {
  private final TrunkGroupConfig config;
  private final PointCode local;
  private final List<Circuit> circuits = new ArrayList<>();
  private final Map<Integer, Circuit> byCic = new HashMap<>();
  private final SplittableRandom random;
  private boolean accessible = true;
  private int nextSequential;

  public TrunkGroup(TrunkGroupConfig config, PointCode local, long seed) {
    this.config = config;
    this.local = local;
    this.random = new SplittableRandom(seed);
    for (CicRange r : config.ranges()) {
      for (int c = r.first(); c <= r.last(); c++) {
        if (byCic.containsKey(c)) {
          throw new IllegalArgumentException("CIC " + c + " twice in trunk group " + config.name());
        }
        Circuit circuit = new Circuit(this, new Cic(c), circuits.size());
        circuits.add(circuit);
        byCic.put(c, circuit);
      }
    }
  }

  public String name() {
    return config.name();
  }

  public PointCode remote() {
    return config.remote();
  }

  public PointCode local() {
    return local;
  }

  public TrunkGroupConfig config() {
    return config;
  }

  public List<Circuit> circuits() {
    return Collections.unmodifiableList(circuits);
  }

  /** The circuit with {@code cic}, or {@code null} when the CIC is not in this group. */
  public Circuit circuit(int cic) {
    return byCic.get(cic);
  }

  /** False between MTP-PAUSE and MTP-RESUME for the remote point code. */
  public boolean accessible() {
    return accessible;
  }

  void accessible(boolean value) {
    this.accessible = value;
  }

  /**
   * Whether this exchange controls {@code circuit} when both ends seize it (Q.764 §2.9.1.4): with
   * the point-code rule the higher point code controls the even CICs.
   */
  public boolean controls(Circuit circuit) {
    boolean higher = local.value() > config.remote().value();
    return switch (config.glare()) {
      case POINT_CODE_EVEN_ODD -> higher == circuit.cic().even();
      case HIGHER_POINT_CODE_CONTROLS_ALL -> higher;
    };
  }

  /**
   * An idle, unblocked circuit chosen by the selection policy, or {@code null} when there is none.
   */
  public Circuit select() {
    if (!accessible) {
      return null;
    }
    int n = circuits.size();
    switch (config.selection()) {
      case SEQUENTIAL -> {
        for (int i = 0; i < n; i++) {
          Circuit c = circuits.get((nextSequential + i) % n);
          if (c.selectable()) {
            nextSequential = (c.index() + 1) % n;
            return c;
          }
        }
        return null;
      }
      case RANDOM -> {
        int start = random.nextInt(n);
        for (int i = 0; i < n; i++) {
          Circuit c = circuits.get((start + i) % n);
          if (c.selectable()) {
            return c;
          }
        }
        return null;
      }
      case LEAST_RECENTLY_USED -> {
        Circuit best = null;
        for (Circuit c : circuits) {
          if (c.selectable()
              && (best == null || c.lastReleasedNanos() < best.lastReleasedNanos())) {
            best = c;
          }
        }
        return best;
      }
      case ODD_EVEN -> {
        for (int i = n - 1; i >= 0; i--) {
          Circuit c = circuits.get(i);
          if (c.selectable() && controls(c)) {
            return c;
          }
        }
        for (Circuit c : circuits) {
          if (c.selectable()) {
            return c;
          }
        }
        return null;
      }
      default -> throw new IllegalStateException();
    }
  }

  /** Number of circuits neither idle nor blocked-only: the leak check of scenario tests. */
  public int nonIdleCircuits() {
    int n = 0;
    for (Circuit c : circuits) {
      if (!c.idle()) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "trunk group " + config.name() + " to " + config.remote();
  }
}
