package org.ss7sim.tcap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ComponentCodec;
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
import org.ss7sim.tcap.dialogue.AssociateResult;
import org.ss7sim.tcap.dialogue.Audt;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.dialogue.DialoguePortionCodec;
import org.ss7sim.tcap.dialogue.SourceDiagnostic;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Golden vectors from testdata/vectors/tcap.tsv (jss7 unit tests, pycrate's Wireshark sample
 * messages) and the TCAP inside the SCCP UDT/UDTS vectors of sccp.tsv: decode, compare the fields
 * the source asserts, re-encode to the same bytes when the input used definite lengths only.
 */
class TcMessageGoldenTest {
  static Stream<GoldenVector> wholeMessages() {
    return GoldenVectors.tsv("tcap.tsv").stream()
        .filter(
            v ->
                v.what().startsWith("Whole TCAP")
                    || v.what()
                        .matches("TCAP (TcBegin|TcContinue|TcEnd|TCAbort|TcUnidirectional);.*"))
        .filter(v -> !v.name().equals("jss7-TCAbortTest-getDestTrId"));
  }

  static Stream<GoldenVector> componentFragments() {
    return GoldenVectors.tsv("tcap.tsv").stream()
        .filter(v -> v.bytes().get(0) >= 0xa1 && v.bytes().get(0) <= 0xa7);
  }

  static Stream<GoldenVector> dialogueFragments() {
    return GoldenVectors.tsv("tcap.tsv").stream().filter(v -> v.what().startsWith("TCAP Dialog"));
  }

  /** Whether any element in the bytes used the indefinite length form. */
  static boolean usesIndefiniteLength(Octets bytes) {
    BerReader r = BerReader.of(bytes);
    try {
      while (r.hasNext()) {
        r.next();
        if (r.isIndefinite() || (r.isConstructed() && usesIndefiniteLength(r.value()))) {
          return true;
        }
      }
    } catch (MalformedMessageException e) {
      return false; // contents that are not BER (e.g. an octet string that happens to look
      // constructed)
    }
    return false;
  }

