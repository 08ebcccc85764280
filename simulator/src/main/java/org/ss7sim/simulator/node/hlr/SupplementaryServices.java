package org.ss7sim.simulator.node.hlr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.error.RawErrorParam;
import org.ss7sim.map.message.BasicServiceCode;
import org.ss7sim.map.message.CallBarringFeature;
import org.ss7sim.map.message.CallBarringInfo;
import org.ss7sim.map.message.ExtCallBarInfo;
import org.ss7sim.map.message.ExtCallBarringFeature;
import org.ss7sim.map.message.ExtForwFeature;
import org.ss7sim.map.message.ExtForwInfo;
import org.ss7sim.map.message.ExtSsInfo;
import org.ss7sim.map.message.ForwardingData;
import org.ss7sim.map.message.ForwardingFeature;
import org.ss7sim.map.message.ForwardingInfo;
import org.ss7sim.map.message.InterrogateSsRes;
import org.ss7sim.map.message.RegisterSsArg;
import org.ss7sim.map.message.SsCode;
import org.ss7sim.map.message.SsForBsCode;
import org.ss7sim.map.message.SsInfo;
import org.ss7sim.simulator.config.network.SupplementaryProfile;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;

/**
 * The call forwarding and call barring an HLR holds for its subscribers (TS 23.082, TS 23.088, TS
 * 29.002 §11.2–§11.6), starting from the network file's {@code call_forwarding} and {@code
 * call_barring}. Every forwarding and barring service is provisioned for every subscriber;
 * registerSS, eraseSS, activateSS, deactivateSS and interrogateSS change and read the SS-Status (TS
 * 23.011 §2: P provisioned, R registered, A active, Q quiescent):
 *
 * <ul>
 *   <li>registerSS of a forwarding service (or the allForwarding / allCondForwarding group) with a
 *       forwarded-to number registers and activates it (TS 23.082 §1.2.1);
 *   <li>eraseSS takes the registration away (back to provisioned);
 *   <li>activateSS / deactivateSS switch a registered forwarding service or a barring programme on
 *       and off; forwarding with nothing registered is ss-ErrorStatus with the current status;
 *   <li>a code that is neither (CLIP, …), or registration / erasure of barring, is
 *       illegalSS-Operation (barring has no registration, TS 23.088 §1.2);
 *   <li>a missing forwarded-to number is dataMissing; a no-reply time outside 5–30 s
 *       unexpectedDataValue.
 * </ul>
 *
 * Conditional forwarding is quiescent while CFU is active (TS 23.082 §1.6). A change is what the
 * HLR then sends the serving VLR in InsertSubscriberData ({@link #provisioned}). Owned by the HLR's
 * thread; pure (no MAP dialogues here).
 */
final class SupplementaryServices {
  static final int ACTIVE = 0x01;
  static final int REGISTERED = 0x02;
  static final int PROVISIONED = 0x04;
  static final int QUIESCENT = 0x08;

  /** SS-Status: provisioned, registered, active. */
  static final int PROVISIONED_REGISTERED_ACTIVE = PROVISIONED | REGISTERED | ACTIVE;

  static final int CFU = 0x21;
  static final int CFB = 0x29;
  static final int CFNRY = 0x2a;
  static final int CFNRC = 0x2b;
  static final List<Integer> FORWARDING = List.of(CFU, CFB, CFNRY, CFNRC);
  static final List<Integer> BARRING = List.of(0x92, 0x93, 0x94, 0x9a, 0x9b);

  /** A registered forwarded-to number (TS 23.082 §1.2). */
  record Forwarding(String number, boolean active, int noReplyTime) {}

  /** The answer to one SS operation: a result or an error, and the codes whose data changed. */
  record Answer<R>(R result, MapError error, List<Integer> changed) {
    static <R> Answer<R> error(MapErrorCode code) {
      return new Answer<>(null, MapError.of(code), List.of());
    }
  }

