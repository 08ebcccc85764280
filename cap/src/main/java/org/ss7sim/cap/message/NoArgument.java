package org.ss7sim.cap.message;

/**
 * The "argument" of the operations that have none: continue (opcode 31), activityTest (55) and
 * continueSMS (65) (TS 29.078 §6.1.1, §7.1.1). Their Invoke carries no parameter.
 */
public enum NoArgument implements CapArgument {
  CONTINUE(CapOperation.CONTINUE),
  ACTIVITY_TEST(CapOperation.ACTIVITY_TEST),
  CONTINUE_SMS(CapOperation.CONTINUE_SMS);

  private final CapOperation operation;

  NoArgument(CapOperation operation) {
    this.operation = operation;
  }

  @Override
  public CapOperation operation() {
    return operation;
  }

  /** The value for an operation without argument. */
  static NoArgument of(CapOperation op) {
    return switch (op) {
      case CONTINUE -> CONTINUE;
      case ACTIVITY_TEST -> ACTIVITY_TEST;
      case CONTINUE_SMS -> CONTINUE_SMS;
      default -> throw new IllegalArgumentException(op + " has an argument");
    };
  }
}
