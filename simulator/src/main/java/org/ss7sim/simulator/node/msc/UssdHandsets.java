package org.ss7sim.simulator.node.msc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.UssdArg;
import org.ss7sim.map.message.UssdRes;
import org.ss7sim.map.message.UssdString;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The handsets' side of USSD menus (TS 24.090 §4.2, §4.3), one session per open
 * processUnstructuredSS-Request dialogue of the MSC: an unstructuredSS-Request from the network is
 * answered with the session's next scripted choice (a TC-CONTINUE with the result), an
 * unstructuredSS-Notify with an empty result; a prompt when no choice is left makes the handset
 * give up (MAP-U-ABORT). Runs on the MSC's thread, from MAP indications.
 */
final class UssdHandsets {
  /** One handset's dialogue: the choices it still has to give and the texts the network showed. */
  static final class Session {
    private final Deque<String> choices;
    private final List<String> shown = new ArrayList<>();
    private boolean gaveUp;

    Session(List<String> choices) {
      this.choices = new ArrayDeque<>(choices);
    }

    /** The prompts and notifications received, in order. */
    List<String> shown() {
      return List.copyOf(shown);
    }

    /** Whether the handset aborted because the menu asked for more than its script had. */
    boolean gaveUp() {
      return gaveUp;
    }
  }

  private final Map<MapDialogue, Session> open = new IdentityHashMap<>();

  /** A processUnstructuredSS-Request dialogue whose prompts get {@code choices}, in order. */
  Session opened(MapDialogue d, List<String> choices) {
    Session s = new Session(choices);
    open.put(d, s);
    return s;
  }

  void ended(MapDialogue d) {
    open.remove(d);
  }

  int openCount() {
    return open.size();
  }

  /** Answers a network-initiated USSD operation; false when {@code inv} is not one. */
  boolean onInvocation(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    var notify = inv.as(MapOperations.UNSTRUCTURED_SS_NOTIFY);
    var request = inv.as(MapOperations.UNSTRUCTURED_SS_REQUEST);
    if (notify.isEmpty() && request.isEmpty()) {
      return false;
    }
    Session s = open.get(d);
    UssdArg arg = notify.isPresent() ? notify.get().argument() : request.get().argument();
    String text;
    try {
      int dcs = arg.ussdDataCodingScheme().length() > 0 ? arg.ussdDataCodingScheme().get(0) : 0;
      text = UssdString.decode(dcs, arg.ussdString());
    } catch (MalformedMessageException e) {
      inv.returnError(MapError.of(MapErrorCode.UNKNOWN_ALPHABET));
      d.send();
      return true;
    }
    if (s == null) {
      // no handset of ours is in a USSD session on this dialogue
      inv.returnError(MapError.of(MapErrorCode.SYSTEM_FAILURE));
      d.close();
      return true;
    }
    s.shown.add(text);
    if (notify.isPresent()) {
      notify.get().returnResult(null);
      d.send();
    } else if (s.choices.isEmpty()) {
      s.gaveUp = true;
      d.abort();
    } else {
      request
          .get()
          .returnResult(
              UssdRes.of(
                  Octets.ofUnsigned(UssdString.DCS_GSM7), UssdString.encodeGsm7(s.choices.poll())));
      d.send();
    }
    return true;
  }
}
