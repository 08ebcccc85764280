package org.ss7sim.tcap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;

/**
 * Every unsegmented TCAP message in the real-network captures of testdata/captures (pcapr, see the
 * README there): decoded, and re-encoded to the same bytes when it used definite lengths. The M3UA
 * (RFC 4666 §3.3.1) / M2PA (RFC 4165 §2.3.1) and SCCP (Q.713 §4) wrappers are peeled here by hand.
 */
class TcapCaptureTest {
  record Found(int frame, Octets tcap) {}

  static List<Found> tcapMessages(String capture) throws Exception {
    List<Found> out = new ArrayList<>();
    for (CapturedMessage m : PcapReader.read(TestData.capture(capture))) {
      Octets sccp = null;
      Octets p = m.payload();
      if (m.ppid() == 3 && p.length() > 8 && p.get(2) == 1 && p.get(3) == 1) {
        for (int i = 8; i + 4 <= p.length(); ) {
          int tag = (p.get(i) << 8) | p.get(i + 1);
          int len = (p.get(i + 2) << 8) | p.get(i + 3);
          if (len < 4 || i + len > p.length()) {
            break;
          }
          if (tag == 0x0210 && len > 16 && p.get(i + 12) == 3) {
            sccp = p.slice(i + 16, i + len);
          }
          i += (len + 3) & ~3;
        }
      } else if (m.ppid() == 5
          && p.length() > 22
          && p.get(2) == 11
          && p.get(3) == 1
          && (p.get(17) & 0x0f) == 3) {
        sccp = p.slice(22);
      }
      Octets data = sccp == null ? null : sccpData(sccp);
      if (data != null && data.length() > 0 && (data.get(0) & 0xe0) == 0x60) {
        out.add(new Found(m.frame(), data));
      }
    }
    return out;
  }

  /** The data of an unsegmented UDT, UDTS, XUDT or XUDTS (Q.713 §4.10, §4.11, §4.18, §4.19). */
  static Octets sccpData(Octets s) {
    int type = s.get(0);
    int pointerAt =
        switch (type) {
          case 0x09, 0x0a -> 4;
          case 0x11, 0x12 -> 5;
          default -> -1;
        };
    if (pointerAt < 0 || s.length() <= pointerAt + 1) {
      return null;
    }
    if ((type == 0x11 || type == 0x12) && s.get(6) != 0) {
      return null; // optional part present: may be segmented
    }
    int at = pointerAt + s.get(pointerAt);
    if (at >= s.length() || at + 1 + s.get(at) > s.length()) {
      return null;
    }
    return s.slice(at + 1, at + 1 + s.get(at));
  }

  @ParameterizedTest
  @CsvSource({
    "pcapr-gprs-ms-log.pcap, 4",
    "pcapr-lu.pcap, 8",
    "pcapr-sri-sm.pcap, 1",
    "pcapr-test-ati-ul.pcap, 11",
    "pcapr-tmp-ul-sri.pcap, 25",
    "pcapr-dump-m2pa-sms.pcap, 2"
  })
  void tcap_from_real_captures_decodes_and_reencodes(String capture, int expected)
      throws Exception {
    List<Found> found = tcapMessages(capture);
    assertThat(found).as("unsegmented TCAP messages in " + capture).hasSize(expected);
    for (Found f : found) {
      TcMessage m;
      try {
        m = TcMessageCodec.decode(f.tcap());
      } catch (MalformedMessageException e) {
        throw new AssertionError(capture + " frame " + f.frame() + ": " + f.tcap(), e);
      }
      Octets again = TcMessageCodec.encode(m);
      if (!TcMessageGoldenTest.usesIndefiniteLength(f.tcap())) {
        assertThat(again).as(capture + " frame " + f.frame()).isEqualTo(f.tcap());
      } else {
        assertThat(TcMessageCodec.decode(again)).isEqualTo(m);
      }
    }
  }
}
