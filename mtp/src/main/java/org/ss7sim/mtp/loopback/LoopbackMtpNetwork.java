package org.ss7sim.mtp.loopback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;

/**
 * Signaling points joined directly, for tests of the layers above MTP.
 *
 * <p>Single-threaded and run-to-completion: {@link MtpService#transfer} queues the message and,
 * unless a delivery is already under way on this thread, delivers queued messages in order until
 * none are left. A user answering inside {@code onTransfer} therefore never recurses.
 */
public final class LoopbackMtpNetwork {
  private final Map<PointCode, Point> points = new HashMap<>();
  private final Set<PointCode> paused = new HashSet<>();
  private final ArrayDeque<MtpTransfer> queue = new ArrayDeque<>();
  private final List<MtpTransfer> log = new ArrayList<>();
  private Predicate<MtpTransfer> drop = m -> false;
  private boolean delivering;
  private int discarded;

  /** Adds a signaling point with {@code pointCode} and returns its MTP service. */
  public MtpService attach(PointCode pointCode) {
    if (points.containsKey(pointCode)) {
      throw new IllegalArgumentException("point code already attached: " + pointCode);
    }
    Point p = new Point(pointCode);
    points.put(pointCode, p);
    return p;
  }

  /** Every message transferred so far (including dropped ones), in order. */
  public List<MtpTransfer> log() {
    return Collections.unmodifiableList(log);
  }

  /** Messages discarded: to unknown or paused destinations, or by the drop filter. */
  public int discarded() {
    return discarded;
  }

  /** Messages matching {@code filter} are lost in transit from now on. */
  public void dropWhen(Predicate<MtpTransfer> filter) {
    this.drop = filter;
  }

  /** Makes {@code destination} inaccessible: MTP-PAUSE to every other point's users. */
  public void pause(PointCode destination) {
    if (paused.add(destination)) {
      for (Point p : points.values()) {
        if (!p.pointCode.equals(destination)) {
          p.users.values().forEach(u -> u.onPause(destination));
        }
      }
    }
  }

  /** Makes {@code destination} accessible again: MTP-RESUME to every other point's users. */
  public void resume(PointCode destination) {
    if (paused.remove(destination)) {
      for (Point p : points.values()) {
        if (!p.pointCode.equals(destination)) {
          p.users.values().forEach(u -> u.onResume(destination));
        }
      }
    }
  }

  private void enqueue(MtpTransfer message) {
    log.add(message);
    queue.add(message);
    if (delivering) {
      return;
    }
    delivering = true;
    try {
      MtpTransfer next;
      while ((next = queue.poll()) != null) {
        deliver(next);
      }
    } finally {
      delivering = false;
    }
  }

  private void deliver(MtpTransfer message) {
    Point destination = points.get(message.dpc());
    MtpUser user = destination == null ? null : destination.users.get(message.serviceIndicator());
    if (user == null
        || paused.contains(message.dpc())
        || paused.contains(message.opc())
        || drop.test(message)) {
      discarded++;
      return;
    }
    user.onTransfer(message);
  }

  private final class Point implements MtpService {
    private final PointCode pointCode;
    private final Map<ServiceIndicator, MtpUser> users = new HashMap<>();

    Point(PointCode pointCode) {
      this.pointCode = pointCode;
    }

    @Override
    public PointCode localPointCode() {
      return pointCode;
    }

    @Override
    public void transfer(MtpTransfer request) {
      enqueue(request);
    }

    @Override
    public void register(ServiceIndicator serviceIndicator, MtpUser user) {
      users.put(serviceIndicator, user);
    }
  }
}
