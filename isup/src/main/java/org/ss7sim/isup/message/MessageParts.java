package org.ss7sim.isup.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.isup.parameter.IsupParameter;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.ParameterCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Reads the pointer-addressed parts of a message (Q.763 §1.6–§1.8) that follow the mandatory fixed
 * part: one pointer per mandatory variable parameter, then the optional-part pointer. A pointer
 * counts octets from itself to the length octet of its parameter; an optional-part pointer of 0
 * means no optional part. Every pointer and length is checked against the bytes present.
 */
final class MessageParts {
  /** Upper bound on optional parameters in one message (a declared limit, Q.763 allows ~127). */
  static final int MAX_OPTIONAL_PARAMETERS = 64;

  private final Octets message;
  private final int base;

  private MessageParts(Octets message, int base) {
    this.message = message;
    this.base = base;
  }

  /**
   * The parts of {@code message} whose first pointer is at offset {@code base}; positions below are
   * counted from that pointer, reported offsets from the message start.
   */
  static MessageParts of(Octets message, int base) {
    return new MessageParts(message, base);
  }

  private int get(int at) {
    return message.get(base + at);
  }

  private int length() {
    return message.length() - base;
  }

  private Octets slice(int from, int to) {
    return message.slice(base + from, base + to);
  }

  /** Contents of the mandatory variable parameter addressed by pointer {@code index}. */
  Octets variable(int index, String what) throws MalformedMessageException {
    if (index >= length()) {
      throw new MalformedMessageException(
          "pointer to " + what + " missing", base + index, "Q.763 §1.7");
    }
    int pointer = get(index);
    if (pointer == 0) {
      throw new MalformedMessageException(
          "pointer to mandatory " + what + " is 0", base + index, "Q.763 §1.7");
    }
    int at = index + pointer;
    if (at >= length()) {
      throw new MalformedMessageException(
          "pointer to " + what + " points past the end", base + index, "Q.763 §1.7");
    }
    int length = get(at);
    if (at + 1 + length > length()) {
      throw new MalformedMessageException(
          what + " of " + length + " octets overruns the message", base + at, "Q.763 §1.7");
    }
    return slice(at + 1, at + 1 + length);
  }

  /** The optional part, addressed by the pointer at {@code index} (after the variable pointers). */
  OptionalParameters optional(int index) throws MalformedMessageException {
    if (index >= length()) {
      throw new MalformedMessageException(
          "pointer to optional part missing", base + index, "Q.763 §1.8");
    }
    int pointer = get(index);
    if (pointer == 0) {
      return OptionalParameters.NONE;
    }
    int at = index + pointer;
    // The first parameters go into locals: a message with up to two optional parameters then needs
    // no list buffer and no copy (List.of keeps them in one small immutable list).
    IsupParameter first = null;
    IsupParameter second = null;
    List<IsupParameter> list = null;
    int count = 0;
    while (true) {
      if (at >= length()) {
        throw new MalformedMessageException(
            "optional part without end of optional parameters octet", base + at, "Q.763 §1.8");
      }
      int code = get(at);
      if (code == 0) {
        break;
      }
      if (at + 1 >= length()) {
        throw new MalformedMessageException(
            "optional parameter length missing", base + at + 1, "Q.763 §1.8");
      }
      int length = get(at + 1);
      if (at + 2 + length > length()) {
        throw new MalformedMessageException(
            "optional parameter 0x"
                + Integer.toHexString(code)
                + " of "
                + length
                + " octets overruns the message",
            base + at,
            "Q.763 §1.8");
      }
      if (count == MAX_OPTIONAL_PARAMETERS) {
        throw new MalformedMessageException(
            "more than " + MAX_OPTIONAL_PARAMETERS + " optional parameters",
            base + at,
            "Q.763 §1.8");
      }
      Octets content = slice(at + 2, at + 2 + length);
      IsupParameter p;
      try {
        p = ParameterCodec.decode(code, content);
      } catch (MalformedMessageException e) {
        throw new MalformedMessageException(
            e.reason(),
            base + at + 2 + e.offset(),
            e.specReference() == null ? "Q.763 §3" : e.specReference());
      }
      if (count == 0) {
        first = p;
      } else if (count == 1) {
        second = p;
      } else {
        if (list == null) {
          list = new ArrayList<>(8);
          list.add(first);
          list.add(second);
        }
        list.add(p);
      }
      count++;
      at += 2 + length;
    }
    return switch (count) {
      case 0 -> OptionalParameters.NONE;
      case 1 -> new OptionalParameters(List.of(first));
      case 2 -> new OptionalParameters(List.of(first, second));
      default -> new OptionalParameters(list);
    };
  }
}
