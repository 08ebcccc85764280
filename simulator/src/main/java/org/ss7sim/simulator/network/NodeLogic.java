package org.ss7sim.simulator.network;

import java.util.List;

/** What a node kind adds on top of its stack. Every method runs on the node's thread. */
public interface NodeLogic {
  /** Binds to the node's services (ISUP, TCAP users, SMPP server …). */
  void start(SimNode node) throws Exception;

  /** Releases what it holds (servers, stores). */
  void stop();

  /**
   * What is still held at the end of a run: each entry a line such as {@code 2 calls active}. Empty
   * when clean (the leak check).
   */
  default List<String> leaks() {
    return List.of();
  }
}
