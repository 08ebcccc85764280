package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.Octets;

/**
 * Our annotated golden files for the PDUs the third-party vectors lack (submit_multi and its
 * response, outbind): decode → compare whole records → re-encode → compare bytes.
 */
class PduGoldenFilesTest {
  private static final Address ESME = Address.international("0015550100");

  private static void roundTrip(String file, Pdu expected) throws Exception {
    Octets bytes = GoldenVectors.hexResource(PduGoldenFilesTest.class, "/golden/smpp/" + file);
    assertThat(PduCodec.decode(bytes)).isEqualTo(expected);
    assertThat(Octets.wrap(PduCodec.encode(expected))).isEqualTo(bytes);
  }

  @Test
  void submit_multi_with_two_smes_and_a_distribution_list() throws Exception {
    roundTrip(
        "submit_multi.hex",
        new SubmitMulti(
            CommandStatus.OK,
            10,
            "",
            ESME,
            List.of(
                new MultiDestination.Sme(Address.international("0015550199")),
                new MultiDestination.Sme(Address.international("0015550198")),
                new MultiDestination.DistributionList("staff")),
            EsmClass.DEFAULT,
            0,
            0,
            "",
            "",
            RegisteredDelivery.NONE,
            0,
            DataCoding.SMSC_DEFAULT,
            0,
            SampleSession.ascii("to many"),
            Tlvs.EMPTY));
  }

  @Test
  void submit_multi_resp_with_one_unsuccessful_sme() throws Exception {
    roundTrip(
        "submit_multi_resp.hex",
        new SubmitMultiResp(
            CommandStatus.OK,
            10,
            "1a2e",
            List.of(
                new UnsuccessfulDelivery(
                    Address.international("0015550198"), CommandStatus.INVALID_DEST_ADDRESS)),
            Tlvs.EMPTY));
  }

  @Test
  void outbind() throws Exception {
    roundTrip("outbind.hex", new Outbind(CommandStatus.OK, 4, "SS7SIM", "secret"));
  }
}
