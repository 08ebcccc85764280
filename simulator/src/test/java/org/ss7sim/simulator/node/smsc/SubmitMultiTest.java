package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.UnsuccessDelivery;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.network.DemoNetwork;

/**
 * submit_multi (SMPP 3.4 §4.5) from jSMPP against the simulator's SMSC on the demo network: each
 * SME destination becomes a message of its own in the durable store, delivered through the HLR and
 * the MSC with its own receipt; a malformed destination is listed in unsuccess_sme with its status
 * while the others go ahead. (Cloudhopper ch-smpp 5.0.9 has no submit_multi PDU.)
 */
class SubmitMultiTest {
  private static final List<String> ATTACHED =
      List.of("9990110000031", "9990110000032", "9990110000033");
  private static final String MALFORMED = "44q700900112";

  @TempDir Path dir;
  DemoNetwork demo;
  DemoSmsc demoSmsc;
  JsmppEsme esme;

  @BeforeEach
  void start() throws Exception {
    // an account of its own: the receipts come to this session, not to the demo's esme1
    demo = new DemoNetwork(DemoSmsc.withOutsideAccount("outside"), dir);
    demoSmsc = new DemoSmsc(demo);
    esme = JsmppEsme.bind(demoSmsc.smsc().smppAddress().getPort(), "outside");
  }

  @AfterEach
  void stop() {
    if (esme != null) {
      esme.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private static Address address(String digits) {
    return new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, digits);
  }

  @Test
  void each_destination_is_stored_delivered_and_receipted_on_its_own() throws Exception {
    List<Address> to = new ArrayList<>(ATTACHED.stream().map(SubmitMultiTest::address).toList());
    to.add(1, address(MALFORMED));
    SubmitMultiResult r =
        esme.session()
            .submitMultiple(
                "",
                TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN,
                JsmppEsme.SOURCE,
                to.toArray(Address[]::new),
                new ESMClass(),
                (byte) 0,
                (byte) 1,
                null,
                null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                ReplaceIfPresentFlag.DONT_REPLACE,
                new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                (byte) 0,
                "to all three".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(r.getMessageId()).isNotEmpty();
    UnsuccessDelivery[] refused = r.getUnsuccessDeliveries();
    assertThat(refused).hasSize(1);
    assertThat(refused[0].getDestinationAddress().getAddress()).isEqualTo(MALFORMED);
    assertThat(refused[0].getErrorStatusCode()).as("ESME_RINVDSTADR").isEqualTo(0x0B);

    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(20),
                () -> ATTACHED.stream().allMatch(m -> !demoSmsc.deliveredTexts(m).isEmpty())))
        .isTrue();
    for (String m : ATTACHED) {
      assertThat(demoSmsc.deliveredTexts(m)).as(m).containsExactly("to all three");
    }
    List<DeliveryReceipt> receipts = new ArrayList<>();
    for (int i = 0; i < ATTACHED.size(); i++) {
      DeliveryReceipt d = esme.receipt(20);
      assertThat(d).as("receipt %d of %d", i + 1, ATTACHED.size()).isNotNull();
      receipts.add(d);
    }
    assertThat(receipts)
        .extracting(DeliveryReceipt::getFinalStatus)
        .containsOnly(DeliveryReceiptState.DELIVRD);
    List<String> ids = receipts.stream().map(DeliveryReceipt::getId).toList();
    assertThat(ids).doesNotHaveDuplicates().contains(r.getMessageId());
    assertThat(demoSmsc.smsc().stored(StoredMessage.State.DELIVERED)).isEqualTo(ATTACHED.size());
    // the id of submit_multi_resp names a stored message, queried as any other
    assertThat(
            esme.session()
                .queryShortMessage(
                    r.getMessageId(),
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    JsmppEsme.SOURCE)
                .getMessageState())
        .isEqualTo(MessageState.DELIVERED);
  }
}
