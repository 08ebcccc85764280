package org.ss7sim.simulator.node.smsc;

import java.nio.file.Path;
import org.ss7sim.simulator.network.DemoNetwork;

/**
 * {@link MessageManagementTest}'s query_sm, cancel_sm, replace_sm and replace_if_present cases
 * against the SMSC on its default store, as {@code ss7sim run} starts it: the journal in front of
 * the H2 file, so every read of the store must first see the writes still in the journal.
 */
class MessageManagementJournalTest extends MessageManagementTest {
  @Override
  DemoNetwork network(Path dir) throws Exception {
    return DemoNetwork.withFileStores(dir);
  }
}
