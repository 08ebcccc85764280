package org.ss7sim.tcap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;

/** A TC-user that records every indication and can answer Begins with a test-supplied action. */
final class RecordingUser implements TcUser {
  final List<Object> events = new ArrayList<>();
  Consumer<BeginIndication> onBegin = b -> {};
  Consumer<ContinueIndication> onContinue = c -> {};

  record InvokeTimeout(Dialogue dialogue, InvokeId invokeId) {}

  record LocalReject(Dialogue dialogue, Reject reject) {}

  @Override
  public void onBegin(BeginIndication indication) {
    events.add(indication);
    onBegin.accept(indication);
  }

  @Override
  public void onContinue(ContinueIndication indication) {
    events.add(indication);
    onContinue.accept(indication);
  }

  @Override
  public void onEnd(EndIndication indication) {
    events.add(indication);
  }

  @Override
  public void onAbort(AbortIndication indication) {
    events.add(indication);
  }

  @Override
  public void onUnidirectional(UnidirectionalIndication indication) {
    events.add(indication);
  }

  @Override
  public void onNotice(NoticeIndication indication) {
    events.add(indication);
  }

  @Override
  public void onInvokeTimeout(Dialogue dialogue, InvokeId invokeId) {
    events.add(new InvokeTimeout(dialogue, invokeId));
  }

  @Override
  public void onLocalReject(Dialogue dialogue, Reject reject) {
    events.add(new LocalReject(dialogue, reject));
  }

  @SuppressWarnings("unchecked")
  <T> T last(Class<T> type) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (type.isInstance(events.get(i))) {
        return (T) events.get(i);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + events);
  }

  <T> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
