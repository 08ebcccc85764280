package org.ss7sim.map.operation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.wire.ber.BerCodec;

/**
 * A MAP operation with its argument type {@code A} and result type {@code R} ({@link Void} when the
 * operation returns no result parameter): the typed view of a {@link MapOperation}, which carries
 * the opcode, codecs, errors, class, timer and contexts. The constants are in {@link
 * MapOperations}, generated from the table in {@code map/tools/genmap.py}; with them the MAP
 * service is used without casts ({@code MapDialogue.invoke(Operation, A,
 * Consumer<Confirmation<R>>)}, {@code Invocation.as(Operation)}).
 *
 * @param operation the operation (code, codecs, errors, class, timer, contexts)
 * @param argumentType the class of its argument
 * @param resultType the class of its result, {@code Void.class} for none
 */
public record Operation<A extends MapParameter, R>(
    MapOperation operation, Class<A> argumentType, Class<R> resultType) {

  /** The local operation code (TS 29.002 §17.6). */
  public int code() {
    return operation.code();
  }

  /** Q.771 operation class: 1 result or error, 2 error only, 3 result only, 4 neither. */
  public int operationClass() {
    return operation.operationClass();
  }

  public MapOperation.Timer timer() {
    return operation.timer();
  }

  public Set<MapErrorCode> errors() {
    return operation.errors();
  }

  public List<MapApplicationContext> contexts() {
    return operation.contexts();
  }

  /** The argument codec for a dialogue at {@code version}. */
  public BerCodec<A> argumentCodec(int version) {
    return operation.argumentCodec(version);
  }

  /** The result codec for a dialogue at {@code version}; empty when there is no result. */
  public Optional<BerCodec<MapParameter>> resultCodec(int version) {
    return operation.resultCodec(version);
  }

  /** Whether this operation has a result parameter. */
  public boolean hasResult() {
    return resultType != Void.class;
  }

  /** {@code argument} as this operation's argument type (checked: a wrong type throws). */
  public A argument(MapParameter argument) {
    return argumentType.cast(argument);
  }

  /** {@code result} (decoded by this operation's result codec) as the result type, or null. */
  public R result(MapParameter result) {
    return result == null || !hasResult() ? null : resultType.cast(result);
  }

  @Override
  public String toString() {
    return operation.toString();
  }
}