  private static final class Profile {
    final Map<Integer, Forwarding> forwarding = new TreeMap<>();
    final Set<Integer> barring = new TreeSet<>();
  }

  private final Subscribers subscribers;
  private final Map<String, Profile> profiles = new HashMap<>();

  SupplementaryServices(Subscribers subscribers) {
    this.subscribers = subscribers;
  }

  private Profile profile(String imsi) {
    return profiles.computeIfAbsent(
        imsi,
        k -> {
          Profile p = new Profile();
          SupplementaryProfile start =
              subscribers
                  .blockOfImsi(k)
                  .map(b -> b.services() == null ? SupplementaryProfile.NONE : b.services())
                  .orElse(SupplementaryProfile.NONE);
          start
              .forwarding()
              .forEach(
                  (name, number) ->
                      p.forwarding.put(
                          SupplementaryProfile.FORWARDING_CODES.get(name),
                          new Forwarding(number, true, start.noReplyTime())));
          start
              .barring()
              .forEach(name -> p.barring.add(SupplementaryProfile.BARRING_CODES.get(name)));
          return p;
        });
  }

  /** The forwarding services a code names: itself, or the members of its group (§17.7.5). */
  static List<Integer> forwardingMembers(int code) {
    return switch (code) {
      case 0x20 -> FORWARDING; // allForwardingSS
      case 0x28 -> List.of(CFB, CFNRY, CFNRC); // allCondForwardingSS
      case CFU, CFB, CFNRY, CFNRC -> List.of(code);
      default -> List.of();
    };
  }

  /** The barring programmes a code names: itself, or the members of its group (§17.7.5). */
  static List<Integer> barringMembers(int code) {
    return switch (code) {
      case 0x90 -> BARRING; // allBarringSS
      case 0x91 -> List.of(0x92, 0x93, 0x94); // barringOfOutgoingCalls
      case 0x99 -> List.of(0x9a, 0x9b); // barringOfIncomingCalls
      case 0x92, 0x93, 0x94, 0x9a, 0x9b -> List.of(code);
      default -> List.of();
    };
  }

  /** The SS-Status of one forwarding service or barring programme of {@code imsi}. */
  int status(String imsi, int code) {
    Profile p = profile(imsi);
    if (BARRING.contains(code)) {
      return PROVISIONED | (p.barring.contains(code) ? ACTIVE : 0);
    }
    Forwarding f = p.forwarding.get(code);
    if (f == null) {
      return PROVISIONED;
    }
    int s = PROVISIONED | REGISTERED | (f.active() ? ACTIVE : 0);
    if (code != CFU && f.active() && cfuActive(p)) {
      s |= QUIESCENT;
    }
    return s;
  }

  private static boolean cfuActive(Profile p) {
    Forwarding cfu = p.forwarding.get(CFU);
    return cfu != null && cfu.active();
  }

  /** registerSS (§11.2). */
  Answer<SsInfo> register(String imsi, RegisterSsArg a) {
    List<Integer> members = forwardingMembers(a.ssCode().code());
    if (members.isEmpty()) {
      return Answer.error(MapErrorCode.ILLEGAL_SS_OPERATION);
    }
    if (a.forwardedToNumber() == null || a.forwardedToNumber().digits().isEmpty()) {
      return Answer.error(MapErrorCode.DATA_MISSING);
    }
    Integer time = a.noReplyConditionTime();
    if (time != null && (time < 5 || time > 30)) {
      return Answer.error(MapErrorCode.UNEXPECTED_DATA_VALUE);
    }
    Profile p = profile(imsi);
    for (int code : members) {
      Forwarding before = p.forwarding.get(code);
      int t = time != null ? time : before != null ? before.noReplyTime() : 20;
      p.forwarding.put(code, new Forwarding(a.forwardedToNumber().digits(), true, t));
    }
    return new Answer<>(
        forwardingInfo(imsi, a.ssCode(), a.basicService(), members), null, affected(p, members));
  }

