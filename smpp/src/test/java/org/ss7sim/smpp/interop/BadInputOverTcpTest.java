package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.LoadResult;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.GenericNack;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Bad bytes over real TCP connections: the right answers, and the server keeps serving everyone
 * else.
 */
class BadInputOverTcpTest {
  private SmscFixture fixture;

  @BeforeEach
  void start() {
    fixture = new SmscFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Socket connect() throws IOException {
    Socket s = new Socket("127.0.0.1", fixture.port());
    s.setSoTimeout(5000);
    return s;
  }

  /** Reads one PDU, or returns null at end of stream. */
  private static Pdu read(Socket s) throws Exception {
    DataInputStream in = new DataInputStream(s.getInputStream());
    int length;
    try {
      length = in.readInt();
    } catch (EOFException e) {
      return null;
    }
    byte[] pdu = new byte[length];
    pdu[0] = (byte) (length >>> 24);
    pdu[1] = (byte) (length >>> 16);
    pdu[2] = (byte) (length >>> 8);
    pdu[3] = (byte) length;
    in.readFully(pdu, 4, length - 4);
    return PduCodec.decode(Octets.wrap(pdu));
  }

  private static void write(Socket s, Octets bytes) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(bytes.toByteArray());
    out.flush();
  }

  @Test
  void
      a_command_length_beyond_the_maximum_gets_generic_nack_esme_rinvcmdlen_and_the_connection_closes()
          throws Exception {
    try (Socket s = connect()) {
      write(s, Octets.fromHex("f000001100000110000000000a342ee7"));
      assertThat(read(s))
          .isEqualTo(new GenericNack(CommandStatus.INVALID_COMMAND_LENGTH, 0x0a342ee7));
      assertThat(read(s)).isNull();
    }
  }

  @Test
  void a_command_length_below_sixteen_gets_generic_nack_esme_rinvcmdlen() throws Exception {
    try (Socket s = connect()) {
      write(s, Octets.fromHex("0000000800000015"));
      Pdu nack = read(s);
      assertThat(nack.commandId()).isEqualTo(CommandId.GENERIC_NACK);
      assertThat(nack.status()).isEqualTo(CommandStatus.INVALID_COMMAND_LENGTH);
      assertThat(read(s)).isNull();
    }
  }

  @Test
  void an_unknown_command_id_gets_generic_nack_and_the_connection_keeps_serving() throws Exception {
    try (Socket s = connect()) {
      write(s, Octets.fromHex("0000001000000110000000000000002a"));
      assertThat(read(s)).isEqualTo(new GenericNack(CommandStatus.INVALID_COMMAND_ID, 42));
      write(s, Octets.fromHex("0000001000000015000000000000002b"));
      assertThat(read(s).commandId()).isEqualTo(CommandId.ENQUIRE_LINK_RESP);
    }
  }

  @Test
  void random_bytes_on_many_connections_do_not_stop_the_server_serving_other_binds()
      throws Exception {
    try (var loops = org.ss7sim.transport.stream.StreamEventLoops.create(1, "esme-test")) {
      SmppClient good =
          new SmppClient(
              loops,
              SmppClientConfig.of(fixture.address, "esme1", "secret", BindType.TRANSCEIVER)
                  .withWindowSize(16),
              new EsmeListener() {});
      good.start().get(5, TimeUnit.SECONDS);
      CompletableFuture<LoadResult> load =
          good.submitAtRate(
              i ->
                  SubmitSm.of(
                      Address.international("0015550100"),
                      Address.international("0015550199"),
                      DataCoding.SMSC_DEFAULT,
                      Octets.wrap(new byte[] {'m'})),
              3000,
              3000);

      Random random = new Random(20261126L);
      int answered = 0;
      for (int c = 0; c < 40; c++) {
        try (Socket s = connect()) {
          s.setSoTimeout(200);
          write(s, noise(random, c));
          try {
            while (read(s) != null) {
              answered++;
            }
          } catch (SocketTimeoutException | org.ss7sim.wire.MalformedMessageException e) {
            // the server may keep a connection open that sent well-framed garbage; that is fine
          } catch (IOException e) {
            // reset by the server after a framing error
          }
        }
      }
      LoadResult r = load.get(20, TimeUnit.SECONDS);
      assertThat(r.accepted()).isEqualTo(3000);
      assertThat(r.rejected()).isEmpty();
      assertThat(good.isBound()).isTrue();
      assertThat(answered).isGreaterThan(0);
      assertThat(
              fixture.server.counters().framingErrors()
                  + fixture.server.counters().malformed()
                  + fixture.server.counters().unknownCommands()
                  + fixture.server.counters().wrongBindState())
          .isGreaterThan(0);
      good.close();
    }
  }

  /** Either pure noise, or well-framed PDUs with a real command_id and a random body. */
  private static Octets noise(Random random, int c) {
    if (c % 2 == 0) {
      byte[] b = new byte[1 + random.nextInt(600)];
      random.nextBytes(b);
      return Octets.wrap(b);
    }
    WireWriter w = new WireWriter();
    CommandId[] ids = CommandId.values();
    for (int i = 0; i < 5; i++) {
      byte[] body = new byte[random.nextInt(80)];
      random.nextBytes(body);
      CommandId id = ids[random.nextInt(ids.length)];
      w.writeU32(16 + body.length)
          .writeU32(id.code())
          .writeU32(0)
          .writeI32(i + 1)
          .writeBytes(body, 0, body.length);
    }
    return w.toOctets();
  }

  @Test
  void the_bad_input_paths_are_counted() throws Exception {
    try (Socket s = connect()) {
      write(s, Octets.fromHex("0000001000000110000000000000002a"));
      read(s);
    }
    assertThat(fixture.server.counters().unknownCommands()).isEqualTo(1);
  }
}
