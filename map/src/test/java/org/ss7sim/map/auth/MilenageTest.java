package org.ss7sim.map.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.wire.Octets;

/** All 19 conformance test sets of TS 35.208 §4.3, and the GSM conversions on them. */
class MilenageTest {
  record TestSet(
      int set,
      Octets k,
      Octets rand,
      Octets sqn,
      Octets amf,
      Octets op,
      Octets opc,
      Octets f1,
      Octets f1star,
      Octets f2,
      Octets f3,
      Octets f4,
      Octets f5,
      Octets f5star,
      Octets sresC2,
      Octets sresGsmMilenage,
      Octets kc) {
    @Override
    public String toString() {
      return "test set " + set;
    }
  }

  static List<TestSet> testSets() throws Exception {
    List<TestSet> out = new ArrayList<>();
    try (var r =
        new BufferedReader(
            new InputStreamReader(
                MilenageTest.class.getResourceAsStream("/golden/map/milenage-35208.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        Octets[] o = new Octets[16];
        for (int i = 1; i < 17; i++) {
          o[i - 1] = Octets.fromHex(f[i]);
        }
        out.add(
            new TestSet(
                Integer.parseInt(f[0]),
                o[0],
                o[1],
                o[2],
                o[3],
                o[4],
                o[5],
                o[6],
                o[7],
                o[8],
                o[9],
                o[10],
                o[11],
                o[12],
                o[13],
                o[14],
                o[15]));
      }
    }
    assertThat(out).hasSize(19);
    return out;
  }

  @Nested
  class AlgorithmSet {
    @ParameterizedTest
    @MethodSource("org.ss7sim.map.auth.MilenageTest#testSets")
    void opc_is_derived_from_op_and_k(TestSet t) {
      assertThat(Milenage.opc(t.k(), t.op())).isEqualTo(t.opc());
    }

    @ParameterizedTest
    @MethodSource("org.ss7sim.map.auth.MilenageTest#testSets")
    void f1_and_f1star_give_mac_a_and_mac_s(TestSet t) {
      Milenage.MacOutputs m = new Milenage(t.k(), t.opc()).f1(t.rand(), t.sqn(), t.amf());
      assertThat(m.macA()).isEqualTo(t.f1());
      assertThat(m.macS()).isEqualTo(t.f1star());
    }

    @ParameterizedTest
    @MethodSource("org.ss7sim.map.auth.MilenageTest#testSets")
    void f2_to_f5star_give_res_ck_ik_ak(TestSet t) {
      Milenage.Outputs o = new Milenage(t.k(), t.opc()).f2345(t.rand());
      assertThat(o.res()).isEqualTo(t.f2());
      assertThat(o.ck()).isEqualTo(t.f3());
      assertThat(o.ik()).isEqualTo(t.f4());
      assertThat(o.ak()).isEqualTo(t.f5());
      assertThat(o.akStar()).isEqualTo(t.f5star());
    }
  }

  @Nested
  class GsmConversionFunctions {
    @ParameterizedTest
    @MethodSource("org.ss7sim.map.auth.MilenageTest#testSets")
    void c2_and_c3_give_the_triplet(TestSet t) {
      Milenage.Outputs o = new Milenage(t.k(), t.opc()).f2345(t.rand());
      assertThat(GsmConversion.c2(o.res())).isEqualTo(t.sresC2());
      assertThat(GsmConversion.c3(o.ck(), o.ik())).isEqualTo(t.kc());
      assertThat(o.res().slice(0, 4)).isEqualTo(t.sresGsmMilenage());
    }
  }

  @Nested
  class Quintuplets {
    @ParameterizedTest
    @MethodSource("org.ss7sim.map.auth.MilenageTest#testSets")
    void autn_is_sqn_xor_ak_amf_mac_a_and_auts_resynchronises(TestSet t) {
      AuthenticationCentre auc = new AuthenticationCentre(new Milenage(t.k(), t.opc()));
      long sqn = 0;
      for (int i = 0; i < 6; i++) {
        sqn = sqn << 8 | t.sqn().get(i);
      }
      AuthenticationQuintuplet q = auc.quintuplet(t.rand(), sqn, t.amf());
      assertThat(q.xres()).isEqualTo(t.f2());
      assertThat(q.autn().slice(6, 8)).isEqualTo(t.amf());
      assertThat(q.autn().slice(8)).isEqualTo(t.f1());
      byte[] sqnXorAk = q.autn().slice(0, 6).toByteArray();
      for (int i = 0; i < 6; i++) {
        sqnXorAk[i] ^= (byte) t.f5().get(i);
      }
      assertThat(Octets.wrap(sqnXorAk)).isEqualTo(t.sqn());
      assertThat(q.toTriplet()).isEqualTo(new AuthenticationTriplet(t.rand(), t.sresC2(), t.kc()));

      // AUTS as a USIM would build it for SQN_MS = sqn (MAC-S over AMF 0000)
      Milenage m = new Milenage(t.k(), t.opc());
      Octets macS = m.f1(t.rand(), t.sqn(), Octets.fromHex("0000")).macS();
      byte[] conc = t.sqn().toByteArray();
      for (int i = 0; i < 6; i++) {
        conc[i] ^= (byte) t.f5star().get(i);
      }
      Octets auts = Octets.wrap(conc).concat(macS);
      assertThat(auc.resynchronise(t.rand(), auts)).contains(sqn);
      byte[] bad = auts.toByteArray();
      bad[13] ^= 1;
      assertThat(auc.resynchronise(t.rand(), Octets.wrap(bad))).isEmpty();
    }
  }

  @Test
  void next_sqn_increments_seq_and_cycles_ind() {
    assertThat(AuthenticationCentre.nextSqn(0)).isEqualTo(33);
    assertThat(AuthenticationCentre.nextSqn(31)).isEqualTo(32);
  }
}
