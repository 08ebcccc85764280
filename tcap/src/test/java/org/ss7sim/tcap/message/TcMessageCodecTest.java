package org.ss7sim.tcap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.Abrt;
import org.ss7sim.tcap.dialogue.Audt;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.dialogue.SourceDiagnostic;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

class TcMessageCodecTest {
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.20.3");

  @Nested
  class RoundTrips {
    @Test
    void every_message_type_and_component_type_round_trips() throws Exception {
      Octets ui = Octets.fromHex("2807 0602 2a03 a001 00".replace("a001 00", "a00105"));
      List<TcMessage> messages =
          List.of(
              new Unidirectional(
                  new DialoguePortion(new Audt(Aarq.VERSION1, ACN, null)),
                  List.<Component>of(
                      new Invoke(InvokeId.of(0), null, OperationCode.local(1), null))),
              new Begin(
                  new TransactionId(0x01, 1),
                  new DialoguePortion(Aarq.of(ACN, ui)),
                  List.<Component>of(
                      new Invoke(
                          InvokeId.of(-128),
                          InvokeId.of(127),
                          OperationCode.global(ACN),
                          Octets.fromHex("0400")))),
              new Continue(
                  new TransactionId(0x0102, 2),
                  new TransactionId(0x010203, 3),
                  new DialoguePortion(
                      Aare.rejected(ACN, SourceDiagnostic.NO_COMMON_DIALOGUE_PORTION, ui)),
                  List.<Component>of(
                      new ReturnResult(
                          InvokeId.of(1), false, OperationCode.local(300), Octets.fromHex("0500")),
                      new ReturnResult(InvokeId.of(2), true, null, null),
                      new ReturnError(InvokeId.of(3), ErrorCode.global(ACN), null))),
              new End(
                  TransactionId.of(-1),
                  null,
                  List.<Component>of(
                      new Reject(null, RejectProblem.General.BADLY_STRUCTURED_COMPONENT.problem()),
                      new Reject(
                          InvokeId.of(4),
                          RejectProblem.ReturnErrorProblem.MISTYPED_PARAMETER.problem()))),
              new Abort(
                  TransactionId.of(5),
                  null,
                  new DialoguePortion(new Abrt(Abrt.AbortSource.DIALOGUE_SERVICE_PROVIDER, null))),
              Abort.provider(TransactionId.of(6), PAbortCause.INCORRECT_TRANSACTION_PORTION),
              new Abort(TransactionId.of(7), null, null));
      for (TcMessage m : messages) {
        Octets bytes = TcMessageCodec.encode(m);
        assertThat(TcMessageCodec.decode(bytes)).as(bytes.toHex()).isEqualTo(m);
      }
    }

    @Test
    void transaction_ids_keep_their_length() throws Exception {
      Begin b = (Begin) TcMessageCodec.decode(Octets.fromHex("6203 4801 00"));
      assertThat(b.otid()).isEqualTo(new TransactionId(0, 1));
      assertThat(TcMessageCodec.encode(b)).isEqualTo(Octets.fromHex("6203480100"));
    }
  }

  /** Lossless decoding: an explicitly empty component portion is kept apart from an absent one. */
  @Nested
  class EmptyComponentPortion {
    @ParameterizedTest(name = "{0} present={1}")
    @CsvSource({
      "6208 4804 00000001 6c00, true",
      "6206 4804 00000001, false",
      "650e 4804 00000001 4904 00000002 6c00, true",
      "650c 4804 00000001 4904 00000002, false",
      "6408 4904 00000002 6c00, true",
      "6406 4904 00000002, false",
      "6102 6c00, true",
    })
    void decodes_to_no_components_and_re_encodes_as_it_came(String hex, boolean present)
        throws Exception {
      Octets bytes = Octets.fromHex(hex);
      TcMessage m = TcMessageCodec.decode(bytes);
      assertThat(m.components()).isEmpty();
      assertThat(m.componentPortion()).isEqualTo(present);
      assertThat(TcMessageCodec.encode(m)).isEqualTo(bytes);
    }

