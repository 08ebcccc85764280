package org.ss7sim.tcap.component;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Encodes and decodes components (Q.773 §3.2). Parameters stay raw BER elements (views over the
 * input), so MAP and INAP decode them only when they need them.
 */
public final class ComponentCodec {
  private static final int LINKED_ID = BerTag.context(0);
  private static final int NOT_DERIVABLE = BerTag.NULL;

  private ComponentCodec() {}

  /**
   * What is wrong with a received component, as the Reject that answers it (Q.774 §3.2.2.3).
   *
   * @param invokeId the invoke id if it could be derived, else null
   */
  public record Problem(
      InvokeId invokeId, RejectProblem problem, MalformedMessageException cause) {}

  /** The components of a component portion read up to the first bad one. */
  public record Decoded(List<Component> components, Problem problem) {}

  /**
   * Decodes every component in the contents of a component portion; throws on the first bad one.
   */
  public static List<Component> decodeAll(BerReader portion) throws MalformedMessageException {
    Decoded d = decodeLeniently(portion);
    if (d.problem() != null) {
      throw d.problem().cause();
    }
    return d.components();
  }

  /**
   * Decodes components until the first that cannot be accepted, and says how to reject that one: an
   * unknown component tag is an unrecognized component, a bad structure is a badly structured
   * component, a wrong element inside is a mistyped component.
   */
  public static Decoded decodeLeniently(BerReader portion) {
    List<Component> out = new ArrayList<>(2);
    while (portion.hasNext()) {
      int tag;
      try {
        tag = portion.next();
      } catch (MalformedMessageException e) {
        return new Decoded(
            out, new Problem(null, RejectProblem.General.BADLY_STRUCTURED_COMPONENT.problem(), e));
      }
      ComponentType type = ComponentType.ofTag(tag);
      if (type == null) {
        MalformedMessageException e = portion.error("unrecognized component");
        return new Decoded(
            out,
            new Problem(
                derivableId(portion), RejectProblem.General.UNRECOGNIZED_COMPONENT.problem(), e));
      }
      try {
        out.add(decodeBody(type, portion.enter()));
      } catch (MalformedMessageException e) {
        return new Decoded(
            out,
            new Problem(
                derivableId(portion), RejectProblem.General.MISTYPED_COMPONENT.problem(), e));
      }
    }
    return new Decoded(out, null);
  }

  /** The invoke id of the current (bad) component if its first element is one. */
  private static InvokeId derivableId(BerReader portion) {
    try {
      if (!portion.isConstructed()) {
        return null;
      }
      BerReader in = portion.enter();
      if (in.hasNext() && in.next() == BerTag.INTEGER) {
        int v = in.intValue();
        return v >= -128 && v <= 127 ? InvokeId.of(v) : null;
      }
    } catch (MalformedMessageException e) {
      return null;
    }
    return null;
  }

  /** Decodes one component element (the reader positioned on it by {@code next()}). */
  public static Component decode(BerReader element) throws MalformedMessageException {
    ComponentType type = ComponentType.ofTag(element.tag());
    if (type == null) {
      throw element.error("unrecognized component");
    }
    return decodeBody(type, element.enter());
  }

  private static Component decodeBody(ComponentType type, BerReader in)
      throws MalformedMessageException {
    return switch (type) {
      case INVOKE -> decodeInvoke(in);
      case RETURN_RESULT_LAST -> decodeResult(in, true);
      case RETURN_RESULT_NOT_LAST -> decodeResult(in, false);
      case RETURN_ERROR -> decodeError(in);
      case REJECT -> decodeReject(in);
    };
  }

  private static InvokeId invokeId(BerReader in) throws MalformedMessageException {
    int v = in.intValue();
    if (v < -128 || v > 127) {
      throw in.error("invoke id " + v + " out of range");
    }
    return InvokeId.of(v);
  }

  private static OperationCode opCode(BerReader in) throws MalformedMessageException {
    int t = in.next();
    if (t == BerTag.INTEGER) {
      return OperationCode.local(in.longValue());
    }
    if (t == BerTag.OBJECT_IDENTIFIER) {
      return OperationCode.global(in.oid());
    }
    throw in.error("expected an operation code (INTEGER or OBJECT IDENTIFIER)");
  }

  private static Octets parameter(BerReader in) throws MalformedMessageException {
    if (!in.hasNext()) {
      return null;
    }
    in.next();
    Octets p = in.element();
    in.requireEnd("component");
    return p;
  }

  private static Invoke decodeInvoke(BerReader in) throws MalformedMessageException {
    InvokeId id = invokeId(in.expect(BerTag.INTEGER, "invokeID"));
    InvokeId linked = null;
    if (in.nextIf(LINKED_ID)) {
      linked = invokeId(in);
    }
    OperationCode op = opCode(in);
    return new Invoke(id, linked, op, parameter(in));
  }

  private static ReturnResult decodeResult(BerReader in, boolean last)
      throws MalformedMessageException {
    InvokeId id = invokeId(in.expect(BerTag.INTEGER, "invokeID"));
    if (!in.hasNext()) {
      return new ReturnResult(id, last, null, null);
    }
    BerReader result = in.expect(BerTag.SEQUENCE, "result").enter();
    in.requireEnd("ReturnResult");
    OperationCode op = opCode(result);
    return new ReturnResult(id, last, op, parameter(result));
  }

