package org.ss7sim.isup.parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The optional part of a message (Q.763 §1.8): parameters in wire order, unknown ones included as
 * {@link RawParameter}, so that re-encoding reproduces the received order.
 */
public record OptionalParameters(List<IsupParameter> list) {
  public static final OptionalParameters NONE = new OptionalParameters(List.of());

  public OptionalParameters {
    list = List.copyOf(Objects.requireNonNull(list, "list"));
  }

  public static OptionalParameters of(IsupParameter... parameters) {
    return new OptionalParameters(List.of(parameters));
  }

  /** The first parameter of {@code type}, or {@code null}. */
  public <T extends IsupParameter> T find(Class<T> type) {
    for (IsupParameter p : list) {
      if (type.isInstance(p)) {
        return type.cast(p);
      }
    }
    return null;
  }

  /** The first parameter with name code {@code code}, or {@code null}. */
  public IsupParameter find(int code) {
    for (IsupParameter p : list) {
      if (p.code() == code) {
        return p;
      }
    }
    return null;
  }

  /** A copy with {@code parameter} appended. */
  public OptionalParameters with(IsupParameter parameter) {
    List<IsupParameter> l = new ArrayList<>(list.size() + 1);
    l.addAll(list);
    l.add(parameter);
    return new OptionalParameters(l);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }
}
