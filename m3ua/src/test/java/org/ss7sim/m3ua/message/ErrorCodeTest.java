package org.ss7sim.m3ua.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Every Error Code of RFC 4666 §3.8.1 as its byte on the wire: an ERR carrying the code is the
 * common header (version 1, class 0 MGMT, type 0 ERR, length 16) and one Error Code parameter (tag
 * 0x000c, length 8, the code as 32 bits). The expected bytes are written out here, not taken from
 * the constants, so a constant changed to another code (Invalid Parameter Value to Protocol Error,
 * say) fails its row.
 */
class ErrorCodeTest {
  static Stream<Arguments> rfc4666Section3_8_1() {
    return Stream.of(
        Arguments.of(ErrorCode.INVALID_VERSION, "01", "Invalid Version"),
        Arguments.of(ErrorCode.UNSUPPORTED_MESSAGE_CLASS, "03", "Unsupported Message Class"),
        Arguments.of(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "04", "Unsupported Message Type"),
        Arguments.of(
            ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE, "05", "Unsupported Traffic Mode Type"),
        Arguments.of(ErrorCode.UNEXPECTED_MESSAGE, "06", "Unexpected Message"),
        Arguments.of(ErrorCode.PROTOCOL_ERROR, "07", "Protocol Error"),
        Arguments.of(ErrorCode.INVALID_STREAM_IDENTIFIER, "09", "Invalid Stream Identifier"),
        Arguments.of(ErrorCode.REFUSED_MANAGEMENT_BLOCKING, "0d", "Refused - Management Blocking"),
        Arguments.of(ErrorCode.ASP_IDENTIFIER_REQUIRED, "0e", "ASP Identifier Required"),
        Arguments.of(ErrorCode.INVALID_ASP_IDENTIFIER, "0f", "Invalid ASP Identifier"),
        Arguments.of(ErrorCode.INVALID_PARAMETER_VALUE, "11", "Invalid Parameter Value"),
        Arguments.of(ErrorCode.PARAMETER_FIELD_ERROR, "12", "Parameter Field Error"),
        Arguments.of(ErrorCode.UNEXPECTED_PARAMETER, "13", "Unexpected Parameter"),
        Arguments.of(ErrorCode.DESTINATION_STATUS_UNKNOWN, "14", "Destination Status Unknown"),
        Arguments.of(ErrorCode.INVALID_NETWORK_APPEARANCE, "15", "Invalid Network Appearance"),
        Arguments.of(ErrorCode.MISSING_PARAMETER, "16", "Missing Parameter"),
        Arguments.of(ErrorCode.INVALID_ROUTING_CONTEXT, "19", "Invalid Routing Context"),
        Arguments.of(ErrorCode.NO_CONFIGURED_AS_FOR_ASP, "1a", "No Configured AS for ASP"));
  }

  private static Octets err(String code) {
    return Octets.fromHex("01000000" + "00000010" + "000c0008" + "000000" + code);
  }

  @ParameterizedTest(name = "{2} is 0x{1}")
  @MethodSource("rfc4666Section3_8_1")
  void each_code_goes_on_the_wire_as_the_rfc_s_byte_and_comes_back(
      ErrorCode code, String hex, String name) throws MalformedMessageException {
    ErrorMessage m = new ErrorMessage(code, List.of(), null, List.of(), null, List.of());
    assertThat(M3uaCodec.encode(m)).isEqualTo(err(hex));
    assertThat(((ErrorMessage) M3uaCodec.decode(err(hex))).errorCode()).isEqualTo(code);
    assertThat(code.name()).isEqualTo(name);
    assertThat(code.toString())
        .isEqualTo(name + " (0x" + Integer.toHexString(Integer.parseInt(hex, 16)) + ")");
  }

  @Test
  void the_table_names_every_code_the_class_defines() throws IllegalAccessException {
    Set<ErrorCode> inTable = new HashSet<>();
    rfc4666Section3_8_1().forEach(a -> inTable.add((ErrorCode) a.get()[0]));
    Set<ErrorCode> declared = new HashSet<>();
    for (Field f : ErrorCode.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ErrorCode.class) {
        declared.add((ErrorCode) f.get(null));
      }
    }
    assertThat(inTable).isEqualTo(declared);
  }

  @Test
  void a_code_the_rfc_does_not_define_is_kept_and_named_unknown() throws MalformedMessageException {
    ErrorMessage m = (ErrorMessage) M3uaCodec.decode(err("02"));
    assertThat(m.errorCode().code()).isEqualTo(2);
    assertThat(m.errorCode().name()).isEqualTo("Unknown");
    assertThat(M3uaCodec.encode(m)).isEqualTo(err("02"));
  }

  @Test
  void a_decoder_s_error_names_the_code_to_answer_with_and_protocol_error_by_default() {
    for (ErrorCode c : List.of(ErrorCode.INVALID_PARAMETER_VALUE, ErrorCode.MISSING_PARAMETER)) {
      assertThat(ErrorCode.of(c.malformed("x", 0))).isEqualTo(c);
    }
    assertThat(ErrorCode.of(new MalformedMessageException("x", 0, "RFC 4666 §3.3")))
        .isEqualTo(new ErrorCode(0x07));
  }
}
