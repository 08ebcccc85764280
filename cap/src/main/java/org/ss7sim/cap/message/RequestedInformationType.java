package org.ss7sim.cap.message;

import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.Codecs;

/**
 * {@code RequestedInformationType ::= ENUMERATED {callAttemptElapsedTime(0), callStopTime(1),
 * callConnectedElapsedTime(2), releaseCause(30)}} (TS 29.078 §5.1). The value of each comes back in
 * the RequestedInformationValue alternative with the same tag number.
 */
public enum RequestedInformationType {
  CALL_ATTEMPT_ELAPSED_TIME(0, "callAttemptElapsedTime"),
  CALL_STOP_TIME(1, "callStopTime"),
  CALL_CONNECTED_ELAPSED_TIME(2, "callConnectedElapsedTime"),
  RELEASE_CAUSE(30, "releaseCause");

  /** The codec of the ENUMERATED; a value not listed here does not decode. */
  public static final BerCodec<RequestedInformationType> CODEC =
      Codecs.enumerated(
          "RequestedInformationType",
          RequestedInformationType::ofCode,
          RequestedInformationType::code);

  private final int code;
  private final String specName;

  RequestedInformationType(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  public int code() {
    return code;
  }

  /** The name in TS 29.078. */
  public String specName() {
    return specName;
  }

  /** The value with this code, or null. */
  public static RequestedInformationType ofCode(int code) {
    for (RequestedInformationType v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }
}
