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
    ObjectIdentifier reference = null;
    if (external.nextIf(BerTag.OBJECT_IDENTIFIER)) {
      reference = external.oid();
    }
    if (external.nextIf(BerTag.INTEGER)) {
      external.longValue(); // indirect-reference: not used by TCAP
    }
    BerReader single = external.expect(SINGLE_ASN1_TYPE, "single-ASN1-type").enter();
    external.requireEnd("EXTERNAL");
    boolean uni = DialoguePortion.UNI_DIALOGUE_AS_ID.equals(reference);
    if (!uni && !DialoguePortion.DIALOGUE_AS_ID.equals(reference)) {
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

  /** Writes the dialogue portion with its {@code [APPLICATION 11]} tag. */
  public static void encode(DialoguePortion dp, BerWriter w) {
    int portion = w.start(TAG);
    int external = w.start(BerTag.EXTERNAL);
    DialoguePdu pdu = dp.pdu();
    w.oid(
        pdu instanceof Audt ? DialoguePortion.UNI_DIALOGUE_AS_ID : DialoguePortion.DIALOGUE_AS_ID);
    int single = w.start(SINGLE_ASN1_TYPE);
    if (pdu instanceof Aarq q) {
      int m = w.start(AARQ);
      writeVersionAndAcn(q.protocolVersion(), q.applicationContext(), w);
      writeUserInformation(q.userInformation(), w);
      w.end(m);
    } else if (pdu instanceof Aare r) {
      int m = w.start(AARE);
      writeVersionAndAcn(r.protocolVersion(), r.applicationContext(), w);
      int res = w.start(RESULT);
      w.integer(r.result().code());
      w.end(res);
      int diag = w.start(DIAGNOSTIC);
      int which = w.start(BerTag.contextConstructed(r.diagnostic().provider() ? 2 : 1));
      w.integer(r.diagnostic().code());
      w.end(which);
      w.end(diag);
      writeUserInformation(r.userInformation(), w);
      w.end(m);
    } else if (pdu instanceof Abrt a) {
      int m = w.start(ABRT);
      w.integer(ABORT_SOURCE, a.source().ordinal());
      writeUserInformation(a.userInformation(), w);
      w.end(m);
    } else if (pdu instanceof Audt u) {
      int m = w.start(AARQ);
      writeVersionAndAcn(u.protocolVersion(), u.applicationContext(), w);
      writeUserInformation(u.userInformation(), w);
      w.end(m);
    }
    w.end(single);
    w.end(external);
    w.end(portion);
  }

  private static void writeVersionAndAcn(BitString version, ObjectIdentifier acn, BerWriter w) {
    if (version != null) {
      w.bitString(PROTOCOL_VERSION, version);
    }
    int a = w.start(ACN);
    w.oid(acn);
    w.end(a);
  }

  private static void writeUserInformation(Octets ui, BerWriter w) {
    if (ui != null) {
      w.octetString(USER_INFORMATION, ui);
    }
  }
}
