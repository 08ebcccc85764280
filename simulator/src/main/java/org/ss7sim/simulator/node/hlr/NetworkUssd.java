package org.ss7sim.simulator.node.hlr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.ss7sim.map.dialogue.MapOpenInfo;
import org.ss7sim.map.message.UssdArg;
import org.ss7sim.map.message.UssdRes;
import org.ss7sim.map.message.UssdString;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Addresses;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;

/**
 * Network-initiated USSD (TS 24.090 §4.3, TS 29.002 §11.10–§11.11, §19.3.x): the HLR (as USSD
 * application) opens a networkUnstructuredSsContext v2 dialogue to the VLR serving the subscriber,
 * the IMSI in the MAP-OPEN destination reference; sends each prompt as unstructuredSS-Request (the
 * first in the TC-BEGIN, the next in TC-CONTINUE after the handset's answer), then the notification
 * as unstructuredSS-Notify, and ends the dialogue with an empty TC-END once the handset has
 * acknowledged the last. A subscriber the HLR knows is not reachable gets no dialogue ({@code
 * absent_subscriber}); the handset's errors end the attempt with their names, its release (U-ABORT)
 * with {@code released_by_handset}. Runs on the HLR's thread.
 */
final class NetworkUssd {
  private final SimNode node;
  private final MapStack map;
  private final String ownGt;
  private final Subscribers subscribers;
  private final RegisteredLocations locations;

  NetworkUssd(
      SimNode node,
      MapStack map,
      String ownGt,
      Subscribers subscribers,
      RegisteredLocations locations) {
    this.node = node;
    this.map = map;
    this.ownGt = ownGt;
    this.subscribers = subscribers;
    this.locations = locations;
  }

  /** One push: the prompts still to send, the answers so far. */
  private final class Push {
    final MapDialogue d;
    final List<String> prompts;
    final String notify;
    final List<String> answers = new ArrayList<>();
    final Consumer<List<String>> done;
    final AttemptListener listener;
    int next;
    boolean over;

    Push(
        MapDialogue d,
        List<String> prompts,
        String notify,
        Consumer<List<String>> done,
        AttemptListener listener) {
      this.d = d;
      this.prompts = prompts;
      this.notify = notify;
      this.done = done;
      this.listener = listener;
    }

    /** Queues the next operation; false when nothing is left. */
    boolean queueNext() {
      if (next < prompts.size()) {
        String text = prompts.get(next++);
        d.invoke(MapOperations.UNSTRUCTURED_SS_REQUEST, arg(text), this::answered);
        return true;
      }
      if (next == prompts.size() && notify != null) {
        next++;
        d.invoke(MapOperations.UNSTRUCTURED_SS_NOTIFY, arg(notify), this::acknowledged);
        return true;
      }
      return false;
    }

    void answered(Confirmation<UssdRes> c) {
      if (c instanceof Confirmation.Result<UssdRes> r && r.result() != null) {
        try {
          UssdRes res = r.result();
          answers.add(
              UssdString.decode(
                  res.ussdDataCodingScheme().length() > 0 ? res.ussdDataCodingScheme().get(0) : 0,
                  res.ussdString()));
        } catch (MalformedMessageException e) {
          answers.add("");
        }
        proceed();
      } else {
        fail(c);
      }
    }

    void acknowledged(Confirmation<Void> c) {
      if (c instanceof Confirmation.Result<Void>) {
        proceed();
      } else {
        fail(c);
      }
    }

    void proceed() {
      if (queueNext()) {
        d.send();
      } else {
        d.close(); // TC-END without components: the network releases (TS 24.090 §4.3.2)
        end(Outcome.succeeded());
      }
    }

    void fail(Confirmation<?> c) {
      if (c instanceof Confirmation.Error<?> e) {
        if (d.isOpen()) {
          d.close();
        }
        end(Outcome.failed(e.error().code().name().toLowerCase(Locale.ROOT)));
      } else if (c instanceof Confirmation.NoResponse<?> n && n.reason().contains("abort")) {
        end(Outcome.failed("released_by_handset"));
      } else {
        if (d.isOpen()) {
          d.abort();
        }
        end(Outcome.failed("no_response"));
      }
    }

    void end(Outcome o) {
      if (over) {
        return;
      }
      over = true;
      done.accept(List.copyOf(answers));
      listener.onOutcome(o);
      listener.onEnded();
    }
  }

  private static UssdArg arg(String text) {
    boolean gsm7 = org.ss7sim.map.sms.GsmAlphabet.canEncode(text);
    return new UssdArg(
        Octets.ofUnsigned(gsm7 ? UssdString.DCS_GSM7 : UssdString.DCS_UCS2),
        gsm7 ? UssdString.encodeGsm7(text) : UssdString.encodeUcs2(text),
        null,
        null,
        List.of());
  }

  /**
   * Sends {@code prompts} (answered one by one) and then {@code notify} (null: none) to the handset
   * of {@code msisdn}, in flow {@code flow}; {@code answers} gets the handset's answers when the
   * dialogue is over, {@code listener} the outcome.
   */
  void push(
      String flow,
      String msisdn,
      List<String> prompts,
      String notify,
      Consumer<List<String>> answers,
      AttemptListener listener) {
    Optional<Subscribers.Record> r = subscribers.byMsisdn(msisdn);
    if (r.isEmpty()) {
      listener.onOutcome(Outcome.failed("unknown_subscriber"));
      listener.onEnded();
      return;
    }
    String vlr = locations.of(r.get()).vlrNumber();
    if (subscribers.state(msisdn) == SubscriberState.ABSENT
        || vlr.isEmpty()
        || locations.isPurged(r.get())) {
      listener.onOutcome(Outcome.failed("absent_subscriber"));
      listener.onEnded();
      return;
    }
    MapDialogue d =
        map.open(
            Addresses.gt(ownGt, Ssn.HLR),
            Addresses.gt(vlr, Ssn.VLR),
            MapApplicationContext.NETWORK_UNSTRUCTURED_SS,
            2);
    d.openInfo(
        new MapOpenInfo(
            new AddressString(0, AddressString.LAND_MOBILE, r.get().imsi()),
            AddressString.international(ownGt),
            null,
            List.of()));
    Push p = new Push(d, prompts, notify, answers, listener);
    if (!p.queueNext()) {
      listener.onOutcome(Outcome.failed("nothing_to_send"));
      listener.onEnded();
      return;
    }
    node.flows().starting(flow, d::send);
  }
}
