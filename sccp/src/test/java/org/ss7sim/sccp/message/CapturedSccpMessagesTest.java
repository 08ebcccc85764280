package org.ss7sim.sccp.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.testkit.TestData;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.pcap.PcapReader;

/** Every SCCP message in the third-party captures of testdata/captures decodes and re-encodes. */
class CapturedSccpMessagesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pcapr-attach-sccp-xudts.pcap",
        "pcapr-dump-m2pa-sms.pcap",
        "pcapr-gprs-ms-log.pcap",
        "pcapr-lu.pcap",
        "pcapr-sri-sm.pcap",
        "pcapr-test-ati-ul.pcap",
        "pcapr-tmp-ul-sri.pcap"
      })
  void every_captured_sccp_message_decodes_and_re_encodes_to_the_same_bytes(String file)
      throws Exception {
    List<CapturedSccp> messages = CapturedSccp.extract(PcapReader.read(TestData.capture(file)));
    assertThat(messages).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (CapturedSccp c : messages) {
      try {
        SccpMessage m = SccpMessageCodec.decode(c.sccp());
        if (!SccpMessageCodec.encode(m).equals(c.sccp())) {
          problems.add("frame " + c.frame() + ": re-encoded differs: " + c.sccp().toHex());
        }
      } catch (Exception e) {
        problems.add("frame " + c.frame() + ": " + e.getMessage() + " " + c.sccp().toHex());
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * tshark is the second opinion: our decoded type, SSNs and GT digits equal its, frame by frame.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pcapr-attach-sccp-xudts.pcap",
        "pcapr-dump-m2pa-sms.pcap",
        "pcapr-gprs-ms-log.pcap",
        "pcapr-lu.pcap",
        "pcapr-sri-sm.pcap",
        "pcapr-test-ati-ul.pcap",
        "pcapr-tmp-ul-sri.pcap"
      })
  void decoded_addresses_agree_with_tshark_frame_by_frame(String file) throws Exception {
    Tshark.assumeInstalled();
    Path pcap = TestData.capture(file);
    Map<Integer, String> ours = new HashMap<>();
    for (CapturedSccp c : CapturedSccp.extract(PcapReader.read(pcap))) {
      SccpMessage m = SccpMessageCodec.decode(c.sccp());
      String row =
          String.format("0x%02x", m.type().code())
              + " "
              + digits(m.called())
              + " "
              + ssn(m.called())
              + " "
              + digits(m.calling())
              + " "
              + ssn(m.calling());
      ours.merge(c.frame(), row, (a, b) -> a + " | " + b);
    }
    Map<Integer, String> theirs = new HashMap<>();
    for (List<String> r :
        Tshark.fields(
            pcap,
            List.of("-Y", "sccp"),
            "frame.number",
            "sccp.message_type",
            "sccp.called.digits",
            "sccp.called.ssn",
            "sccp.calling.digits",
            "sccp.calling.ssn")) {
      if (!r.get(1).contains(",")) { // one SCCP message in the frame
        theirs.put(Integer.parseInt(r.get(0)), String.join(" ", r.subList(1, 6)));
      }
    }
    assertThat(theirs).isNotEmpty();
    for (Map.Entry<Integer, String> e : theirs.entrySet()) {
      assertThat(ours.get(e.getKey())).as("frame %d", e.getKey()).isEqualTo(e.getValue());
    }
  }

  private static String digits(SccpAddress a) {
    return a.globalTitle() == null ? "" : a.globalTitle().digits();
  }

  private static String ssn(SccpAddress a) {
    return a.ssn() == null ? "" : a.ssn().toString();
  }
}
