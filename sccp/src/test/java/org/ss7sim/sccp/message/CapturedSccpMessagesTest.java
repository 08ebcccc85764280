package org.ss7sim.sccp.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ss7sim.testkit.TestData;
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
}
