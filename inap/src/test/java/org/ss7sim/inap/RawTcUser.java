package org.ss7sim.inap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcUser;

/** A TC-user that records indications and lets a test answer a TC-BEGIN by hand. */
final class RawTcUser implements TcUser {
  final List<Object> indications = new ArrayList<>();
  Consumer<BeginIndication> onBegin = b -> {};
  Consumer<ContinueIndication> onContinue = c -> {};

  @Override
  public void onBegin(BeginIndication indication) {
    indications.add(indication);
    onBegin.accept(indication);
  }

  @Override
  public void onContinue(ContinueIndication indication) {
    indications.add(indication);
    onContinue.accept(indication);
  }

  @Override
  public void onEnd(EndIndication indication) {
    indications.add(indication);
  }

  @Override
  public void onAbort(AbortIndication indication) {
    indications.add(indication);
  }

  <T> T last(Class<T> type) {
    for (int i = indications.size() - 1; i >= 0; i--) {
      if (type.isInstance(indications.get(i))) {
        return type.cast(indications.get(i));
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + indications);
  }
}
