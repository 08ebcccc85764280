package org.ss7sim.simulator.config.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.wire.Octets;

/** Converters for the scalar types of the configuration files. */
public final class Values {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private Values() {}

  static ConfigException expected(YamlNode node, String name, String what) {
    return new ConfigException(
        node.location(), name + ": expected " + what + ", found " + node.describe());
  }

  private static YamlScalar scalar(YamlNode node, String name, String what) {
    if (node instanceof YamlScalar s && !s.isNull()) {
      return s;
    }
    throw expected(node, name, what);
  }

  /** Any scalar, as written. */
  public static String string(YamlNode node, String name) {
    return scalar(node, name, "a string").text();
  }

  /** A name of a node, link or the like: a letter, then letters, digits, '_', '.', '-'. */
  public static String name(YamlNode node, String name) {
    String text = scalar(node, name, "a name").text();
    if (!NAME.matcher(text).matches()) {
      throw expected(node, name, "a name (a letter, then letters, digits, '_', '.' or '-')");
    }
    return text;
  }

  /** Decimal digits, possibly none (a prefix matching everything). */
  public static String digits(YamlNode node, String name) {
    String text = scalar(node, name, "digits").text();
    if (!text.matches("[0-9]*")) {
      throw expected(node, name, "decimal digits");
    }
    return text;
  }

  /** Address digits as SCCP carries them: 0-9 and the hex digits a-f (lower case). */
  public static String addressDigits(YamlNode node, String name) {
    String text = scalar(node, name, "digits").text().toLowerCase(Locale.ROOT);
    if (!text.matches("[0-9a-f]*")) {
      throw expected(node, name, "address digits (0-9, a-f)");
    }
    return text;
  }

  /** An integer in {@code [min, max]}; quoted integers are accepted too. */
  public static Converter<Integer> integer(long min, long max) {
    return (node, name) -> {
      String what = "an integer from " + min + " to " + max;
      YamlScalar s = scalar(node, name, what);
      try {
        long v = Long.parseLong(s.text().trim());
        if (v < min || v > max) {
          throw expected(node, name, what);
        }
        return (int) v;
      } catch (NumberFormatException e) {
        throw expected(node, name, what);
      }
    };
  }

  /** A long in {@code [min, max]}. */
  public static Converter<Long> longInteger(long min, long max) {
    return (node, name) -> {
      String what = "an integer from " + min + " to " + max;
      YamlScalar s = scalar(node, name, what);
      try {
        long v = Long.parseLong(s.text().trim());
        if (v < min || v > max) {
          throw expected(node, name, what);
        }
        return v;
      } catch (NumberFormatException e) {
        throw expected(node, name, what);
      }
    };
  }

  /** A number in {@code [min, max]}. */
  public static Converter<Double> number(double min, double max) {
    return (node, name) -> {
      String what = "a number from " + trim(min) + " to " + trim(max);
      YamlScalar s = scalar(node, name, what);
      try {
        double v = Double.parseDouble(s.text().trim());
        if (!(v >= min && v <= max)) {
          throw expected(node, name, what);
        }
        return v;
      } catch (NumberFormatException e) {
        throw expected(node, name, what);
      }
    };
  }

  private static String trim(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** {@code true} or {@code false}. */
  public static boolean bool(YamlNode node, String name) {
    YamlScalar s = scalar(node, name, "true or false");
    return switch (s.text().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw expected(node, name, "true or false");
    };
  }

  /**
   * A duration with a unit: {@code 500ms}, {@code 30s}, {@code 1.5s}, {@code 5m}, {@code 2h},
   * {@code 1d}; or 0.
   */
  public static Duration duration(YamlNode node, String name) {
    String what = "a duration like 500ms, 30s, 5m or 2h";
    String text = scalar(node, name, what).text().trim();
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw expected(node, name, what);
    }
    double amount = Double.parseDouble(m.group(1));
    double millis =
        switch (m.group(2)) {
          case "ms" -> amount;
          case "s" -> amount * 1_000;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount * 86_400_000;
        };
    if (millis > 365L * 86_400_000) {
      throw expected(node, name, "a duration of at most a year");
    }
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  /** A point code: an integer, zone-area-point (3-8-3), or {@code ansi:network-cluster-member}. */
  public static PointCode pointCode(YamlNode node, String name) {
    String what = "a point code (an integer 0-16383, zone-area-point like 2-100-1, or ansi:n-c-m)";
    String text = scalar(node, name, what).text();
    try {
      return PointCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw expected(node, name, what);
    }
  }

  /** Exactly {@code bytes} octets written as hex digits. */
  public static Converter<Octets> hex(int bytes) {
    return (node, name) -> {
      String what = bytes + " octets as " + (2 * bytes) + " hex digits";
      String text = scalar(node, name, what).text().trim();
      if (!text.matches("[0-9a-fA-F]{" + (2 * bytes) + "}")) {
        throw expected(node, name, what);
      }
      return Octets.fromHex(text);
    };
  }

  /**
   * One of the constants of {@code type}, written in lower case ({@code MEMORY_FULL} as {@code
   * memory_full}); a misspelling gets a suggestion.
   */
  public static <E extends Enum<E>> Converter<E> enumeration(Class<E> type) {
    return (node, name) -> {
      E[] constants = type.getEnumConstants();
      List<String> names = new ArrayList<>();
      for (E c : constants) {
        names.add(c.name().toLowerCase(Locale.ROOT));
      }
      String what = "one of " + String.join(", ", names);
      String text =
          scalar(node, name, what).text().trim().toLowerCase(Locale.ROOT).replace('-', '_');
      for (E c : constants) {
        if (c.name().toLowerCase(Locale.ROOT).equals(text)) {
          return c;
        }
      }
      Optional<String> near = Spelling.nearest(text, names);
      String message = name + ": expected " + what + ", found " + node.describe();
      throw new ConfigException(
          node.location(), near.map(s -> message + " (did you mean '" + s + "'?)").orElse(message));
    };
  }

  /**
   * One of {@code choices}, by its name (any case, '-' for '_'); an unknown name is reported with
   * the names and the nearest one.
   */
  public static <T> Converter<T> named(
      List<? extends T> choices, java.util.function.Function<? super T, String> name) {
    return (node, key) -> {
      List<String> names = new ArrayList<>();
      for (T c : choices) {
        names.add(name.apply(c));
      }
      String what = "one of " + String.join(", ", names);
      String text =
          scalar(node, key, what).text().trim().toLowerCase(Locale.ROOT).replace('-', '_');
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(text)) {
          return choices.get(i);
        }
      }
      Optional<String> near = Spelling.nearest(text, names);
      String message = key + ": expected " + what + ", found " + node.describe();
      throw new ConfigException(
          node.location(), near.map(s -> message + " (did you mean '" + s + "'?)").orElse(message));
    };
  }

  /** A list of values; a single value stands for a list of one. */
  public static <T> Converter<List<T>> listOf(Converter<T> item) {
    return (node, name) -> {
      List<T> out = new ArrayList<>();
      if (node instanceof YamlList l) {
        for (YamlNode n : l.items()) {
          out.add(item.convert(n, name));
        }
      } else {
        out.add(item.convert(node, name));
      }
      return List.copyOf(out);
    };
  }
}
