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
 *
 * <p>Network-initiated USSD (TS 24.090 §4.3): a dialogue the network opens with
 * unstructuredSS-Request or -Notify for the IMSI of its MAP-OPEN destination reference reaches the
 * handset of that subscriber, which answers from the script the scenario gave it ({@link #expect})
 * — or, with none, acknowledges notifications and gives up at the first prompt. A subscriber the
 * VLR does not hold or cannot reach is absentSubscriber; one already in a USSD transaction
 * ussd-Busy (one at a time per handset, TS 24.090 §4.1).
 */
final class UssdHandsets {
  /** One handset's dialogue: the choices it still has to give and the texts the network showed. */
  static final class Session {
    private final Deque<String> choices;
    private final List<String> shown = new ArrayList<>();
    private boolean gaveUp;
    private boolean network;

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
  private final Map<MapDialogue, String> msisdnOf = new IdentityHashMap<>();
  private final Map<String, Deque<List<String>>> scripts = new java.util.HashMap<>();
  private final Map<String, List<String>> shownTo = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.function.Function<String, java.util.Optional<String>> reachable;

  /**
   * @param reachable the MSISDN of the handset an IMSI names, when the VLR holds and can reach it
   */
  UssdHandsets(java.util.function.Function<String, java.util.Optional<String>> reachable) {
    this.reachable = reachable;
  }

  UssdHandsets() {
    this(imsi -> java.util.Optional.empty());
  }

  /** A processUnstructuredSS-Request dialogue whose prompts get {@code choices}, in order. */
  Session opened(MapDialogue d, List<String> choices) {
    Session s = new Session(choices);
    open.put(d, s);
    return s;
  }

  /** As {@link #opened(MapDialogue, List)}, the handset of {@code msisdn} busy meanwhile. */
  Session opened(MapDialogue d, String msisdn, List<String> choices) {
    msisdnOf.put(d, msisdn);
    return opened(d, choices);
  }

  void ended(MapDialogue d) {
    open.remove(d);
    msisdnOf.remove(d);
  }

  /**
   * The handset of {@code msisdn} answers the next network-initiated USSD dialogue with {@code
   * answers} (its prompts, in order). Returns the script, for {@link #forget}.
   */
  List<String> expect(String msisdn, List<String> answers) {
    List<String> script = new ArrayList<>(answers);
    scripts.computeIfAbsent(msisdn, k -> new ArrayDeque<>()).add(script);
    return script;
  }

  /** Drops {@code script} if no dialogue took it (the push never reached this MSC). */
  void forget(String msisdn, List<String> script) {
    Deque<List<String>> q = scripts.get(msisdn);
    if (q != null) {
      q.removeIf(x -> x == script);
      if (q.isEmpty()) {
        scripts.remove(msisdn);
      }
    }
  }

  /** What the network showed the handset of {@code msisdn} in network-initiated USSD, in order. */
  List<String> shownTo(String msisdn) {
    List<String> l = shownTo.get(msisdn);
    return l == null ? List.of() : List.copyOf(l);
  }

  /** A network-initiated dialogue for the handset the MAP-OPEN names, or an error answered. */
  private Session networkInitiated(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    var open = d.peerOpenInfo();
    java.util.Optional<String> msisdn =
        open == null || open.destinationReference() == null
            ? java.util.Optional.empty()
            : reachable.apply(open.destinationReference().digits());
    if (msisdn.isEmpty()) {
      inv.returnError(MapError.of(MapErrorCode.ABSENT_SUBSCRIBER));
      d.close();
      return null;
    }
    if (msisdnOf.containsValue(msisdn.get())) {
      inv.returnError(MapError.of(MapErrorCode.USSD_BUSY));
      d.close();
      return null;
    }
    Deque<List<String>> q = scripts.get(msisdn.get());
    List<String> script = q == null || q.isEmpty() ? List.of() : q.poll();
    if (q != null && q.isEmpty()) {
      scripts.remove(msisdn.get());
    }
    Session s = opened(d, msisdn.get(), script);
    s.network = true;
    return s;
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
    if (s == null && !d.isInitiator()) {
      s = networkInitiated(inv);
      if (s == null) {
        return true;
      }
    }
    if (s == null) {
      // no handset of ours is in a USSD session on this dialogue
      inv.returnError(MapError.of(MapErrorCode.SYSTEM_FAILURE));
      d.close();
      return true;
    }
    s.shown.add(text);
    if (s.network) {
      shownTo
          .computeIfAbsent(msisdnOf.get(d), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
          .add(text);
    }
    if (notify.isPresent()) {
      notify.get().returnResult(null);
      d.send();
    } else if (s.choices.isEmpty()) {
      s.gaveUp = true;
      d.abort();
      if (s.network) {
        ended(d);
      }
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
