package org.ss7sim.tcap.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntObjectMapTest {
  @Test
  void behaves_like_a_hash_map_under_random_puts_and_removes() {
    IntObjectMap<String> map = new IntObjectMap<>(4);
    Map<Integer, String> reference = new HashMap<>();
    Random random = new Random(1);
    for (int i = 0; i < 200_000; i++) {
      int key = random.nextInt(5000) - 100;
      if (random.nextInt(3) == 0) {
        assertThat(map.remove(key)).isEqualTo(reference.remove(key));
      } else {
        String v = "v" + i;
        assertThat(map.put(key, v)).isEqualTo(reference.put(key, v));
      }
      if (i % 1000 == 0) {
        for (Map.Entry<Integer, String> e : reference.entrySet()) {
          assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
        }
      }
    }
    assertThat(map.size()).isEqualTo(reference.size());
    int[] count = {0};
    map.forEachValue(v -> count[0]++);
    assertThat(count[0]).isEqualTo(reference.size());
  }

  @Test
  void colliding_sequential_keys_survive_removal_in_the_middle_of_a_run() {
    IntObjectMap<Integer> map = new IntObjectMap<>(8);
    for (int k = 0; k < 12; k++) {
      map.put(k, k);
    }
    map.remove(5);
    for (int k = 0; k < 12; k++) {
      assertThat(map.get(k)).isEqualTo(k == 5 ? null : k);
    }
  }
}
