package org.ss7sim.sccp.scmg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class ScmgMessageCodecTest {
  @Test
  void jss7_udt_carries_an_sst_for_ssn_8_at_point_code_2() throws MalformedMessageException {
    SccpMessage udt =
        SccpMessageCodec.decode(
            GoldenVectors.named("sccp.tsv", "jss7-SccpDataMessageTest-getDataUdt1").bytes());
    ScmgMessage sst = ScmgMessageCodec.decode(udt.data());
    assertThat(sst).isEqualTo(ScmgMessage.of(ScmgMessageType.SST, Ssn.MSC, PointCode.itu(2)));
    assertThat(ScmgMessageCodec.encode(sst)).isEqualTo(udt.data());
  }

  @Test
  void ssa_ssp_sor_sog_are_five_octets_with_the_point_code_least_significant_first() {
    for (ScmgMessageType t :
        new ScmgMessageType[] {
          ScmgMessageType.SSA, ScmgMessageType.SSP, ScmgMessageType.SOR, ScmgMessageType.SOG
        }) {
      assertThat(ScmgMessageCodec.encode(ScmgMessage.of(t, Ssn.HLR, PointCode.itu(0x07d1))))
          .isEqualTo(Bytes.build().u8(t.code()).u8(6).u16le(0x07d1).u8(0).octets());
    }
  }

  @Test
  void ssc_carries_a_congestion_level() throws MalformedMessageException {
    ScmgMessage ssc = new ScmgMessage(ScmgMessageType.SSC, Ssn.HLR, PointCode.itu(100), 0, 5);
    Octets bytes = ScmgMessageCodec.encode(ssc);
    assertThat(bytes.toHex()).isEqualTo("060664000005");
    assertThat(ScmgMessageCodec.decode(bytes)).isEqualTo(ssc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01", "01066400", "0906640000", "010664000000", "0606640000"})
  void short_long_and_unknown_scmg_messages_are_malformed(String hex) {
    assertThatThrownBy(() -> ScmgMessageCodec.decode(Octets.fromHex(hex)))
        .isInstanceOf(MalformedMessageException.class);
  }
}
