package org.ss7sim.smpp.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindRequest;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * One server session over a recording link, on a virtual clock, with tasks run on the test thread.
 */
final class SessionHarness {
  final SmppServer server;
  final VirtualClock clock;
  final ArrayDeque<Runnable> tasks;
  final List<Pdu> sent = new ArrayList<>();
  final ServerSession session;
  boolean closed;

  SessionHarness(SmppServer server, VirtualClock clock, ArrayDeque<Runnable> tasks) {
    this(server, clock, tasks, "127.0.0.1");
  }

  SessionHarness(
      SmppServer server, VirtualClock clock, ArrayDeque<Runnable> tasks, String remoteHost) {
    this.server = server;
    this.clock = clock;
    this.tasks = tasks;
    this.session =
        server.newSession(
            new SmppLink() {
              @Override
              public void send(byte[] pdu) {
                try {
                  sent.add(PduCodec.decode(Octets.wrap(pdu)));
                } catch (MalformedMessageException e) {
                  throw new AssertionError("session sent an undecodable PDU", e);
                }
              }

              @Override
              public void close() {
                if (!closed) {
                  closed = true;
                  tasks.add(() -> session.onDown());
                }
              }
            },
            clock,
            tasks::add,
            remoteHost + ":test",
            remoteHost);
  }

  /** Feeds one PDU, runs the tasks it caused, returns what the session sent meanwhile. */
  List<Pdu> receive(Pdu pdu) {
    return receive(Octets.wrap(PduCodec.encode(pdu)));
  }

  List<Pdu> receive(Octets frame) {
    int before = sent.size();
    session.onFrame(frame);
    runTasks();
    return new ArrayList<>(sent.subList(before, sent.size()));
  }

  /** The single PDU the session answers {@code pdu} with. */
  Pdu answer(Pdu pdu) {
    List<Pdu> out = receive(pdu);
    if (out.size() != 1) {
      throw new AssertionError("expected one answer, got " + out);
    }
    return out.get(0);
  }

  Pdu answer(Octets frame) {
    List<Pdu> out = receive(frame);
    if (out.size() != 1) {
      throw new AssertionError("expected one answer, got " + out);
    }
    return out.get(0);
  }

  void runTasks() {
    Runnable r;
    while ((r = tasks.poll()) != null) {
      r.run();
    }
  }

  void advance(java.time.Duration d) {
    clock.advance(d);
    runTasks();
  }

  Pdu last() {
    return sent.get(sent.size() - 1);
  }

  static BindRequest bind(BindType type, String systemId, String password) {
    return BindRequest.of(type, 1, systemId, password, "", 0x34, Address.EMPTY);
  }

  static SubmitSm submit(int seq, String text) {
    return SubmitSm.of(
            Address.international("0015550001"),
            Address.international("0015550002"),
            DataCoding.SMSC_DEFAULT,
            Octets.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .withSequence(seq);
  }

  /** A PDU built by hand: header with the right command_length, then {@code bodyHex}. */
  static Octets raw(long commandId, int sequence, String bodyHex) {
    Octets body = Octets.fromHex(bodyHex);
    WireWriter w = new WireWriter();
    w.writeU32(16 + body.length())
        .writeU32(commandId)
        .writeU32(0)
        .writeI32(sequence)
        .writeOctets(body);
    return w.toOctets();
  }
}
