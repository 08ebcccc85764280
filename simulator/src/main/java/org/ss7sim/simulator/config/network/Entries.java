package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlNode;

/**
 * Readers of the list entries that need nothing but themselves: CIC ranges, lines, IN triggers, GTT
 * targets, number translations, SMPP accounts.
 */
final class Entries {
  static final List<String> CSI_KEYS = List.of("service_key", "scf", "default_handling");
  static final List<String> PREPAID_KEYS =
      List.of("tariff", "max_period", "release_cause", "sms_price", "accounts");
  static final List<String> PREPAID_ACCOUNT_KEYS = List.of("msisdn", "count", "balance");

  /** An O-CSI of a subscriber block (TS 23.078 §4.3.1). */
  static CamelCsi csi(YamlNode node) {
    Fields f = Fields.of(node, "o_csi", CSI_KEYS);
    String handling =
        f.value("default_handling", Values::string, "release").toLowerCase(java.util.Locale.ROOT);
    if (!handling.equals("release") && !handling.equals("continue")) {
      throw new org.ss7sim.simulator.config.ConfigException(
          f.valueLocation("default_handling"),
          "default_handling: expected release or continue, found '" + handling + "'");
    }
    return new CamelCsi(
        f.value("service_key", Values.integer(0, Integer.MAX_VALUE), 1),
        f.require("scf", Values::name),
        handling.equals("release"));
  }

  static final List<String> FORWARDING_KEYS =
      List.of("cfu", "cfb", "cfnry", "cfnrc", "no_reply_time");

