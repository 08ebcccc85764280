package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.asp.AsState;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ErrorMessage;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaCodecTest;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;

/**
 * Random bytes and mutated valid messages thrown at an SGP: nothing escapes the decode boundary,
 * the association stays up, and afterwards the ASP can still come up and carry DATA.
 */
class FuzzTest {
  private final Fixture f = new Fixture();

  private static List<Octets> seeds() {
    List<Octets> out = new ArrayList<>();
    M3uaCodecTest.rfcLayoutsForFuzz().forEach(out::add);
    return out;
  }

  @Test
  void random_and_mutated_messages_never_break_the_association() {
    M3uaNode sgp =
        f.node(2)
            .server("sgp", TransportKind.IN_JVM, serverAt(2905))
            .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            // Every malformed message must be answered here, so no ERR budget (see RefusalTest).
            .errorRateLimit(Integer.MAX_VALUE, java.time.Duration.ofNanos(1))
            .build();
    Fixture.User user = new Fixture.User();
    sgp.register(ServiceIndicator.SCCP, user);
    sgp.start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    Random random = new Random(4666);
    List<Octets> seeds = seeds();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      byte[] b;
      switch (i % 3) {
        case 0 -> {
          b = new byte[random.nextInt(64)];
          random.nextBytes(b);
        }
        case 1 -> {
          b = seeds.get(random.nextInt(seeds.size())).toByteArray();
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          }
        }
        default -> {
          b = new byte[8 + random.nextInt(48)];
          random.nextBytes(b);
          b[0] = 1;
          b[2] = (byte) new int[] {0, 1, 2, 3, 4, 9}[random.nextInt(6)];
          b[3] = (byte) random.nextInt(7);
          b[4] = 0;
          b[5] = 0;
          b[6] = (byte) (b.length >>> 8);
          b[7] = (byte) b.length;
        }
      }
      p.association.send(0, 3, Octets.wrap(b));
    }
    assertThat(f.loop.failures()).as("exceptions escaping to the event loop").isZero();
    assertThat(p.events).containsExactly("up");
    long errors = p.received.stream().filter(m -> m instanceof ErrorMessage).count();
    assertThat(sgp.counter(Counter.DISCARDED_MALFORMED)).isGreaterThan(n / 3);
    assertThat(errors).isGreaterThanOrEqualTo(sgp.counter(Counter.DISCARDED_MALFORMED));
    assertThat(p.received)
        .filteredOn(m -> m instanceof ErrorMessage)
        .extracting(m -> ((ErrorMessage) m).errorCode())
        .contains(
            ErrorCode.INVALID_VERSION,
            ErrorCode.UNSUPPORTED_MESSAGE_CLASS,
            ErrorCode.PARAMETER_FIELD_ERROR,
            ErrorCode.PROTOCOL_ERROR);

    p.received.clear();
    p.send(new AspUp(null, null, List.of()));
    p.send(new AspActive(null, List.of(10L), null, List.of()));
    assertThat(p.received)
        .hasAtLeastOneElementOfType(AspUpAck.class)
        .hasAtLeastOneElementOfType(AspActiveAck.class);
    assertThat(sgp.asState("as1")).isEqualTo(AsState.AS_ACTIVE);
    int before = user.received.size();
    p.send(
        new Data(
            null,
            List.of(10L),
            new ProtocolData(1, 2, 3, 2, 0, 7, Octets.fromHex("abcd")),
            null,
            List.of()));
    assertThat(user.received).hasSize(before + 1);
    p.received.clear();
    sgp.transfer(Fixture.message(2, 1, 0, "ef"));
    assertThat(p.received).singleElement().isInstanceOf(Data.class);
  }

  @Test
  void aspsm_on_a_data_stream_is_answered_invalid_stream_identifier() {
    f.node(2)
        .server("sgp", TransportKind.IN_JVM, serverAt(2905))
        .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
        .build()
        .start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    p.association.send(3, 3, M3uaCodec.encode(new AspUp(null, null, List.of())));
    M3uaMessage answer = p.last();
    assertThat(answer).isInstanceOf(ErrorMessage.class);
    assertThat(((ErrorMessage) answer).errorCode()).isEqualTo(ErrorCode.INVALID_STREAM_IDENTIFIER);
  }
}
