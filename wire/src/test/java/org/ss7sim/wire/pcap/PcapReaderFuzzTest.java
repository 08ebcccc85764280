package org.ss7sim.wire.pcap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the capture reader (libpcap, pcapng; Ethernet, IPv4/IPv6, SCTP, TCP):
 * any bytes give the captured messages or {@link MalformedMessageException}; any other exception is
 * a finding. Seeds (testdata/captures) and past findings are in {@code PcapReaderFuzzTestInputs/};
 * docs/testing.md says how to fuzz it for longer.
 */
class PcapReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    Octets capture = Octets.wrap(input);
    PcapReader.isCapture(capture);
    try {
      PcapReader.read(capture);
    } catch (MalformedMessageException expected) {
      // the reader's own refusal
    }
  }
}
