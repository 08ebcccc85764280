package org.ss7sim.tcap.component;

import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * {@code OPERATION ::= CHOICE { localValue INTEGER, globalValue OBJECT IDENTIFIER }} (Q.773 §3.2).
 * Exactly one of the two is set: {@code global} is null for a local code. Local codes 0..255 are
 * interned.
 */
public record OperationCode(long local, ObjectIdentifier global) {
  private static final OperationCode[] CACHE = new OperationCode[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new OperationCode(i, null);
    }
  }

  public OperationCode {
    if (global != null && local != 0) {
      throw new IllegalArgumentException("an operation code is local or global, not both");
    }
  }

  public static OperationCode local(long code) {
    return code >= 0 && code < CACHE.length ? CACHE[(int) code] : new OperationCode(code, null);
  }

  public static OperationCode global(ObjectIdentifier oid) {
    return new OperationCode(0, java.util.Objects.requireNonNull(oid, "oid"));
  }

  public boolean isGlobal() {
    return global != null;
  }

  @Override
  public String toString() {
    return global == null ? Long.toString(local) : global.toString();
  }
}
