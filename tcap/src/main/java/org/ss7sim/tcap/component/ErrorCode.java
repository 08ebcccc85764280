package org.ss7sim.tcap.component;

import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * {@code ERROR ::= CHOICE { localValue INTEGER, globalValue OBJECT IDENTIFIER }} (Q.773 §3.2).
 * {@code global} is null for a local code.
 */
public record ErrorCode(long local, ObjectIdentifier global) {
  private static final ErrorCode[] CACHE = new ErrorCode[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new ErrorCode(i, null);
    }
  }

  public ErrorCode {
    if (global != null && local != 0) {
      throw new IllegalArgumentException("an error code is local or global, not both");
    }
  }

  public static ErrorCode local(long code) {
    return code >= 0 && code < CACHE.length ? CACHE[(int) code] : new ErrorCode(code, null);
  }

  public static ErrorCode global(ObjectIdentifier oid) {
    return new ErrorCode(0, java.util.Objects.requireNonNull(oid, "oid"));
  }

  public boolean isGlobal() {
    return global != null;
  }

  @Override
  public String toString() {
    return global == null ? Long.toString(local) : global.toString();
  }
}
