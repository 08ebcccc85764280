package org.ss7sim.map.service;

import java.util.List;
import java.util.Optional;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;

/** Finding the application context of a received dialogue (TS 29.002 §14.2.2). */
final class Contexts {
  private Contexts() {}

  /** The context with ac-Id {@code id}. */
  static Optional<MapApplicationContext> byId(int id) {
    for (MapApplicationContext c : MapApplicationContext.values()) {
      if (c.id() == id) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** A v1 dialogue has no dialogue portion: the context follows from its first operation. */
  static Optional<MapApplicationContext> ofV1Invoke(List<Component> components) {
    for (Component c : components) {
      if (c instanceof Invoke inv) {
        for (MapOperation op : MapOperation.values()) {
          if (op.code() == inv.opCode().local()) {
            for (MapApplicationContext ctx : op.contexts()) {
              if (op.usedIn(ctx, 1)) {
                return Optional.of(ctx);
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
