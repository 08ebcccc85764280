package org.ss7sim.simulator.node.smsc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.session.connection.socket.SocketConnectionFactory;

/**
 * An outside ESME for the simulator's SMPP tests: a jSMPP session bound as transceiver to an SMSC
 * on 127.0.0.1 (plain TCP or TLS), that submits from source 1000 (international/ISDN) and collects
 * what the SMSC delivers. A deliver_sm counts once jSMPP has written its deliver_sm_resp, so an
 * unbind after the last one never overtakes that response (a pcap of the session stays paired).
 */
public final class JsmppEsme implements AutoCloseable {
  /** The source address of every {@link #submit}. */
  public static final String SOURCE = "1000";

  private final SMPPSession session;
  private final Map<Integer, DeliverSm> received = new ConcurrentHashMap<>();
  private final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();
  private final List<Integer> sequences = new CopyOnWriteArrayList<>();

  private JsmppEsme(ConnectionFactory connections) {
    session =
        new SMPPSession(
            new DefaultPDUSender() {
              @Override
              public byte[] sendDeliverSmResp(
                  OutputStream os, int commandStatus, int sequenceNumber, String messageId)
                  throws IOException {
                byte[] sent = super.sendDeliverSmResp(os, commandStatus, sequenceNumber, messageId);
                DeliverSm d = received.remove(sequenceNumber);
                if (d != null) {
                  delivered.add(d);
                }
                return sent;
              }
            },
            new DefaultPDUReader(),
            connections);
    session.setMessageReceiverListener(
        new MessageReceiverListener() {
          @Override
          public void onAcceptDeliverSm(DeliverSm deliverSm) {
            sequences.add(deliverSm.getSequenceNumber());
            received.put(deliverSm.getSequenceNumber(), deliverSm);
          }

          @Override
          public void onAcceptAlertNotification(AlertNotification alertNotification) {}

          @Override
          public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
          }
        });
  }

  /** Binds {@code systemId} (password "secret") over plain TCP to 127.0.0.1:{@code port}. */
  public static JsmppEsme bind(int port, String systemId) throws IOException {
    return bind(port, systemId, SocketConnectionFactory.getInstance());
  }

  /** As {@link #bind(int, String)}, over TLS with {@code tls}'s trust. */
  public static JsmppEsme bind(int port, String systemId, SSLContext tls) throws IOException {
    return bind(
        port,
        systemId,
        (host, p) -> new SocketConnection(tls.getSocketFactory().createSocket(host, p)));
  }

  private static JsmppEsme bind(int port, String systemId, ConnectionFactory connections)
      throws IOException {
    JsmppEsme esme = new JsmppEsme(connections);
    try {
      esme.session.connectAndBind(
          "127.0.0.1",
          port,
          new BindParameter(
              BindType.BIND_TRX,
              systemId,
              "secret",
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          30_000);
    } catch (IOException | RuntimeException e) {
      esme.session.close();
      throw e;
    }
    return esme;
  }

  /** The session, for requests this class does not wrap. */
  public SMPPSession session() {
    return session;
  }

  /** submit_sm of {@code text} (GSM default alphabet) to {@code to}, asking for a receipt. */
  public String submit(String to, String text) throws Exception {
    return submit("", to, text, null, SMSCDeliveryReceipt.SUCCESS_FAILURE, false);
  }

  /**
   * submit_sm with the fields the tests vary; returns the message id of submit_sm_resp.
   *
   * @param schedule schedule_delivery_time in SMPP's format, or null for none
   * @param replaceIfPresent replace_if_present_flag (SMPP 3.4 §5.2.18)
   */
  public String submit(
      String serviceType,
      String to,
      String text,
      String schedule,
      SMSCDeliveryReceipt receipt,
      boolean replaceIfPresent)
      throws Exception {
    return session
        .submitShortMessage(
            serviceType,
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            SOURCE,
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            to,
            new ESMClass(),
            (byte) 0,
            (byte) 1,
            schedule,
            null,
            new RegisteredDelivery(receipt),
            (byte) (replaceIfPresent ? 1 : 0),
            new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
            (byte) 0,
            text.getBytes(StandardCharsets.ISO_8859_1))
        .getMessageId();
  }

  /** The next deliver_sm answered (its deliver_sm_resp written), or null after {@code seconds}. */
  public DeliverSm delivered(int seconds) throws InterruptedException {
    return delivered.poll(seconds, TimeUnit.SECONDS);
  }

  /** The next delivery receipt answered, or null after {@code seconds}. */
  public DeliveryReceipt receipt(int seconds) throws Exception {
    DeliverSm d = delivered(seconds);
    return d == null ? null : d.getShortMessageAsDeliveryReceipt();
  }

  /** The sequence numbers of the deliver_sm received so far, in order. */
  public List<Integer> deliverSequences() {
    return List.copyOf(sequences);
  }

  /** Unbinds (when bound) and closes the connection. */
  @Override
  public void close() {
    if (session.getSessionState() != SessionState.CLOSED) {
      session.unbindAndClose();
    }
  }
}
