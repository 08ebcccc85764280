package org.ss7sim.tcap.dialogue;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** Encodes and decodes the dialogue portion (Q.773 §4.2.1). */
public final class DialoguePortionCodec {
  /** {@code DialoguePortion ::= [APPLICATION 11] EXTERNAL}. */
  public static final int TAG = BerTag.applicationConstructed(11);

  private static final int AARQ = BerTag.applicationConstructed(0);
  private static final int AARE = BerTag.applicationConstructed(1);
  private static final int ABRT = BerTag.applicationConstructed(4);
  private static final int PROTOCOL_VERSION = BerTag.context(0);
  private static final int ACN = BerTag.contextConstructed(1);
  private static final int RESULT = BerTag.contextConstructed(2);
  private static final int DIAGNOSTIC = BerTag.contextConstructed(3);
  private static final int ABORT_SOURCE = BerTag.context(0);
  private static final int USER_INFORMATION = BerTag.contextConstructed(30);
  private static final int SINGLE_ASN1_TYPE = BerTag.contextConstructed(0);

  private DialoguePortionCodec() {}

  /** Decodes the dialogue portion the reader has just read with {@code next()}. */
  public static DialoguePortion decode(BerReader portion) throws MalformedMessageException {
    BerReader external = portion.enter().expect(BerTag.EXTERNAL, "EXTERNAL").enter();
    Octets reference = null;
    if (external.nextIf(BerTag.OBJECT_IDENTIFIER)) {
      reference = external.value();
    }
    if (external.nextIf(BerTag.INTEGER)) {
      external.longValue(); // indirect-reference: not used by TCAP
    }
    BerReader single = external.expect(SINGLE_ASN1_TYPE, "single-ASN1-type").enter();
    external.requireEnd("EXTERNAL");
    boolean uni = DialoguePortion.UNI_DIALOGUE_AS_ID.content().equals(reference);
    if (!uni && !DialoguePortion.DIALOGUE_AS_ID.content().equals(reference)) {
      throw external.error("unknown dialogue abstract syntax " + reference);
    }
    int t = single.next();
    BerReader apdu = single.enter();
    DialoguePdu pdu;
    if (uni) {
      if (t != AARQ) {
        throw single.error("expected AUDT");
      }
      pdu = decodeAudt(apdu);
    } else if (t == AARQ) {
      pdu = decodeAarq(apdu);
    } else if (t == AARE) {
      pdu = decodeAare(apdu);
    } else if (t == ABRT) {
      pdu = decodeAbrt(apdu);
    } else {
      throw single.error("expected AARQ, AARE or ABRT");
    }
    single.requireEnd("single-ASN1-type");
    return new DialoguePortion(pdu);
  }

  private static BitString version(BerReader in) throws MalformedMessageException {
    return in.nextIf(PROTOCOL_VERSION) ? in.bitString() : null;
  }

  private static ObjectIdentifier acn(BerReader in) throws MalformedMessageException {
    BerReader a = in.expect(ACN, "application-context-name").enter();
    ObjectIdentifier oid = a.expect(BerTag.OBJECT_IDENTIFIER, "application-context-name").oid();
    a.requireEnd("application-context-name");
    return oid;
  }

  private static Octets userInformation(BerReader in) throws MalformedMessageException {
    Octets ui = in.nextIf(USER_INFORMATION) ? in.value() : null;
    while (in.hasNext()) {
      in.next(); // extension fields after user-information are skipped
    }
    return ui;
  }

  private static Aarq decodeAarq(BerReader in) throws MalformedMessageException {
    BitString v = version(in);
    ObjectIdentifier acn = acn(in);
    return new Aarq(v, acn, userInformation(in));
  }

  private static Audt decodeAudt(BerReader in) throws MalformedMessageException {
    BitString v = version(in);
    ObjectIdentifier acn = acn(in);
    return new Audt(v, acn, userInformation(in));
  }

  private static Aare decodeAare(BerReader in) throws MalformedMessageException {
    BitString v = version(in);
    ObjectIdentifier acn = acn(in);
    BerReader r = in.expect(RESULT, "result").enter();
    int result = r.expect(BerTag.INTEGER, "Associate-result").intValue();
    if (result < 0 || result > 1) {
      throw r.error("Associate-result " + result + " unknown");
    }
    BerReader d = in.expect(DIAGNOSTIC, "result-source-diagnostic").enter();
    int which = d.next();
    if (which != BerTag.contextConstructed(1) && which != BerTag.contextConstructed(2)) {
      throw d.error("expected dialogue-service-user [1] or dialogue-service-provider [2]");
    }
    int code = d.enter().expect(BerTag.INTEGER, "diagnostic").intValue();
    SourceDiagnostic diag = new SourceDiagnostic(which == BerTag.contextConstructed(2), code);
    return new Aare(v, acn, AssociateResult.values()[result], diag, userInformation(in));
  }

  private static Abrt decodeAbrt(BerReader in) throws MalformedMessageException {
    int source = in.expect(ABORT_SOURCE, "abort-source").intValue();
    if (source < 0 || source > 1) {
      throw in.error("abort-source " + source + " unknown");
    }
    return new Abrt(Abrt.AbortSource.values()[source], userInformation(in));
  }

