package org.ss7sim.simulator.firewall;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * MAP operation codes by their ASN.1 names (TS 29.002 §17.5, MAP-Protocol), as rules name them;
 * also short names (ati, psi, sri-sm …). Matching ignores case, '-' and '_'. A rule may give a code
 * by number instead, so an operation missing here can still be matched.
 */
public final class Operations {
  private static final Map<String, Integer> CODES = new LinkedHashMap<>();
  private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

  static {
    name(2, "updateLocation", "ul");
    name(3, "cancelLocation", "cl");
    name(4, "provideRoamingNumber", "prn");
    name(7, "insertSubscriberData", "isd");
    name(8, "deleteSubscriberData", "dsd");
    name(10, "registerSS", "register-ss");
    name(11, "eraseSS", "erase-ss");
    name(12, "activateSS", "activate-ss");
    name(13, "deactivateSS", "deactivate-ss");
    name(14, "interrogateSS", "interrogate-ss");
    name(22, "sendRoutingInfo", "sri");
    name(23, "updateGprsLocation", "ul-gprs");
    name(24, "sendRoutingInfoForGprs", "sri-gprs");
    name(43, "checkIMEI", "check-imei");
    name(44, "mt-forwardSM", "mt-fsm");
    name(45, "sendRoutingInfoForSM", "sri-sm");
    name(46, "mo-forwardSM", "mo-fsm");
    name(47, "reportSM-DeliveryStatus", "rsds");
    name(55, "sendIdentification", "send-identification");
    name(56, "sendAuthenticationInfo", "sai");
    name(58, "sendIMSI", "send-imsi");
    name(59, "processUnstructuredSS-Request", "ussd");
    name(62, "anyTimeSubscriptionInterrogation", "atsi");
    name(65, "anyTimeModification", "atm");
    name(67, "purgeMS", "purge-ms");
    name(70, "provideSubscriberInfo", "psi");
    name(71, "anyTimeInterrogation", "ati");
    name(83, "provideSubscriberLocation", "psl");
    name(85, "sendRoutingInfoForLCS", "sri-lcs");
  }

  private Operations() {}

  private static void name(int code, String asn1, String shortName) {
    CODES.put(key(asn1), code);
    CODES.put(key(shortName), code);
    NAMES.put(code, asn1);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  /** The code of an operation name, or of a number written as text (0–255). */
  public static OptionalInt code(String nameOrNumber) {
    String t = nameOrNumber.trim();
    if (t.matches("\\d{1,3}")) {
      int n = Integer.parseInt(t);
      return n <= 255 ? OptionalInt.of(n) : OptionalInt.empty();
    }
    Integer c = CODES.get(key(t));
    return c == null ? OptionalInt.empty() : OptionalInt.of(c);
  }

  /** The ASN.1 name of a code, or the number. */
  public static String name(int code) {
    return Optional.ofNullable(NAMES.get(code)).orElse(Integer.toString(code));
  }
}