  static void assertRoundTrip(Octets original, Octets reencoded) throws MalformedMessageException {
    if (usesIndefiniteLength(original)) {
      assertThat(TcMessageCodec.decode(reencoded)).isEqualTo(TcMessageCodec.decode(original));
    } else {
      assertThat(reencoded).isEqualTo(original);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeMessages")
  void whole_messages_decode_and_reencode_identically(GoldenVector v) throws Exception {
    TcMessage m = TcMessageCodec.decode(v.bytes());
    assertThat(m.type().tag()).isEqualTo(v.bytes().get(0));
    assertRoundTrip(v.bytes(), TcMessageCodec.encode(m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("componentFragments")
  void components_decode_and_reencode_identically(GoldenVector v) throws Exception {
    BerReader r = BerReader.of(v.bytes());
    r.next();
    Component c = ComponentCodec.decode(r);
    WireWriter out = new WireWriter();
    ComponentCodec.encode(c, new BerWriter(out));
    assertThat(out.toOctets()).isEqualTo(v.bytes());
  }

  /**
   * Dialogue APDU fragments are wrapped in a dialogue portion, decoded, re-encoded and unwrapped.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dialogueFragments")
  void dialogue_apdus_decode_and_reencode_identically(GoldenVector v) throws Exception {
    Octets bytes = v.bytes();
    boolean wrapped = bytes.get(0) == 0x6b;
    Octets portion = wrapped ? bytes : wrap(bytes, v.what().contains("DialogUniAPDU"));
    BerReader r = BerReader.of(portion);
    r.next();
    DialoguePortion dp = DialoguePortionCodec.decode(r);
    WireWriter out = new WireWriter();
    DialoguePortionCodec.encode(dp, new BerWriter(out));
    assertThat(out.toOctets()).isEqualTo(portion);
  }

  static Octets wrap(Octets apdu, boolean uni) {
    WireWriter out = new WireWriter();
    BerWriter w = new BerWriter(out);
    int a = w.start(0x6b);
    int b = w.start(0x28);
    w.oid(uni ? DialoguePortion.UNI_DIALOGUE_AS_ID : DialoguePortion.DIALOGUE_AS_ID);
    int c = w.start(0xa0);
    w.raw(apdu);
    w.end(c).end(b).end(a);
    return out.toOctets();
  }

  static TcMessage vector(String name) throws MalformedMessageException {
    return TcMessageCodec.decode(GoldenVectors.named("tcap.tsv", name).bytes());
  }

  static final ObjectIdentifier NETWORK_UNSTRUCTURED_SS_V2 =
      ObjectIdentifier.parse("0.4.0.0.1.0.19.2");

  @Nested
  class AssertedFields {
    @Test
    void basic_begin_carries_an_aarq_and_no_components() throws Exception {
      Begin b = (Begin) vector("jss7-TcBeginTest-testBasicTCBegin-b");
      assertThat(b.otid()).isEqualTo(new TransactionId(0x08a50001, 4));
      assertThat(b.components()).isEmpty();
      assertThat(b.dialoguePortion().pdu()).isInstanceOf(Aarq.class);
      assertThat(b.dialoguePortion().applicationContext())
          .isEqualTo(ObjectIdentifier.parse("0.4.0.1.1.1.3.0"));
    }

    @Test
    void ussd_begin_has_aarq_user_information_and_one_invoke() throws Exception {
      Begin b = (Begin) vector("jss7-TcBeginTest-testBasicTCBegin1-b");
      assertThat(b.otid().toString()).isEqualTo("1a0002e1");
      Aarq q = (Aarq) b.dialoguePortion().pdu();
      assertThat(q.applicationContext()).isEqualTo(NETWORK_UNSTRUCTURED_SS_V2);
      assertThat(q.userInformation()).isNotNull();
      assertThat(q.userInformation().get(0)).isEqualTo(0x28);
      Invoke i = (Invoke) b.components().get(0);
      assertThat(i.invokeId()).isEqualTo(InvokeId.of(0));
      assertThat(i.opCode()).isEqualTo(OperationCode.local(59));
      assertThat(i.parameter().get(0)).isEqualTo(0x30);
    }

    @Test
    void begin_with_indefinite_component_portion_decodes() throws Exception {
      Begin b = (Begin) vector("jss7-TcBeginTest-testRealTrace-TCAP");
      assertThat(b.otid().toString()).isEqualTo("6e00024e");
      Invoke i = (Invoke) b.components().get(0);
      assertThat(i.opCode()).isEqualTo(OperationCode.local(0));
      assertThat(b.dialoguePortion().applicationContext())
          .isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.50.1"));
    }

    @Test
    void begin_with_only_an_otid() throws Exception {
      Begin b = (Begin) vector("jss7-TcBeginTest-testTCBeginMessage_No_Nothing-b");
      assertThat(b.dialoguePortion()).isNull();
      assertThat(b.components()).isEmpty();
    }

    @Test
    void continue_with_aare_accepted_and_no_common_dialogue_portion_diagnostic() throws Exception {
      Continue c = (Continue) vector("jss7-TcContinueTest-testTCContinueMessage_No_Component-b");
      assertThat(c.components()).isEmpty();
      Aare r = (Aare) c.dialoguePortion().pdu();
      assertThat(r.result()).isEqualTo(AssociateResult.ACCEPTED);
      assertThat(r.userInformation()).isNull();
      assertThat(r.diagnostic()).isEqualTo(SourceDiagnostic.NO_COMMON_DIALOGUE_PORTION);
    }

    @Test
    void continue_with_one_local_invoke_without_linked_id_or_parameter() throws Exception {
      Continue c = (Continue) vector("jss7-TcContinueTest-testBasicTCContinue-b");
      assertThat(c.otid().toString()).isEqualTo("08a50001");
      assertThat(c.dtid().toString()).isEqualTo("08a40001");
      assertThat(c.dialoguePortion()).isNull();
      assertThat(c.components())
          .containsExactly(new Invoke(InvokeId.of(1), null, OperationCode.local(55), null));
    }

    @Test
    void end_with_only_a_dtid() throws Exception {
      End e = (End) vector("jss7-TcEndTest-testTCEndMessage_No_Nothing-b");
      assertThat(e.dtid().toString()).isEqualTo("08a50001");
      assertThat(e.dialoguePortion()).isNull();
      assertThat(e.components()).isEmpty();
    }

    @Test
    void p_abort_cause_is_kept() throws Exception {
      Abort a = (Abort) vector("jss7-TCAbortTest-getDataAbortCause");
      assertThat(a.dtid().toString()).isEqualTo("7ba53413");
      assertThat(a.pAbortCause()).isEqualTo(PAbortCause.ABNORMAL_DIALOGUE);
      assertThat(a.dialoguePortion()).isNull();
    }

    @Test
    void u_abort_carries_an_abrt_with_user_information() throws Exception {
      Abort a = (Abort) vector("jss7-TCAbortTest-getDataDialogPort");
      assertThat(a.isProviderAbort()).isFalse();
      Abrt abrt = (Abrt) a.dialoguePortion().pdu();
      assertThat(abrt.source()).isEqualTo(Abrt.AbortSource.DIALOGUE_SERVICE_USER);
      assertThat(abrt.userInformation().toHex()).startsWith("2810");
    }

    @Test
    void unidirectional_carries_an_audt_and_one_component() throws Exception {
      Unidirectional u = (Unidirectional) vector("jss7-TcUnidirectionalTest-getData");
      assertThat(u.dialoguePortion().pdu()).isInstanceOf(Audt.class);
      assertThat(u.components()).hasSize(1);
    }

    @Test
    void pycrate_return_error_end() throws Exception {
      End e = (End) vector("pycrate-pkts_tcap_map-3");
      assertThat(e.dtid().toString()).isEqualTo("485a072d");
      ReturnError re = (ReturnError) e.components().get(0);
      assertThat(re.errorCode()).isEqualTo(ErrorCode.local(34));
      assertThat(re.parameter()).isEqualTo(Octets.fromHex("30030a0101"));
    }

    @Test
    void camel_continue_with_two_invokes() throws Exception {
      Continue c = (Continue) vector("pycrate-pkts_tcap_cap-3");
      assertThat(c.components())
          .extracting(comp -> ((Invoke) comp).opCode().local())
          .containsExactly(36L, 24L);
    }
  }

  @Nested
  class AssertedComponentFields {
    private Component component(String name) throws MalformedMessageException {
      BerReader r = BerReader.of(GoldenVectors.named("tcap.tsv", name).bytes());
      r.next();
      return ComponentCodec.decode(r);
    }

    @Test
    void invoke_with_negative_id_linked_id_and_global_opcode() throws Exception {
      Invoke i = (Invoke) component("jss7-InvokeTest-getDataFull");
      assertThat(i.invokeId()).isEqualTo(InvokeId.of(-5));
      assertThat(i.linkedId()).isEqualTo(InvokeId.of(2));
      assertThat(i.opCode().isGlobal()).isTrue();
      assertThat(i.opCode().global().content()).isEqualTo(Octets.fromHex("280001"));
      assertThat(i.parameter()).isEqualTo(Octets.fromHex("04030b1621"));
    }

    @Test
    void invoke_with_local_opcode_and_sequence_parameter() throws Exception {
      Invoke i = (Invoke) component("jss7-InvokeTest-getData");
      assertThat(i.invokeId()).isEqualTo(InvokeId.of(12));
      assertThat(i.opCode()).isEqualTo(OperationCode.local(59));
      assertThat(i.parameter().get(0)).isEqualTo(0x30);
    }

    @Test
    void return_results_last_and_not_last() throws Exception {
      assertThat(component("jss7-ReturnResultLastTest-getLDataEmpty"))
          .isEqualTo(new ReturnResult(InvokeId.of(0), true, null, null));
      assertThat(component("jss7-ReturnResultLastTest-getNLDataEmpty"))
          .isEqualTo(new ReturnResult(InvokeId.of(0), false, null, null));
      ReturnResult r = (ReturnResult) component("jss7-ReturnResultLastTest-getLDataCommon");
      assertThat(r.invokeId()).isEqualTo(InvokeId.of(1));
      assertThat(r.opCode()).isEqualTo(OperationCode.local(45));
      assertThat(r.parameter()).isEqualTo(Octets.fromHex("3009010203040506070809"));
    }

    @Test
    void return_errors_local_and_global() throws Exception {
      assertThat(component("jss7-ReturnErrorTest-getDataWithoutParameter"))
          .isEqualTo(new ReturnError(InvokeId.of(5), ErrorCode.local(15), null));
      ReturnError e = (ReturnError) component("jss7-ReturnErrorTest-getDataLongErrorCode");
      assertThat(e.invokeId()).isEqualTo(InvokeId.of(-1));
      assertThat(e.errorCode().isGlobal()).isTrue();
    }

    @Test
    void rejects_with_derivable_and_not_derivable_ids() throws Exception {
      assertThat(component("jss7-RejectTest-getData"))
          .isEqualTo(
              new Reject(InvokeId.of(1), RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem()));
      assertThat(component("jss7-RejectTest-getDataNullInvokeId"))
          .isEqualTo(new Reject(null, RejectProblem.General.UNRECOGNIZED_COMPONENT.problem()));
    }
  }

  @Nested
  class TcapInsideSccpVectors {
    /** Extracts the data parameter of an SCCP UDT (type 9) or UDTS (type 10). */
    private Octets udtData(Octets udt) {
      int p3 = 4 + udt.get(4);
      return udt.slice(p3 + 1, p3 + 1 + udt.get(p3));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {
          "jss7-SccpDataMessageTest-getDataUdt",
          "jss7-SccpNoticeMessageTest-getDataUdtS",
          "osmo-tcap_global_title"
        })
    void tcap_in_sccp_vectors_decodes_and_round_trips(String name) throws Exception {
      Octets tcap = udtData(GoldenVectors.named("sccp.tsv", name).bytes());
      TcMessage m = TcMessageCodec.decode(tcap);
      assertRoundTrip(tcap, TcMessageCodec.encode(m));
    }

    @Test
    void osmocom_continue_with_indefinite_lengths() throws Exception {
      Octets tcap = udtData(GoldenVectors.named("sccp.tsv", "osmo-tcap_global_title").bytes());
      Continue c = (Continue) TcMessageCodec.decode(tcap);
      assertThat(c.otid().toString()).isEqualTo("26000198");
      assertThat(c.dtid().toString()).isEqualTo("510103df");
      Invoke i = (Invoke) c.components().get(0);
      assertThat(i.invokeId()).isEqualTo(InvokeId.of(0x44));
      assertThat(i.opCode()).isEqualTo(OperationCode.local(7));
      assertThat(usesIndefiniteLength(i.parameter())).isTrue();
    }
  }

  @Test
  void every_tcap_vector_is_covered_by_a_test() {
    List<String> covered =
        Stream.of(wholeMessages(), componentFragments(), dialogueFragments())
            .flatMap(s -> s)
            .map(GoldenVector::name)
            .toList();
    List<String> fragmentsOfFields =
        List.of(
            "jss7-TCAbortTest-getDestTrId",
            "jss7-ReturnResultLastTest-getParameterData",
            "jss7-ReturnErrorTest-getParameterData",
            "jss7-UserInformationTest-testUserInformationDecode",
            "jss7-UserInformationTest-testFailuuure-encoded");
    assertThat(GoldenVectors.tsv("tcap.tsv"))
        .extracting(GoldenVector::name)
        .allMatch(n -> covered.contains(n) || fragmentsOfFields.contains(n));
  }
}
