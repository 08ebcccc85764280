package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store runs with a small page cache: the SMSC reads almost nothing back, and H2's
 * default 16 MB only kept freshly written pages alive for the young collections to copy (see
 * docs/performance.md, seventh session).
 */
class MessageStoreCacheTest {
  @TempDir Path dir;

  @Test
  void the_embedded_store_keeps_a_one_megabyte_page_cache() throws Exception {
    try (MessageStore store = MessageStore.open("embedded", "smsc", dir)) {
      assertThat(store.cacheKb()).isEqualTo(1024);
    }
  }

  @Test
  void a_store_given_by_url_keeps_what_the_url_says() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("own").toAbsolutePath() + ";CACHE_SIZE=4096";
    try (MessageStore store = MessageStore.open(url, "smsc", dir)) {
      assertThat(store.cacheKb()).isEqualTo(4096);
    }
  }
}
