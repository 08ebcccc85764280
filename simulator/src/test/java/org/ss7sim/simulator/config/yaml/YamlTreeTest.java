package org.ss7sim.simulator.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.Location;

class YamlTreeTest {
  @Test
  void keys_and_values_keep_their_line_and_column() {
    YamlMap root = (YamlMap) YamlTree.parse("f.yaml", "# comment\na:\n  b: 12\n");
    YamlMap.Entry a = root.entry("a").orElseThrow();
    assertThat(a.keyLocation()).isEqualTo(new Location("f.yaml", 2, 1));
    YamlMap.Entry b = ((YamlMap) a.value()).entry("b").orElseThrow();
    assertThat(b.keyLocation()).isEqualTo(new Location("f.yaml", 3, 3));
    assertThat(b.value())
        .isEqualTo(new YamlScalar(new Location("f.yaml", 3, 6), "12", YamlScalar.Type.INTEGER));
  }

  @Test
  void scalars_keep_the_text_as_written() {
    YamlMap root =
        (YamlMap) YamlTree.parse("f.yaml", "msisdn: 0612\nki: 00112233\nflag: yes\nq: '7'\nn: ~\n");
    assertThat(((YamlScalar) root.get("msisdn").orElseThrow()).text()).isEqualTo("0612");
    assertThat(((YamlScalar) root.get("ki").orElseThrow()).text()).isEqualTo("00112233");
    assertThat(((YamlScalar) root.get("flag").orElseThrow()).type())
        .isEqualTo(YamlScalar.Type.BOOLEAN);
    assertThat(((YamlScalar) root.get("q").orElseThrow()).type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(((YamlScalar) root.get("n").orElseThrow()).isNull()).isTrue();
  }

  @Test
  void an_empty_document_is_an_empty_map() {
    assertThat(YamlTree.parse("f.yaml", "# nothing\n")).isInstanceOf(YamlMap.class);
  }

  @Test
  void a_second_document_is_rejected() {
    assertThatThrownBy(() -> YamlTree.parse("f.yaml", "a: 1\n---\nb: 2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("f.yaml:3:1: only one YAML document per file is allowed");
  }

  @Test
  void an_alias_to_a_scalar_is_rejected() {
    assertThatThrownBy(() -> YamlTree.parse("f.yaml", "a: &x 1\nb: *x\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "f.yaml:2:4: alias *x refers to no anchored map or list before it"
                + " (anchors on single values are not supported)");
  }

  @Test
  void an_alias_bomb_is_stopped() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) {
        y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    assertThatThrownBy(() -> YamlTree.parse("f.yaml", y.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("too many aliases");
  }
}
