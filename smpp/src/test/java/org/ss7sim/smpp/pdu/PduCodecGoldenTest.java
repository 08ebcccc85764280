package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;

/**
 * Every row of testdata/vectors/smpp.tsv (bytes from Cloudhopper's decoder and encoder tests):
 * decode, check the fields Cloudhopper's test asserts, re-encode to the same bytes; the rows that
 * are deliberately bad are rejected with the command_status an SMSC answers them with.
 */
class PduCodecGoldenTest {
  private static final String PREFIX = "cloudhopper-PduDecoderTest-";

  /**
   * Rows whose bytes are not one good PDU, with the field our decoder must blame. The Netfors
   * receipt declares a 65-octet receipted_message_id with 5 octets left (tshark: malformed);
   * Cloudhopper tolerates it, we answer ESME_RINVOPTPARSTREAM.
   */
  private static final Map<String, Field> REJECTED =
      Map.of(
          PREFIX + "decodeSignedIntLength", Field.COMMAND_LENGTH,
          PREFIX + "decodeSubmitSmRespWithNoNullByteForMessageId", Field.MESSAGE_ID,
          PREFIX + "decodeSubmitSmWith255ByteShortMessage", Field.COMMAND_LENGTH,
          PREFIX + "decodeDeliverSMWithCorrectTotalByteLengthButInvalidShortMessageLength",
              Field.SHORT_MESSAGE,
          PREFIX + "decodeDeliverSmNetforsDeliveryReceiptTriggeredErrorInLegacySmppLibrary",
              Field.TLV_STREAM);

  /** Rows holding more than one PDU (or a PDU and the start of the next). */
  private static final List<String> STREAMS =
      List.of(
          PREFIX + "decodeBadPduButSkipAllDataInBuffer",
          PREFIX + "decodeTwoEnquireLinkRespButWithReadRequiredInBetween");

  static Stream<GoldenVector> singlePdus() {
    return GoldenVectors.tsv("smpp.tsv").stream()
        .filter(v -> !REJECTED.containsKey(v.name()) && !STREAMS.contains(v.name()));
  }

  static Stream<GoldenVector> rejected() {
    return GoldenVectors.tsv("smpp.tsv").stream().filter(v -> REJECTED.containsKey(v.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singlePdus")
  void decodes_with_the_asserted_fields_and_re_encodes_identically(GoldenVector v)
      throws Exception {
    Pdu pdu = PduCodec.decode(v.bytes());
    checkAssertions(v.what(), pdu, v.bytes().length());
    assertThat(Octets.wrap(PduCodec.encode(pdu))).isEqualTo(v.bytes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void deliberately_bad_pdus_are_rejected_with_the_field_to_blame(GoldenVector v) {
    Field field = REJECTED.get(v.name());
    assertThatThrownBy(() -> PduCodec.decode(v.bytes()))
        .isInstanceOfSatisfying(
            MalformedMessageException.class,
            e -> {
              assertThat(e.specReference()).isEqualTo(field.reference());
              assertThat(Field.statusFor(e)).isEqualTo(field.status());
            });
  }

  private static void checkAssertions(String what, Pdu pdu, int length) {
    SoftAssertions soft = new SoftAssertions();
    for (CloudhopperAssertions.Check c : CloudhopperAssertions.parse(what)) {
      soft.assertThat(CloudhopperAssertions.actual(c.lhs(), pdu, length))
          .as(c.lhs())
          .isEqualTo(CloudhopperAssertions.expected(c.expected()));
    }
    soft.assertAll();
  }

  @Nested
  class Streams {
    @Test
    void an_unknown_command_is_kept_whole_and_the_enquire_link_after_it_decodes() throws Exception {
      GoldenVector v =
          GoldenVectors.named("smpp.tsv", PREFIX + "decodeBadPduButSkipAllDataInBuffer");
      List<Octets> pdus = split(v.bytes());
      assertThat(pdus).hasSize(2);
      Pdu unknown = PduCodec.decode(pdus.get(0));
      assertThat(unknown)
          .isEqualTo(new UnknownPdu(0x110, CommandStatus.OK, 0x0a342ee7, Octets.fromHex("0f")));
      Pdu enquire = PduCodec.decode(pdus.get(1));
      checkAssertions(v.what(), enquire, 16);
      assertThat(
              Octets.wrap(PduCodec.encode(unknown)).concat(Octets.wrap(PduCodec.encode(enquire))))
          .isEqualTo(v.bytes());
    }

    @Test
    void the_first_of_two_responses_decodes_and_the_second_waits_for_more_octets()
        throws Exception {
      GoldenVector v =
          GoldenVectors.named(
              "smpp.tsv", PREFIX + "decodeTwoEnquireLinkRespButWithReadRequiredInBetween");
      List<Octets> pdus = split(v.bytes());
      assertThat(pdus).hasSize(1);
      Pdu first = PduCodec.decode(pdus.get(0));
      checkAssertions(v.what(), first, 16);
      assertThat(v.bytes().length() - 16).isEqualTo(15);
      assertThatThrownBy(() -> PduCodec.decode(v.bytes().slice(16)))
          .isInstanceOf(MalformedMessageException.class);
    }
  }

  @Nested
  class Captures {
    @Test
    void every_pdu_in_the_smpp_captures_decodes_and_re_encodes_identically() throws Exception {
      int count = 0;
      for (String capture : List.of("smpp-bind-submit-unbind.pcap", "smpp-enquire-link.pcap")) {
        for (CapturedMessage m : PcapReader.read(TestData.capture(capture))) {
          for (Octets bytes : split(m.payload())) {
            Pdu pdu = PduCodec.decode(bytes);
            assertThat(pdu).isNotInstanceOf(UnknownPdu.class);
            assertThat(Octets.wrap(PduCodec.encode(pdu)))
                .as(capture + " frame " + m.frame())
                .isEqualTo(bytes);
            count++;
          }
        }
      }
      assertThat(count).isGreaterThanOrEqualTo(10);
    }

    @Test
    void the_bind_submit_capture_holds_the_session_in_order() throws Exception {
      List<CommandId> ids = new java.util.ArrayList<>();
      for (CapturedMessage m : PcapReader.read(TestData.capture("smpp-bind-submit-unbind.pcap"))) {
        for (Octets bytes : split(m.payload())) {
          ids.add(PduCodec.decode(bytes).commandId());
        }
      }
      assertThat(ids)
          .containsSubsequence(
              CommandId.BIND_TRANSMITTER,
              CommandId.BIND_TRANSMITTER_RESP,
              CommandId.SUBMIT_SM,
              CommandId.SUBMIT_SM_RESP,
              CommandId.UNBIND,
              CommandId.UNBIND_RESP);
    }
  }

  /** Cuts a byte stream into whole PDUs by command_length; a trailing partial PDU is left out. */
  static List<Octets> split(Octets stream) {
    List<Octets> out = new java.util.ArrayList<>();
    int at = 0;
    while (stream.length() - at >= 4) {
      long len = PduHeader.peek(stream.slice(at)).commandLength();
      if (len < 16 || at + len > stream.length()) {
        break;
      }
      out.add(stream.slice(at, at + (int) len));
      at += (int) len;
    }
    return out;
  }
}