  /**
   * The codes whose VLR data a change of {@code changed} touches: CFU's state makes the registered
   * conditional forwarding quiescent or operative again (TS 23.082 §1.6).
   */
  private static List<Integer> affected(Profile p, List<Integer> changed) {
    if (!changed.contains(CFU)) {
      return changed;
    }
    List<Integer> out = new ArrayList<>(changed);
    for (int c : List.of(CFB, CFNRY, CFNRC)) {
      if (!out.contains(c) && p.forwarding.containsKey(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** eraseSS (§11.3): forwarding only; nothing registered is ss-ErrorStatus. */
  Answer<SsInfo> erase(String imsi, SsForBsCode a) {
    List<Integer> members = forwardingMembers(a.ssCode().code());
    if (members.isEmpty()) {
      return Answer.error(MapErrorCode.ILLEGAL_SS_OPERATION);
    }
    Profile p = profile(imsi);
    if (members.stream().noneMatch(p.forwarding::containsKey)) {
      return errorStatus(status(imsi, members.get(0)));
    }
    List<Integer> changed = members.stream().filter(p.forwarding::containsKey).toList();
    changed.forEach(p.forwarding::remove);
    return new Answer<>(
        forwardingInfo(imsi, a.ssCode(), a.basicService(), members), null, affected(p, changed));
  }

  /** activateSS (§11.4) and deactivateSS (§11.5). */
  Answer<SsInfo> activate(String imsi, SsForBsCode a, boolean on) {
    int code = a.ssCode().code();
    Profile p = profile(imsi);
    List<Integer> barring = barringMembers(code);
    if (!barring.isEmpty()) {
      List<Integer> changed = barring.stream().filter(b -> p.barring.contains(b) != on).toList();
      if (on) {
        p.barring.addAll(barring);
      } else {
        p.barring.removeAll(barring);
      }
      return new Answer<>(
          SsInfo.of(
              new CallBarringInfo(
                  a.ssCode(),
                  List.of(
                      new CallBarringFeature(
                          a.basicService(),
                          Octets.ofUnsigned(status(imsi, barring.get(0))),
                          List.of())),
                  List.of())),
          null,
          changed);
    }
    List<Integer> members = forwardingMembers(code);
    if (members.isEmpty()) {
      return Answer.error(MapErrorCode.ILLEGAL_SS_OPERATION);
    }
    List<Integer> registered = members.stream().filter(p.forwarding::containsKey).toList();
    if (registered.isEmpty()) {
      return errorStatus(status(imsi, members.get(0)));
    }
    List<Integer> changed = new ArrayList<>();
    for (int m : registered) {
      Forwarding f = p.forwarding.get(m);
      if (f.active() != on) {
        p.forwarding.put(m, new Forwarding(f.number(), on, f.noReplyTime()));
        changed.add(m);
      }
    }
    return new Answer<>(
        forwardingInfo(imsi, a.ssCode(), a.basicService(), members), null, affected(p, changed));
  }

  /** interrogateSS (§11.6): the status, with the forwarded-to number of a forwarding service. */
  Answer<InterrogateSsRes> interrogate(String imsi, SsForBsCode a) {
    int code = a.ssCode().code();
    if (!barringMembers(code).isEmpty()) {
      return new Answer<>(
          new InterrogateSsRes(
              Octets.ofUnsigned(status(imsi, barringMembers(code).get(0))), null, null, null),
          null,
          List.of());
    }
    List<Integer> members = forwardingMembers(code);
    if (members.isEmpty()) {
      return Answer.error(MapErrorCode.SS_NOT_AVAILABLE);
    }
    return new Answer<>(
        new InterrogateSsRes(null, null, features(imsi, a.basicService(), members.get(0)), null),
        null,
        List.of());
  }

  private Answer<SsInfo> errorStatus(int status) {
    // ss-ErrorStatus carries the SS-Status (TS 29.002 §17.6.6: SS-Status OCTET STRING)
    return new Answer<>(
        null,
        new MapError(
            MapErrorCode.SS_ERROR_STATUS,
            new RawErrorParam(Octets.fromHex(String.format("0401%02x", status)))),
        List.of());
  }

  private SsInfo forwardingInfo(
      String imsi, SsCode requested, BasicServiceCode basic, List<Integer> members) {
    return SsInfo.of(
        new ForwardingInfo(requested, features(imsi, basic, members.get(0)), List.of()));
  }

  private List<ForwardingFeature> features(String imsi, BasicServiceCode basic, int code) {
    Forwarding f = profile(imsi).forwarding.get(code);
    return List.of(
        new ForwardingFeature(
            basic,
            Octets.ofUnsigned(status(imsi, code)),
            f == null ? null : AddressString.international(f.number()),
            null,
            null,
            f != null && code == CFNRY ? f.noReplyTime() : null,
            null,
            List.of()));
  }

  /** The registered forwarding of {@code code} when it is active and not quiescent. */
  Optional<Forwarding> operative(String imsi, int code) {
    if ((status(imsi, code) & (ACTIVE | QUIESCENT)) != ACTIVE) {
      return Optional.empty();
    }
    return Optional.of(profile(imsi).forwarding.get(code));
  }

  /** The number a subscriber's calls are forwarded to unconditionally, if any. */
  Optional<String> forwardedTo(String imsi) {
    return operative(imsi, CFU).map(Forwarding::number);
  }

  /**
   * The SS data of InsertSubscriberData's provisionedSS (TS 29.002 §8.8.1, §17.7.1) for {@code
   * codes}: an Ext-ForwInfo per forwarding service (its status, and its number and no-reply time
   * when registered), one Ext-CallBarInfo for the barring programmes. {@code codes} null: what an
   * UpdateLocation gives the new VLR, every service registered or active.
   */
  List<ExtSsInfo> provisioned(String imsi, List<Integer> codes) {
    Profile p = profile(imsi);
    List<Integer> forwarding =
        codes == null
            ? List.copyOf(p.forwarding.keySet())
            : codes.stream().filter(FORWARDING::contains).toList();
    List<Integer> barring =
        codes == null ? List.copyOf(p.barring) : codes.stream().filter(BARRING::contains).toList();
    List<ExtSsInfo> out = new ArrayList<>();
    for (int code : forwarding) {
      Forwarding f = p.forwarding.get(code);
      out.add(
          ExtSsInfo.of(
              new ExtForwInfo(
                  new SsCode(code),
                  List.of(
                      new ExtForwFeature(
                          BasicServiceCode.ALL_TELESERVICES,
                          Octets.ofUnsigned(status(imsi, code)),
                          f == null ? null : AddressString.international(f.number()),
                          null,
                          null,
                          f != null && code == CFNRY ? f.noReplyTime() : null,
                          null,
                          null,
                          List.of())),
                  null,
                  List.of())));
    }
    for (int code : barring) {
      out.add(
          ExtSsInfo.of(
              new ExtCallBarInfo(
                  new SsCode(code),
                  List.of(
                      new ExtCallBarringFeature(
                          BasicServiceCode.ALL_TELESERVICES,
                          Octets.ofUnsigned(status(imsi, code)),
                          null,
                          List.of())),
                  null,
                  List.of())));
    }
    return out;
  }

  /**
   * SendRoutingInfoRes's extendedRoutingInfo as forwardingData (TS 29.002 §10.1, §17.7.3):
   * ForwardingData ::= SEQUENCE { forwardedToNumber [5] ISDN-AddressString, ... }, kept as the
   * element the result's codec places in its position.
   */
  static RawElement forwardingData(String number) {
    return org.ss7sim.map.message.Elements.forwardingData(forwardingDataOf(number));
  }

  /** ForwardingData with the forwarded-to number only. */
  static ForwardingData forwardingDataOf(String number) {
    return new ForwardingData(
        AddressString.international(number), null, null, null, null, List.of());
  }
}
