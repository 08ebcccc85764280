package org.ss7sim.simulator.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  static final List<String> KEYS =
      List.of("name", "kind", "point_code", "peers", "links", "routes");

  @Test
  void distance_counts_insertions_deletions_substitutions_and_swaps() {
    assertThat(Spelling.distance("point_code", "point_code")).isZero();
    assertThat(Spelling.distance("pont_code", "point_code")).isEqualTo(1);
    assertThat(Spelling.distance("piont_code", "point_code")).isEqualTo(1);
    assertThat(Spelling.distance("point_node", "point_code")).isEqualTo(1);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void nearest_suggests_a_plausible_typo() {
    assertThat(Spelling.nearest("pont_code", KEYS)).contains("point_code");
    assertThat(Spelling.nearest("Peers", KEYS)).contains("peers");
    assertThat(Spelling.nearest("link", KEYS)).contains("links");
    assertThat(Spelling.nearest("point", KEYS)).contains("point_code");
  }

  @Test
  void nearest_suggests_nothing_for_an_unrelated_word() {
    assertThat(Spelling.nearest("subscribers", KEYS)).isEmpty();
    assertThat(Spelling.nearest("zz", KEYS)).isEmpty();
  }
}