  /** A subscriber block's {@code call_forwarding}: forwarded-to number by service. */
  static java.util.Map<String, String> forwarding(YamlNode node) {
    Fields f = Fields.of(node, "call_forwarding", FORWARDING_KEYS);
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String service : SupplementaryProfile.FORWARDING_CODES.keySet()) {
      f.optional(service, Values::digits).ifPresent(n -> out.put(service, n));
    }
    return out;
  }

  /** The no-reply condition time of a {@code call_forwarding} (TS 23.082 §2.2.1: 5–30 s). */
  static int noReplyTime(YamlNode node) {
    return Fields.of(node, "call_forwarding", FORWARDING_KEYS)
        .value("no_reply_time", Values.integer(5, 30), 20);
  }

  /** One barring programme of a {@code call_barring} list. */
  static String barring(YamlNode node, String key) {
    String name = Values.string(node, key).toLowerCase(java.util.Locale.ROOT);
    if (!SupplementaryProfile.BARRING_CODES.containsKey(name)) {
      throw new ConfigException(
          node.location(),
          "call_barring: expected one of baoc, boic, boic_ex_hc, baic, bic_roam, found '"
              + name
              + "'");
    }
    return name;
  }

  /** The prepaid service of an SCP. */
  static PrepaidService prepaid(YamlNode node) {
    Fields f = Fields.of(node, "prepaid", PREPAID_KEYS);
    return new PrepaidService(
        f.value("tariff", Values.integer(0, 1_000_000), 1),
        f.value("max_period", Values::duration, Duration.ofSeconds(20)),
        f.value("release_cause", Values.integer(1, 127), 31),
        f.value("sms_price", Values.integer(0, 1_000_000), 1),
        f.list("accounts", (n, k) -> prepaidAccount(n)));
  }

  private static PrepaidService.PrepaidAccount prepaidAccount(YamlNode node) {
    Fields f = Fields.of(node, "prepaid account", PREPAID_ACCOUNT_KEYS);
    return new PrepaidService.PrepaidAccount(
        f.require("msisdn", Values::digits),
        f.value("count", Values.integer(1, 10_000_000), 1),
        f.value("balance", Values.integer(0, Integer.MAX_VALUE), 0));
  }

  static final List<String> USSD_MENU_KEYS = List.of("code", "text", "notify", "choices");
  static final List<String> USSD_CHOICE_KEYS = List.of("key", "text", "notify", "choices");

  /**
   * An HLR's {@code ussd_menus}: a list of {code, text, notify, choices}, each choice {key, text,
   * notify, choices}; codes and the keys of one level distinct, texts in the GSM 7-bit alphabet of
   * at most 182 characters (one USSD-String, TS 29.002 §17.7.4), at most {@link UssdMenu#MAX_DEPTH}
   * levels.
   */
  static List<UssdMenu> ussdMenus(Fields hlr) {
    List<UssdMenu> menus = hlr.list("ussd_menus", (n, k) -> ussdMenu(n, USSD_MENU_KEYS, "code", 1));
    distinctKeys(menus, hlr.valueLocation("ussd_menus"), "USSD service code");
    return menus;
  }

  private static UssdMenu ussdMenu(YamlNode node, List<String> keys, String keyName, int depth) {
    Fields f = Fields.of(node, "USSD menu", keys);
    if (depth > UssdMenu.MAX_DEPTH) {
      throw new ConfigException(
          f.location(), "USSD menus nest at most " + UssdMenu.MAX_DEPTH + " levels deep");
    }
    String key = f.require(keyName, Values::string).strip();
    if (key.isEmpty()) {
      throw new ConfigException(f.valueLocation(keyName), "USSD " + keyName + " is empty");
    }
    f.require("text");
    String text = ussdText(f, "text").orElseThrow();
    Optional<String> notify = ussdText(f, "notify");
    List<UssdMenu> choices =
        f.list("choices", (n, k) -> ussdMenu(n, USSD_CHOICE_KEYS, "key", depth + 1));
    if (f.has("choices")) {
      distinctKeys(choices, f.valueLocation("choices"), "USSD choice key");
    }
    return new UssdMenu(key, text, notify, choices);
  }

  private static Optional<String> ussdText(Fields f, String key) {
    Optional<String> text = f.optional(key, Values::string);
    text.ifPresent(
        t -> {
          if (t.isEmpty()) {
            throw new ConfigException(f.valueLocation(key), "USSD " + key + " is empty");
          }
          if (org.ss7sim.map.sms.GsmAlphabet.canEncode(t)) {
            int septets = org.ss7sim.map.sms.GsmAlphabet.septetCount(t);
            if (septets > 182) {
              throw new ConfigException(
                  f.valueLocation(key), "USSD " + key + " of " + septets + " septets (1..182)");
            }
          } else if (t.length() > 80) {
            throw new ConfigException(
                f.valueLocation(key),
                "USSD "
                    + key
                    + " in UCS2 (characters outside the GSM 7-bit alphabet) of "
                    + t.length()
                    + " characters (1..80)");
          }
        });
    return text;
  }

  private static void distinctKeys(
      List<UssdMenu> menus, org.ss7sim.simulator.config.Location where, String what) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (UssdMenu m : menus) {
      if (!seen.add(m.key())) {
        throw new ConfigException(where, what + " '" + m.key() + "' given twice");
      }
    }
  }

  static final List<String> LINE_KEYS = List.of("prefix", "behaviour", "answer_after");
  static final List<String> TRIGGER_KEYS = List.of("prefix", "scp", "service_key");
  static final List<String> TRANSLATION_KEYS =
      List.of("prefix", "service_key", "routing_number", "release_cause", "split");
  static final List<String> SHARE_KEYS = List.of("routing_number", "weight");
  static final List<String> ACCOUNT_KEYS =
      List.of(
          "system_id",
          "password",
          "throttle",
          "window",
          "short_codes",
          "allowed_host",
          "client_certificate");

  static final String DEFAULT_PASSWORD = KindReader.DEFAULT_PASSWORD;

  private Entries() {}

  /** A certificate's SHA-256 fingerprint: 64 hex digits, colons between octets allowed. */
  static String fingerprint(YamlNode node, String name) {
    String hex = Values.string(node, name).replace(":", "").toLowerCase(java.util.Locale.ROOT);
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new ConfigException(
          node.location(),
          name + ": expected the SHA-256 fingerprint of the ESME's certificate (64 hex digits)");
    }
    return hex;
  }

  static List<CicRange> cicRanges(YamlNode node, String key) {
    String text = Values.string(node, key);
    List<CicRange> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      String[] ends = p.split("-", -1);
      String what =
          "CICs like 1-31 or 1-15, 17-31 (each 0 to " + CicRange.MAX_CIC + ", first <= last)";
      try {
        int first = Integer.parseInt(ends[0].trim());
        int last = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : first;
        if (ends.length > 2) {
          throw new NumberFormatException();
        }
        out.add(new CicRange(first, last));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            node.location(), key + ": expected " + what + ", found '" + text + "'");
      }
    }
    return out;
  }

  static LineBlock line(YamlNode node) {
    Fields f = Fields.of(node, "line block", LINE_KEYS);
    return new LineBlock(
        f.require("prefix", Values::digits),
        f.value("behaviour", Values.enumeration(LineBehaviour.class), LineBehaviour.ANSWER),
        f.value("answer_after", Values::duration, Duration.ofMillis(200)),
        f.location());
  }

  static InTrigger trigger(YamlNode node) {
    Fields f = Fields.of(node, "in_trigger", TRIGGER_KEYS);
    return new InTrigger(
        f.require("prefix", Values::digits),
        f.require("scp", Values::name),
        f.value("service_key", Values.integer(0, Integer.MAX_VALUE), 1),
        f.location());
  }

  static OptionalInt optInt(Fields f, String key, int min, int max) {
    return f.optional(key, Values.integer(min, max))
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  static Target target(YamlNode node, String key) {
    String text = Values.string(node, key).trim();
    if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.startsWith("ansi:"))) {
      PointCode pc = Values.pointCode(node, key);
      return new Target.PointCodeTarget(pc);
    }
    return new Target.NodeTarget(Values.name(node, key));
  }

  static RoutingIndicator routingIndicator(YamlNode node, String key) {
    return switch (Values.string(node, key).trim()) {
      case "ssn" -> RoutingIndicator.ROUTE_ON_SSN;
      case "gt" -> RoutingIndicator.ROUTE_ON_GT;
      default ->
          throw new ConfigException(
              node.location(), key + ": expected ssn or gt, found " + node.describe());
    };
  }

  static NumberTranslation translation(YamlNode node) {
    Fields f = Fields.of(node, "translation", TRANSLATION_KEYS);
    String prefix = f.require("prefix", Values::digits);
    OptionalInt serviceKey = optInt(f, "service_key", 0, Integer.MAX_VALUE);
    String which = f.exactlyOne("routing_number", "release_cause", "split");
    NumberTranslation.Action action =
        switch (which) {
          case "routing_number" ->
              new NumberTranslation.RouteTo(f.require("routing_number", Values::digits));
          case "release_cause" ->
              new NumberTranslation.Release(f.require("release_cause", Values.integer(1, 127)));
          default -> new NumberTranslation.Split(f.list("split", Entries::share));
        };
    return new NumberTranslation(prefix, serviceKey, action, f.location());
  }

  static NumberTranslation.Share share(YamlNode node, String key) {
    Fields f = Fields.of(node, "split share", SHARE_KEYS);
    return new NumberTranslation.Share(
        f.require("routing_number", Values::digits),
        f.value("weight", Values.integer(1, 1_000_000), 1));
  }

  static SmppAccount account(YamlNode node) {
    Fields f = Fields.of(node, "smpp account", ACCOUNT_KEYS);
    String systemId = f.require("system_id", Values::string);
    if (systemId.isEmpty() || systemId.length() > 15) {
      throw new ConfigException(
          f.valueLocation("system_id"), "system_id: expected 1 to 15 characters (SMPP 3.4 §5.2.1)");
    }
    String password = f.value("password", Values::string, DEFAULT_PASSWORD);
    if (password.length() > 8) {
      throw new ConfigException(
          f.valueLocation("password"), "password: expected at most 8 characters (SMPP 3.4 §5.2.2)");
    }
    return new SmppAccount(
        systemId,
        password,
        f.value("throttle", Values.integer(0, 1_000_000), 0),
        f.value("window", Values.integer(1, 10_000), 10),
        f.list("short_codes", Values::digits),
        f.optional("allowed_host", Values::string),
        false,
        f.location(),
        f.optional("client_certificate", Entries::fingerprint));
  }
}
