package org.ss7sim.smpp.interop;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.transport.stream.StreamEventLoops;

/** Our SMPP server on 127.0.0.1 (ephemeral port) with an in-memory SMSC that sends receipts. */
final class SmscFixture implements AutoCloseable {
  final StreamEventLoops loops = StreamEventLoops.create(1, "smsc-test");
  final MemorySmsc smsc = new MemorySmsc(10_000, true);
  final SmppServer server;
  final InetSocketAddress address;

  SmscFixture() {
    this(
        SmppServerConfig.defaults(
            "SS7SIM", EsmeAccount.of("esme1", "secret"), EsmeAccount.of("esme2", "secret")));
  }

  SmscFixture(SmppServerConfig config) {
    server = new SmppServer(config, smsc);
    smsc.receiptsVia(server);
    address = server.listen(loops, new InetSocketAddress("127.0.0.1", 0), Optional.empty());
  }

  int port() {
    return address.getPort();
  }

  @Override
  public void close() {
    server.close();
    loops.close();
  }
}
