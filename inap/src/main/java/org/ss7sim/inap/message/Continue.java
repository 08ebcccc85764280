package org.ss7sim.inap.message;

/** Continue (Q.1218 §6, opcode 31): no argument. */
public record Continue() implements InapArgument {
  public static final Continue INSTANCE = new Continue();

  @Override
  public InapOperation operation() {
    return InapOperation.CONTINUE;
  }
}
