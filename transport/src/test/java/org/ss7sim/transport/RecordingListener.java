package org.ss7sim.transport;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ss7sim.wire.Octets;

/** Records association events as strings ("up", "down", "msg 3 3 0102") for tests. */
public final class RecordingListener implements AssociationListener {
  public final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  public volatile Association last;

  @Override
  public void onUp(Association association) {
    last = association;
    events.add("up");
  }

  @Override
  public void onDown(Association association, String cause) {
    events.add("down");
  }

  @Override
  public void onMessage(Association association, int streamId, long ppid, Octets payload) {
    last = association;
    events.add("msg " + streamId + " " + ppid + " " + payload.toHex());
  }

  /** The next event within 5 s, or "timeout". */
  public String next() throws InterruptedException {
    String e = events.poll(5, TimeUnit.SECONDS);
    return e == null ? "timeout" : e;
  }
}