  private static int versionLength(BitString v) {
    return v == null ? 0 : BerWriter.elementLength(PROTOCOL_VERSION, 1 + v.bytes().length());
  }

  private static int acnLength(ObjectIdentifier acn) {
    return BerWriter.elementLength(
        ACN, BerWriter.elementLength(BerTag.OBJECT_IDENTIFIER, acn.content().length()));
  }

  private static int userInformationLength(Octets ui) {
    return ui == null ? 0 : BerWriter.elementLength(USER_INFORMATION, ui.length());
  }

  private static int diagnosticTag(Aare r) {
    return BerTag.contextConstructed(r.diagnostic().provider() ? 2 : 1);
  }

  private static int apduTag(DialoguePdu pdu) {
    return pdu instanceof Aare ? AARE : pdu instanceof Abrt ? ABRT : AARQ;
  }

  private static int apduContentLength(DialoguePdu pdu) {
    if (pdu instanceof Aarq q) {
      return versionLength(q.protocolVersion())
          + acnLength(q.applicationContext())
          + userInformationLength(q.userInformation());
    }
    if (pdu instanceof Audt u) {
      return versionLength(u.protocolVersion())
          + acnLength(u.applicationContext())
          + userInformationLength(u.userInformation());
    }
    if (pdu instanceof Aare r) {
      return versionLength(r.protocolVersion())
          + acnLength(r.applicationContext())
          + BerWriter.elementLength(RESULT, BerWriter.integerElementLength(r.result().code()))
          + BerWriter.elementLength(
              DIAGNOSTIC,
              BerWriter.elementLength(
                  diagnosticTag(r), BerWriter.integerElementLength(r.diagnostic().code())))
          + userInformationLength(r.userInformation());
    }
    Abrt a = (Abrt) pdu;
    return BerWriter.integerElementLength(a.source().ordinal())
        + userInformationLength(a.userInformation());
  }

  private static ObjectIdentifier abstractSyntax(DialoguePdu pdu) {
    return pdu instanceof Audt
        ? DialoguePortion.UNI_DIALOGUE_AS_ID
        : DialoguePortion.DIALOGUE_AS_ID;
  }

  private static int externalContentLength(DialoguePdu pdu, int apduContent) {
    return BerWriter.elementLength(BerTag.OBJECT_IDENTIFIER, abstractSyntax(pdu).content().length())
        + BerWriter.elementLength(
            SINGLE_ASN1_TYPE, BerWriter.elementLength(apduTag(pdu), apduContent));
  }

  /** Octets the whole dialogue portion takes when encoded. */
  public static int encodedLength(DialoguePortion dp) {
    int external = externalContentLength(dp.pdu(), apduContentLength(dp.pdu()));
    return BerWriter.elementLength(TAG, BerWriter.elementLength(BerTag.EXTERNAL, external));
  }

  /**
   * Writes the dialogue portion with its {@code [APPLICATION 11]} tag; lengths are measured first,
   * so nothing is moved.
   */
  public static void encode(DialoguePortion dp, BerWriter w) {
    DialoguePdu pdu = dp.pdu();
    int apduContent = apduContentLength(pdu);
    int external = externalContentLength(pdu, apduContent);
    w.header(TAG, BerWriter.elementLength(BerTag.EXTERNAL, external));
    w.header(BerTag.EXTERNAL, external);
    w.oid(abstractSyntax(pdu));
    w.header(SINGLE_ASN1_TYPE, BerWriter.elementLength(apduTag(pdu), apduContent));
    w.header(apduTag(pdu), apduContent);
    if (pdu instanceof Aarq q) {
      writeVersionAndAcn(q.protocolVersion(), q.applicationContext(), w);
      writeUserInformation(q.userInformation(), w);
    } else if (pdu instanceof Aare r) {
      writeVersionAndAcn(r.protocolVersion(), r.applicationContext(), w);
      w.header(RESULT, BerWriter.integerElementLength(r.result().code()));
      w.integer(r.result().code());
      int diagnostic = BerWriter.integerElementLength(r.diagnostic().code());
      w.header(DIAGNOSTIC, BerWriter.elementLength(diagnosticTag(r), diagnostic));
      w.header(diagnosticTag(r), diagnostic);
      w.integer(r.diagnostic().code());
      writeUserInformation(r.userInformation(), w);
    } else if (pdu instanceof Abrt a) {
      w.integer(ABORT_SOURCE, a.source().ordinal());
      writeUserInformation(a.userInformation(), w);
    } else if (pdu instanceof Audt u) {
      writeVersionAndAcn(u.protocolVersion(), u.applicationContext(), w);
      writeUserInformation(u.userInformation(), w);
    }
  }

  private static void writeVersionAndAcn(BitString version, ObjectIdentifier acn, BerWriter w) {
    if (version != null) {
      w.bitString(PROTOCOL_VERSION, version);
    }
    w.header(ACN, BerWriter.elementLength(BerTag.OBJECT_IDENTIFIER, acn.content().length()));
    w.oid(acn);
  }

  private static void writeUserInformation(Octets ui, BerWriter w) {
    if (ui != null) {
      w.octetString(USER_INFORMATION, ui);
    }
  }
}