    @Test
    void messages_built_without_the_flag_have_a_portion_exactly_when_they_have_components() {
      Invoke invoke = new Invoke(InvokeId.of(1), null, OperationCode.local(1), null);
      assertThat(new End(TransactionId.of(2), null, List.of()).componentPortion()).isFalse();
      assertThat(new End(TransactionId.of(2), null, List.<Component>of(invoke)).componentPortion())
          .isTrue();
      assertThat(new End(TransactionId.of(2), null, List.<Component>of(invoke), false))
          .as("components imply the portion")
          .isEqualTo(new End(TransactionId.of(2), null, List.<Component>of(invoke), true));
      assertThat(new Begin(TransactionId.of(1), null, List.of(), true))
          .isNotEqualTo(new Begin(TransactionId.of(1), null, List.of()));
      assertThat(
              Abort.provider(TransactionId.of(3), PAbortCause.RESOURCE_LIMITATION)
                  .componentPortion())
          .isFalse();
    }
  }

  @Nested
  class BadInput {
    /** hex, expected reason fragment, expected offset. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "6206 4804 000000              | runs past the end        | 0",
          "6206 4804 00000001 00         | unexpected               | 8",
          "6207 4805 0000000001          | transaction id of 5      | 2",
          "6202 4800                     | transaction id of 0      | 2",
          "6206 4904 00000001            | incorrect transaction    | 0",
          "6406 4804 00000001            | incorrect transaction    | 0",
          "650c 4804 00000001 4804 00000002 | unexpected            | 8",
          "6103 4a01 00                  | unexpected               | 2",
          "6308 4804 00000001            | runs past the end        | 0",
          "6306 4804 00000001            | unrecognized message type | 0",
          "30 00                         | unrecognized message type | 0",
          "620c 4804 00000001 6c04 a102 0201 | runs past the end      | 12",
          "620e 4804 00000001 6c06 a104 020101 05 | length octets missing | 16",
          "620f 4804 00000001 6c07 a105 020101 0100 | expected an operation code | 15",
        })
    void undecodable_messages_say_why_and_where(String hex, String reason, int offset) {
      assertThatThrownBy(() -> TcMessageCodec.decode(Octets.fromHex(hex)))
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> {
                assertThat(e.reason()).contains(reason.trim());
                assertThat(e.offset()).isEqualTo(offset);
              });
    }

    @Test
    void envelope_classifies_the_problem_for_the_p_abort() {
      assertThat(TcMessageCodec.decodeEnvelope(Octets.fromHex("6306 4804 00000009")).problem())
          .isEqualTo(PAbortCause.UNRECOGNIZED_MESSAGE_TYPE);
      Envelope bad = TcMessageCodec.decodeEnvelope(Octets.fromHex("6209 4804 00000009 6c03 02"));
      assertThat(bad.problem()).isEqualTo(PAbortCause.BADLY_FORMATTED_TRANSACTION_PORTION);
      assertThat(bad.otid()).isEqualTo(TransactionId.of(9));
      assertThat(TcMessageCodec.decodeEnvelope(Octets.fromHex("6206 4904 00000009")).problem())
          .isEqualTo(PAbortCause.INCORRECT_TRANSACTION_PORTION);
    }

    @Test
    void mutated_golden_vectors_decode_or_fail_with_the_one_exception() {
      Random random = new Random(42);
      List<GoldenVector> vectors = GoldenVectors.tsv("tcap.tsv");
      for (int round = 0; round < 20_000; round++) {
        byte[] bytes = vectors.get(random.nextInt(vectors.size())).bytes().toByteArray();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
          switch (random.nextInt(3)) {
            case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            default -> bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          }
          if (bytes.length == 0) {
            break;
          }
        }
        Octets in = Octets.wrap(bytes.clone());
        try {
          TcMessage m = TcMessageCodec.decode(in);
          TcMessageCodec.decode(TcMessageCodec.encode(m));
        } catch (MalformedMessageException expected) {
          assertThat(expected.offset()).isBetween(0, Math.max(0, bytes.length));
        }
        assertThat(TcMessageCodec.decodeEnvelope(in)).isNotNull();
      }
    }
  }
}
