package org.ss7sim.tcap.transaction;

import java.util.function.Consumer;

/**
 * An open-addressing map from {@code int} keys to objects: linear probing, power-of-two capacity,
 * backward-shift deletion (no tombstones), so lookups stay constant time after any number of
 * removals. About 8 to 16 bytes per entry at the 0.5 to 0.75 load kept here. Not thread-safe.
 */
public final class IntObjectMap<V> {
  private int[] keys;
  private Object[] values;
  private int size;
  private int mask;

  public IntObjectMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    keys = new int[cap];
    values = new Object[cap];
    mask = cap - 1;
  }

  public int size() {
    return size;
  }

  private static int hash(int key) {
    int h = key * 0x9e3779b9;
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  public V get(int key) {
    int i = hash(key) & mask;
    while (true) {
      Object v = values[i];
      if (v == null) {
        return null;
      }
      if (keys[i] == key) {
        return (V) v;
      }
      i = (i + 1) & mask;
    }
  }

  public boolean containsKey(int key) {
    return get(key) != null;
  }

  /** Puts a non-null value; returns the previous one or null. */
  @SuppressWarnings("unchecked")
  public V put(int key, V value) {
    java.util.Objects.requireNonNull(value, "value");
    int i = hash(key) & mask;
    while (values[i] != null) {
      if (keys[i] == key) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > (mask + 1) * 3 / 4) {
      grow();
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  public V remove(int key) {
    int i = hash(key) & mask;
    while (true) {
      Object v = values[i];
      if (v == null) {
        return null;
      }
      if (keys[i] == key) {
        shiftBack(i);
        size--;
        return (V) v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Closes the gap at {@code hole} by moving later entries of the probe run back. */
  private void shiftBack(int hole) {
    int i = hole;
    while (true) {
      i = (i + 1) & mask;
      if (values[i] == null) {
        break;
      }
      int home = hash(keys[i]) & mask;
      boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
      if (movable) {
        keys[hole] = keys[i];
        values[hole] = values[i];
        hole = i;
      }
    }
    values[hole] = null;
    keys[hole] = 0;
  }

  private void grow() {
    int[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != null) {
        int i = hash(oldKeys[j]) & mask;
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** Calls {@code action} for every value (the map must not change meanwhile). */
  @SuppressWarnings("unchecked")
  public void forEachValue(Consumer<V> action) {
    for (Object v : values) {
      if (v != null) {
        action.accept((V) v);
      }
    }
  }
}