  private static ReturnError decodeError(BerReader in) throws MalformedMessageException {
    InvokeId id = invokeId(in.expect(BerTag.INTEGER, "invokeID"));
    int t = in.next();
    ErrorCode code;
    if (t == BerTag.INTEGER) {
      code = ErrorCode.local(in.longValue());
    } else if (t == BerTag.OBJECT_IDENTIFIER) {
      code = ErrorCode.global(in.oid());
    } else {
      throw in.error("expected an error code (INTEGER or OBJECT IDENTIFIER)");
    }
    return new ReturnError(id, code, parameter(in));
  }

  private static Reject decodeReject(BerReader in) throws MalformedMessageException {
    int t = in.next();
    InvokeId id;
    if (t == BerTag.INTEGER) {
      id = invokeId(in);
    } else if (t == NOT_DERIVABLE) {
      in.nullValue();
      id = null;
    } else {
      throw in.error("expected an invoke id or NULL");
    }
    int p = in.next();
    int number = BerTag.number(p);
    if (BerTag.tagClass(p) != BerTag.CLASS_CONTEXT || BerTag.isConstructed(p) || number > 3) {
      throw in.error("expected a problem [0] to [3]");
    }
    int code = in.intValue();
    in.requireEnd("Reject");
    return new Reject(id, new RejectProblem(RejectProblem.ProblemType.values()[number], code));
  }

  private static int opCodeLength(OperationCode op) {
    return op.isGlobal()
        ? BerWriter.elementLength(BerTag.OBJECT_IDENTIFIER, op.global().content().length())
        : BerWriter.integerElementLength(op.local());
  }

  private static int errorCodeLength(ErrorCode code) {
    return code.isGlobal()
        ? BerWriter.elementLength(BerTag.OBJECT_IDENTIFIER, code.global().content().length())
        : BerWriter.integerElementLength(code.local());
  }

  private static int parameterLength(Octets parameter) {
    return parameter == null ? 0 : parameter.length();
  }

  private static int resultSequenceLength(ReturnResult r) {
    return opCodeLength(r.opCode()) + parameterLength(r.parameter());
  }

  /** Contents octets of the component (after its tag and length). */
  private static int contentLength(Component c) {
    if (c instanceof Invoke i) {
      return BerWriter.integerElementLength(i.invokeId().value())
          + (i.linkedId() == null ? 0 : BerWriter.integerElementLength(i.linkedId().value()))
          + opCodeLength(i.opCode())
          + parameterLength(i.parameter());
    }
    if (c instanceof ReturnResult r) {
      return BerWriter.integerElementLength(r.invokeId().value())
          + (r.opCode() == null
              ? 0
              : BerWriter.elementLength(BerTag.SEQUENCE, resultSequenceLength(r)));
    }
    if (c instanceof ReturnError e) {
      return BerWriter.integerElementLength(e.invokeId().value())
          + errorCodeLength(e.errorCode())
          + parameterLength(e.parameter());
    }
    Reject r = (Reject) c;
    return (r.invokeId() == null ? 2 : BerWriter.integerElementLength(r.invokeId().value()))
        + BerWriter.integerElementLength(r.problem().code());
  }

  /** Octets the whole component takes when encoded. */
  public static int encodedLength(Component c) {
    return BerWriter.elementLength(c.type().tag(), contentLength(c));
  }

  /** Writes one component; its length is measured first, so nothing is moved. */
  public static void encode(Component c, BerWriter w) {
    w.header(c.type().tag(), contentLength(c));
    if (c instanceof Invoke i) {
      w.integer(i.invokeId().value());
      if (i.linkedId() != null) {
        w.integer(LINKED_ID, i.linkedId().value());
      }
      writeOpCode(i.opCode(), w);
      if (i.parameter() != null) {
        w.raw(i.parameter());
      }
    } else if (c instanceof ReturnResult r) {
      w.integer(r.invokeId().value());
      if (r.opCode() != null) {
        w.header(BerTag.SEQUENCE, resultSequenceLength(r));
        writeOpCode(r.opCode(), w);
        if (r.parameter() != null) {
          w.raw(r.parameter());
        }
      }
    } else if (c instanceof ReturnError e) {
      w.integer(e.invokeId().value());
      if (e.errorCode().isGlobal()) {
        w.oid(e.errorCode().global());
      } else {
        w.integer(e.errorCode().local());
      }
      if (e.parameter() != null) {
        w.raw(e.parameter());
      }
    } else if (c instanceof Reject r) {
      if (r.invokeId() == null) {
        w.nullValue(NOT_DERIVABLE);
      } else {
        w.integer(r.invokeId().value());
      }
      w.integer(BerTag.context(r.problem().type().tagNumber()), r.problem().code());
    }
  }

  private static void writeOpCode(OperationCode op, BerWriter w) {
    if (op.isGlobal()) {
      w.oid(op.global());
    } else {
      w.integer(op.local());
    }
  }
}
