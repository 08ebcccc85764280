package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitMultiResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.transport.stream.StreamEventLoops;

/**
 * jSMPP 3.0.1 over TCP manages messages (issue 19, "SMSC message management"): query_sm,
 * replace_sm, cancel_sm, and submit_multi with a refused destination in unsuccess_sme. The SMSC is
 * {@link MemorySmsc} without receipts, so messages stay ENROUTE until cancelled.
 */
class JsmppMessageManagementTest {
  private static final String SRC = "447700900001";
  private static final String DST = "447700900106";

  private StreamEventLoops loops;
  private MemorySmsc smsc;
  private SmppServer server;
  private SMPPSession session;

  @BeforeEach
  void start() throws Exception {
    loops = StreamEventLoops.create(1, "jsmpp-mm");
    smsc = new MemorySmsc(100, true);
    server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")), smsc);
    InetSocketAddress a =
        server.listen(loops, new InetSocketAddress("127.0.0.1", 0), Optional.empty());
    session = new SMPPSession();
    session.connectAndBind(
        "127.0.0.1",
        a.getPort(),
        new BindParameter(
            BindType.BIND_TX,
            "esme1",
            "secret",
            "",
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            null),
        5000);
  }

  @AfterEach
  void stop() {
    session.unbindAndClose();
    server.close();
    loops.close();
  }

  private String submit(String text) throws Exception {
    return session
        .submitShortMessage(
            "",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            SRC,
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            DST,
            new ESMClass(),
            (byte) 0,
            (byte) 1,
            null,
            null,
            new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
            (byte) 0,
            new GeneralDataCoding(),
            (byte) 0,
            text.getBytes(StandardCharsets.US_ASCII))
        .getMessageId();
  }

  private QuerySmResult query(String id) throws Exception {
    return session.queryShortMessage(
        id, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, SRC);
  }

  @Test
  void query_replace_and_cancel_a_pending_message() throws Exception {
    String id = submit("first text");
    assertThat(query(id).getMessageState()).isEqualTo(MessageState.ENROUTE);

    session.replaceShortMessage(
        id,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        SRC,
        null,
        null,
        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
        (byte) 0,
        "second text".getBytes(StandardCharsets.US_ASCII));
    assertThat(smsc.messages().get(0).submission().payload().toByteArray())
        .isEqualTo("second text".getBytes(StandardCharsets.US_ASCII));

    session.cancelShortMessage(
        "",
        id,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        SRC,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        DST);
    QuerySmResult after = query(id);
    assertThat(after.getMessageState()).isEqualTo(MessageState.DELETED);
    assertThat(after.getFinalDate()).hasSize(16);

    assertThatThrownBy(
            () ->
                session.cancelShortMessage(
                    "",
                    id,
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    SRC,
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    DST))
        .isInstanceOfSatisfying(
            NegativeResponseException.class,
            e -> assertThat(e.getCommandStatus()).isEqualTo(0x11)); // ESME_RCANCELFAIL
  }

  @Test
  void query_of_an_unknown_id_is_refused_with_esme_rinvmsgid() {
    assertThatThrownBy(() -> query("abcdef"))
        .isInstanceOfSatisfying(
            NegativeResponseException.class, e -> assertThat(e.getCommandStatus()).isEqualTo(0x0C));
  }

  @Test
  void submit_multi_lists_the_refused_destination_in_unsuccess_sme() throws Exception {
    SubmitMultiResult r =
        session.submitMultiple(
            "",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            SRC,
            new org.jsmpp.bean.Address[] {
              new org.jsmpp.bean.Address(
                  TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, DST),
              new org.jsmpp.bean.Address(
                  TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "44q700900112"),
              new org.jsmpp.bean.Address(
                  TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "+447700900107")
            },
            new ESMClass(),
            (byte) 0,
            (byte) 1,
            null,
            null,
            new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
            ReplaceIfPresentFlag.DEFAULT,
            new GeneralDataCoding(),
            (byte) 0,
            "to three".getBytes(StandardCharsets.US_ASCII));
    assertThat(r.getMessageId()).isNotEmpty();
    assertThat(r.getUnsuccessDeliveries()).hasSize(1);
    assertThat(r.getUnsuccessDeliveries()[0].getDestinationAddress().getAddress())
        .isEqualTo("44q700900112");
    assertThat(r.getUnsuccessDeliveries()[0].getErrorStatusCode()).isEqualTo(0x0B);
    assertThat(smsc.messages())
        .extracting(m -> m.submission().destination().address())
        .containsExactly(DST, "447700900107");
  }
}
