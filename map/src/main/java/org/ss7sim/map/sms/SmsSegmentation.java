package org.ss7sim.map.sms;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.map.sms.DataCodingScheme.Alphabet;

/**
 * Splitting a text into the user data of one or more short messages (TS 23.040 §9.2.3.24.1, TS
 * 23.038 §6). A text that fits one message is sent without a header; otherwise every segment
 * carries a concatenation element (8-bit reference: 6 header octets), which leaves
 *
 * <pre>
 *   alphabet   single   per segment
 *   GSM 7-bit  160      153 septets  (an extension character is two septets and never split)
 *   8-bit      140      134 octets
 *   UCS2        70       67 characters (UTF-16 code units; a surrogate pair is never split)
 * </pre>
 *
 * A 16-bit reference takes one more header octet (152 / 133 / 66).
 */
public final class SmsSegmentation {
  /** Most segments a concatenated message can have. */
  public static final int MAX_SEGMENTS = 255;

  private SmsSegmentation() {}

  /** The result: the DCS to send with and the user data of each segment, in order. */
  public record Segments(DataCodingScheme dataCodingScheme, List<UserData> userData) {
    public Segments {
      userData = List.copyOf(userData);
    }

    /** Whether the segments carry a user data header (TP-UDHI must be set). */
    public boolean concatenated() {
      return userData.size() > 1;
    }
  }

  /** The alphabet a text needs: GSM 7-bit when every character is in it, UCS2 otherwise. */
  public static Alphabet alphabetFor(String text) {
    return GsmAlphabet.canEncode(text) ? Alphabet.GSM7 : Alphabet.UCS2;
  }

  /** Splits with the alphabet {@link #alphabetFor} picks and an 8-bit reference. */
  public static Segments segment(String text, int reference) {
    return segment(text, alphabetFor(text), reference, false);
  }

  /**
   * Splits {@code text}.
   *
   * @throws IllegalArgumentException if the text needs more than 255 segments or a character does
   *     not exist in the alphabet
   */
  public static Segments segment(
      String text, Alphabet alphabet, int reference, boolean sixteenBitReference) {
    int single = singleCapacity(alphabet);
    int multi = segmentCapacity(alphabet, sixteenBitReference);
    List<String> parts = new ArrayList<>();
    if (units(text, alphabet) <= single) {
      parts.add(text);
    } else {
      int i = 0;
      while (i < text.length()) {
        int used = 0;
        int j = i;
        while (j < text.length()) {
          int step = Character.isHighSurrogate(text.charAt(j)) && j + 1 < text.length() ? 2 : 1;
          int cost =
              alphabet == Alphabet.GSM7
                  ? GsmAlphabet.septetCount(text.charAt(j))
                  : alphabet == Alphabet.UCS2 ? step : 1;
          if (cost < 0) {
            throw new IllegalArgumentException(
                "character at " + j + " is not in the GSM 7-bit alphabet");
          }
          if (used + cost > multi) {
            break;
          }
          used += cost;
          j += step;
        }
        parts.add(text.substring(i, j));
        i = j;
      }
    }
    if (parts.size() > MAX_SEGMENTS) {
      throw new IllegalArgumentException("text needs " + parts.size() + " segments, more than 255");
    }
    List<UserData> out = new ArrayList<>(parts.size());
    for (int k = 0; k < parts.size(); k++) {
      UserDataHeader h =
          parts.size() == 1
              ? null
              : UserDataHeader.of(
                  new UserDataHeader.Concatenation(
                      reference, sixteenBitReference, parts.size(), k + 1));
      out.add(UserData.of(parts.get(k), alphabet, h));
    }
    return new Segments(DataCodingScheme.of(alphabet, null), out);
  }

  /** Capacity of a message without header: 160 septets, 140 octets, 70 UCS2 characters. */
  public static int singleCapacity(Alphabet alphabet) {
    return switch (alphabet) {
      case GSM7 -> 160;
      case EIGHT_BIT -> 140;
      case UCS2 -> 70;
    };
  }

  /** Capacity of one segment with a concatenation header. */
  public static int segmentCapacity(Alphabet alphabet, boolean sixteenBitReference) {
    int headerOctets = sixteenBitReference ? 7 : 6;
    int free = UserData.MAX_OCTETS - headerOctets;
    return switch (alphabet) {
      case GSM7 -> 160 - Septets.septetsForOctets(headerOctets);
      case EIGHT_BIT -> free;
      case UCS2 -> free / 2;
    };
  }

  private static int units(String text, Alphabet alphabet) {
    return switch (alphabet) {
      case GSM7 -> {
        if (!GsmAlphabet.canEncode(text)) {
          throw new IllegalArgumentException("text is not in the GSM 7-bit alphabet");
        }
        yield GsmAlphabet.septetCount(text);
      }
      case EIGHT_BIT -> text.length();
      case UCS2 -> text.length();
    };
  }
}
