package org.ss7sim.testkit;

import org.ss7sim.wire.Octets;

/**
 * One row of a {@code testdata/vectors/*.tsv} file.
 *
 * @param name unique id, {@code <source>-<TestClass>-<method>[-<var>]}
 * @param bytes the vector
 * @param what the message type and what the source test asserts about it
 * @param source {@code owner/repo path @commit}
 * @param tshark how TShark 4.0.17 dissected the bytes
 */
public record GoldenVector(String name, Octets bytes, String what, String source, String tshark) {
  @Override
  public String toString() {
    return name;
  }
}
