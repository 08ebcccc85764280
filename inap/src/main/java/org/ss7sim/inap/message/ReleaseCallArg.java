package org.ss7sim.inap.message;

/** The argument of ReleaseCall (Q.1218 §6, opcode 22): {@code ReleaseCallArg ::= Cause}. */
public record ReleaseCallArg(Cause cause) implements InapArgument {
  public ReleaseCallArg {
    java.util.Objects.requireNonNull(cause, "cause");
  }

  @Override
  public InapOperation operation() {
    return InapOperation.RELEASE_CALL;
  }
}
