package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.Octets;

/**
 * Random message bodies in correctly framed M3UA messages over a real TCP connection: each is
 * answered or ignored, and the same connection then carries ASP Up / ASP Up Ack.
 */
class TcpFuzzTest {
  @Test
  void framed_random_messages_leave_the_tcp_association_working() throws Exception {
    try (NodeLoop loop = NodeLoop.start("tcp-fuzz")) {
      M3uaNode sgp =
          M3uaNode.builder()
              .localPointCode(org.ss7sim.mtp.PointCode.itu(2))
              .owner(loop)
              .timers(loop.timers())
              .transport(loop.tcp())
              .server(
                  "sgp",
                  TransportKind.TCP,
                  AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)))
              .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
              .build();
      sgp.start();
      try (Socket s = new Socket()) {
        s.connect(sgp.serverAddress("sgp"), 5_000);
        s.setSoTimeout(5_000);
        OutputStream out = s.getOutputStream();
        Random random = new Random(4666);
        for (int i = 0; i < 500; i++) {
          byte[] b = new byte[8 + random.nextInt(64)];
          random.nextBytes(b);
          b[4] = 0;
          b[5] = 0;
          b[6] = (byte) (b.length >>> 8);
          b[7] = (byte) b.length;
          out.write(b);
        }
        out.write(M3uaCodec.encode(new AspUp(7L, null, List.of())).toByteArray());
        out.flush();
        DataInputStream in = new DataInputStream(s.getInputStream());
        M3uaMessage answer = null;
        for (int i = 0; i < 1_000 && !(answer instanceof AspUpAck); i++) {
          byte[] header = new byte[8];
          in.readFully(header);
          int length =
              ((header[4] & 0xff) << 24)
                  | ((header[5] & 0xff) << 16)
                  | ((header[6] & 0xff) << 8)
                  | (header[7] & 0xff);
          byte[] message = new byte[length];
          System.arraycopy(header, 0, message, 0, 8);
          in.readFully(message, 8, length - 8);
          answer = M3uaCodec.decode(Octets.wrap(message));
        }
        assertThat(answer).isEqualTo(new AspUpAck(7L, null, List.of()));
      }
      assertThat(loop.call(() -> sgp.counter(Counter.DISCARDED_MALFORMED), 5_000)).isPositive();
      loop.call(
          () -> {
            sgp.stop();
            return null;
          },
          5_000);
    }
  }
}
