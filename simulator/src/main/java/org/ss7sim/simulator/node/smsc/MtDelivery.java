package org.ss7sim.simulator.node.smsc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.sms.DataCodingScheme;
import org.ss7sim.map.sms.SmsSegmentation;
import org.ss7sim.map.sms.SmsTimestamp;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.map.sms.TpAddress;
import org.ss7sim.map.sms.UserData;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The MT-ForwardSM part of one delivery attempt (TS 29.002 §12.9, TS 23.040 §9.2.3.24.1): the text
 * split into SMS-DELIVER segments with a concatenation header when it does not fit one, all sent in
 * one dialogue to the serving MSC (TC-BEGIN, then TC-CONTINUE per segment, the MSC's TC-END with
 * the last result), each but the last with moreMessagesToSend. MAP v1/v2 peers (after the version
 * fallback) get forwardSM.
 */
final class MtDelivery {
  private final Smsc smsc;
  private final StoredMessage message;
  private final Imsi imsi;
  private final String msc;
  private final Consumer<Confirmation<?>> done;
  private final List<Octets> tpdus = new ArrayList<>();
  private MapDialogue dialogue;
  private int next;
  private int version = 3;

  MtDelivery(Smsc smsc, StoredMessage m, Imsi imsi, String msc, Consumer<Confirmation<?>> done) {
    this.smsc = smsc;
    this.message = m;
    this.imsi = imsi;
    this.msc = msc;
    this.done = done;
  }

  void start() {
    String text = Text.decode(message.dataCoding(), message.payload());
    DataCodingScheme.Alphabet alphabet = Text.alphabet(message.dataCoding());
    SmsSegmentation.Segments segments;
    if (alphabet == DataCodingScheme.Alphabet.EIGHT_BIT) {
      segments =
          new SmsSegmentation.Segments(
              DataCodingScheme.EIGHT_BIT,
              List.of(UserData.ofBytes(message.payload().toByteArray(), null)));
    } else {
      if (alphabet == DataCodingScheme.Alphabet.GSM7
          && SmsSegmentation.alphabetFor(text) != DataCodingScheme.Alphabet.GSM7) {
        alphabet = DataCodingScheme.Alphabet.UCS2;
      }
      segments = SmsSegmentation.segment(text, alphabet, reference(message), false);
    }
    TpAddress from =
        Text.isDigits(message.source())
            ? TpAddress.international(message.source())
            : TpAddress.alphanumeric(message.source());
    // TP-SCTS is when the SC received the message (TS 23.040 §9.2.3.11), not when this attempt
    // started: every attempt of a message, also after a restart, sends the same SMS-DELIVER, so a
    // handset can tell a repeat (the SMSC did not learn the outcome of an earlier attempt) from a
    // new message.
    SmsTimestamp ts =
        SmsTimestamp.of(
            OffsetDateTime.ofInstant(
                java.time.Instant.ofEpochMilli(message.submittedMillis()), ZoneOffset.UTC));
    List<UserData> parts = segments.userData();
    for (int i = 0; i < parts.size(); i++) {
      SmsTpdu.SmsDeliver deliver =
          new SmsTpdu.SmsDeliver(
              i < parts.size() - 1,
              false,
              false,
              segments.concatenated(),
              false,
              from,
              0,
              segments.dataCodingScheme(),
              ts,
              parts.get(i));
      tpdus.add(SmsTpduCodec.encode(deliver));
    }
    sendNext();
  }

  /**
   * The concatenated-message reference of {@code m}'s segments (TS 23.040 §9.2.3.24.1): from its
   * id, so every attempt of it uses the same one.
   */
  static int reference(StoredMessage m) {
    return m.id().hashCode() & 0xff;
  }

  /**
   * Sends segment {@code next}: the first opens the dialogue with TC-BEGIN, the others go in the
   * same dialogue with TC-CONTINUE once the MSC has answered the previous one with TC-CONTINUE (TS
   * 29.002 §23.3: moreMessagesToSend on all but the last). An MSC that ends the dialogue after a
   * segment with moreMessagesToSend gets the next one in a new dialogue.
   */
  private void sendNext() {
    if (dialogue == null || !dialogue.isOpen()) {
      dialogue =
          smsc.map()
              .open(
                  Smsc.gt(smsc.serviceCentre().digits(), Ssn.MSC),
                  Smsc.gt(msc, Ssn.MSC),
                  MapApplicationContext.SHORT_MSG_MT_RELAY,
                  version);
    }
    // known until this segment's answer (TC-NOTICE of a returned segment ends the attempt)
    smsc.attemptDialogue(dialogue, message.id());
    int i = next++;
    boolean more = i < tpdus.size() - 1;
    SmRpDa da = new SmRpDa.ByImsi(imsi);
    SmRpOa oa = new SmRpOa.ServiceCentre(smsc.serviceCentre());
    MapDialogue carrying = dialogue;
    Consumer<Confirmation<?>> listener =
        outcome -> {
          version = carrying.version();
          // after the TC-CONTINUE or TC-END carrying this outcome has been taken in by TCAP
          smsc.node().execute(() -> answered(carrying, outcome));
        };
    if (dialogue.version() >= 3) {
      dialogue.invoke(
          MapOperations.MT_FORWARD_SM,
          new MtForwardSmArg(da, oa, tpdus.get(i), more, null, List.of()),
          listener::accept);
    } else {
      dialogue.invoke(
          MapOperations.FORWARD_SM,
          new ForwardSmArg(da, oa, tpdus.get(i), more, List.of()),
          listener::accept);
    }
    smsc.node().flows().starting(message.flow(), dialogue::send);
  }

  /**
   * The MSC's answer to one segment: the next segment after a result, else the end of the attempt.
   * A dialogue the MSC left open without a segment to follow is closed here (TC-END).
   */
  private void answered(MapDialogue carrying, Confirmation<?> outcome) {
    smsc.attemptDialogueAnswered(carrying);
    if (outcome.succeeded() && next < tpdus.size()) {
      sendNext();
      return;
    }
    if (carrying.isOpen()) {
      carrying.close();
    }
    done.accept(outcome);
  }
}
