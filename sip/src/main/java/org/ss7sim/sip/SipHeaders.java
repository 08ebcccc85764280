package org.ss7sim.sip;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.Header;
import javax.sip.header.ReasonHeader;
import javax.sip.message.Request;

/**
 * Reading what the interworking needs from a received message: URIs as {@link SipUri}, the
 * P-Asserted-Identity (RFC 3325 §9.1), the Privacy values (RFC 3323 §4.2), the Q.850 cause of a
 * Reason header (RFC 3326). Pure.
 */
final class SipHeaders {
  private static final AddressFactory ADDRESSES = new AddressFactoryImpl();

  private SipHeaders() {}

  static Optional<SipUri> sipUri(URI uri) {
    if (uri instanceof SipURI s) {
      String user = s.getUser() == null ? "" : s.getUser();
      String host = s.getHost() == null ? "" : s.getHost();
      if (host.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new SipUri(s.isSecure() ? "sips" : "sip", user, host, Math.max(0, s.getPort())));
    }
    if (uri instanceof TelURL t) {
      return Optional.of(new SipUri("tel", (t.isGlobal() ? "+" : "") + t.getPhoneNumber(), "", 0));
    }
    return Optional.empty();
  }

  static Optional<SipUri> assertedIdentity(Request request) {
    ListIterator<?> it = request.getHeaders("P-Asserted-Identity");
    while (it != null && it.hasNext()) {
      String value = headerValue((Header) it.next());
      for (String part : value.split(",")) {
        String text = part.trim();
        int lt = text.indexOf('<');
        int gt = text.indexOf('>');
        if (lt >= 0 && gt > lt) {
          text = text.substring(lt + 1, gt);
        }
        try {
          Optional<SipUri> u = sipUri(ADDRESSES.createURI(text));
          if (u.isPresent()) {
            return u;
          }
        } catch (ParseException e) {
          // an unusable identity is ignored, as if absent (RFC 3325 §9.1)
        }
      }
    }
    return Optional.empty();
  }

  static Set<String> privacy(Request request) {
    Set<String> values = new LinkedHashSet<>();
    ListIterator<?> it = request.getHeaders("Privacy");
    while (it != null && it.hasNext()) {
      for (String v : headerValue((Header) it.next()).split("[;,]")) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
          values.add(t);
        }
      }
    }
    return values;
  }

  private static String headerValue(Header h) {
    String s = h.toString();
    int colon = s.indexOf(':');
    return (colon < 0 ? s : s.substring(colon + 1)).trim();
  }

  static OptionalInt q850Cause(javax.sip.message.Message message) {
    ListIterator<?> it = message.getHeaders(ReasonHeader.NAME);
    while (it != null && it.hasNext()) {
      Object h = it.next();
      if (h instanceof ReasonHeader r
          && "Q.850".equalsIgnoreCase(r.getProtocol())
          && r.getCause() > 0
          && r.getCause() < 128) {
        return OptionalInt.of(r.getCause());
      }
    }
    return OptionalInt.empty();
  }
}
