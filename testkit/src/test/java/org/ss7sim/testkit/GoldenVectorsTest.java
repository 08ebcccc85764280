package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

class GoldenVectorsTest {
  @Test
  void every_vector_file_loads_with_its_documented_row_count() {
    // Counts from testdata/README.md.
    assertThat(GoldenVectors.tsv("m3ua.tsv")).hasSize(10);
    assertThat(GoldenVectors.tsv("sccp.tsv")).hasSize(65);
    assertThat(GoldenVectors.tsv("tcap.tsv")).hasSize(57);
    assertThat(GoldenVectors.tsv("gsm_map.tsv")).hasSize(100);
    assertThat(GoldenVectors.tsv("isup.tsv")).hasSize(27);
    assertThat(GoldenVectors.tsv("sms_tpdu.tsv")).hasSize(49);
    assertThat(GoldenVectors.tsv("smpp.tsv")).hasSize(57);
  }

  @Test
  void a_named_vector_carries_its_bytes_and_provenance() {
    GoldenVector v = GoldenVectors.tsv("m3ua.tsv").get(0);
    assertThat(GoldenVectors.named("m3ua.tsv", v.name())).isEqualTo(v);
    assertThat(v.bytes().get(0)).isEqualTo(1); // M3UA version 1
    assertThat(v.source()).contains("@");
  }

  @Test
  void annotated_hex_ignores_comments_and_layout() {
    assertThat(Hex.parseAnnotated("# ASPUP\n01 00 03 01 # header\n00000008\n"))
        .isEqualTo(Octets.fromHex("0100030100000008"));
  }
}
