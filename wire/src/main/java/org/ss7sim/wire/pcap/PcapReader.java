package org.ss7sim.wire.pcap;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;

/**
 * Reads a capture file one record at a time: {@link #next()} returns the next {@link CaptureFrame},
 * so memory stays bounded by the largest record ({@value #MAX_RECORD_OCTETS} octets) whatever the
 * size of the file.
 *
 * <p>Formats: classic pcap in either byte order with micro- or nanosecond timestamps, and pcapng
 * (Section Header, Interface Description and Enhanced/Simple Packet Blocks; other blocks are
 * skipped). A record cut short or a block whose length cannot be right is reported once, as a
 * {@link MalformedMessageException} naming the frame; every record before it has been returned.
 *
 * <p>{@link #read(Octets)} and {@link #read(Path)} are the whole-file convenience used by tests:
 * they run the records through {@link CaptureStream} and return the messages.
 */
public final class PcapReader implements Closeable {
  /** The largest record accepted; larger ones mean a corrupt length field. */
  public static final int MAX_RECORD_OCTETS = 1 << 20;

  private static final long MAGIC_MICROS = 0xa1b2c3d4L;
  private static final long MAGIC_NANOS = 0xa1b23c4dL;
  private static final long MAGIC_MICROS_SWAPPED = 0xd4c3b2a1L;
  private static final long MAGIC_NANOS_SWAPPED = 0x4d3cb2a1L;
  private static final long PCAPNG_SHB = 0x0a0d0d0aL;
  private static final int PCAPNG_IDB = 1;
  private static final int PCAPNG_SPB = 3;
  private static final int PCAPNG_EPB = 6;

  private final InputStream in;
  private final boolean pcapng;
  private boolean littleEndian;
  private boolean nanos;
  private int linkType;
  private final List<int[]> interfaces = new ArrayList<>(); // {linkType, tsresol}
  private long offset;
  private int frame;
  private boolean done;

  private PcapReader(InputStream in, boolean pcapng) {
    this.in = in;
    this.pcapng = pcapng;
  }

  /** Opens {@code file} and reads its file header. */
  public static PcapReader open(Path file) throws IOException, MalformedMessageException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      return of(in);
    } catch (IOException | MalformedMessageException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads the file header from {@code stream}; the reader owns the stream from then on. */
  public static PcapReader of(InputStream stream) throws IOException, MalformedMessageException {
    InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream, 1 << 16);
    byte[] first = new byte[4];
    int n = in.readNBytes(first, 0, 4);
    if (n < 4) {
      throw new MalformedMessageException("not a capture file: " + n + " octets", 0);
    }
    long magic = Octets.wrap(first).reader().readU32();
    PcapReader r = new PcapReader(in, magic == PCAPNG_SHB);
    r.offset = 4;
    if (r.pcapng) {
      r.readSectionHeader(0);
    } else {
      r.readClassicHeader(magic);
    }
    return r;
  }

  /**
   * Whether {@code data} starts with a magic number this reader knows: classic pcap (either byte
   * order, micro- or nanosecond) or a pcapng Section Header Block.
   */
  public static boolean isCapture(Octets data) {
    if (data.length() < 4) {
      return false;
    }
    long magic = (long) data.get(0) << 24 | data.get(1) << 16 | data.get(2) << 8 | data.get(3);
    return magic == PCAPNG_SHB
        || magic == MAGIC_MICROS
        || magic == MAGIC_NANOS
        || magic == MAGIC_MICROS_SWAPPED
        || magic == MAGIC_NANOS_SWAPPED;
  }

  /** Reads every message of {@code file}; a damaged file is malformed. */
  public static List<CapturedMessage> read(Path file)
      throws IOException, MalformedMessageException {
    try (CaptureStream s = CaptureStream.of(open(file))) {
      return messages(s);
    }
  }

  /**
   * Reads every message of a capture held in memory: SCTP DATA user messages (fragments
   * reassembled) and the SMPP or M3UA PDUs of TCP streams.
   */
  public static List<CapturedMessage> read(Octets capture) throws MalformedMessageException {
    try (CaptureStream s = CaptureStream.of(of(new ByteArrayInputStream(capture.toByteArray())))) {
      return messages(s);
    } catch (IOException e) {
      throw new IllegalStateException("reading memory cannot fail", e);
    }
  }

  private static List<CapturedMessage> messages(CaptureStream s)
      throws IOException, MalformedMessageException {
    List<CapturedMessage> out = new ArrayList<>();
    List<CaptureEvent> events;
    while ((events = s.next()) != null) {
      for (CaptureEvent e : events) {
        if (e instanceof CaptureEvent.Message m) {
          out.add(m.message());
        } else if (e instanceof CaptureEvent.Damaged d) {
          throw new MalformedMessageException(d.reason(), 0);
        }
      }
    }
    return out;
  }

  /** Frames returned so far. */
  public int frames() {
    return frame;
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws MalformedMessageException when the record is cut short or its length is impossible; the
   *     message names the frame and the offset. The reader is at its end afterwards.
   */
  public CaptureFrame next() throws IOException, MalformedMessageException {
    if (done) {
      return null;
    }
    try {
      CaptureFrame f = pcapng ? nextPcapng() : nextClassic();
      if (f == null) {
        done = true;
      }
      return f;
    } catch (MalformedMessageException e) {
      done = true;
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void readClassicHeader(long magic) throws IOException, MalformedMessageException {
    if (magic == MAGIC_MICROS || magic == MAGIC_NANOS) {
      littleEndian = false;
      nanos = magic == MAGIC_NANOS;
    } else if (magic == MAGIC_MICROS_SWAPPED || magic == MAGIC_NANOS_SWAPPED) {
      littleEndian = true;
      nanos = magic == MAGIC_NANOS_SWAPPED;
    } else {
      throw new MalformedMessageException(String.format("unknown capture magic 0x%08x", magic), 0);
    }
    byte[] header = new byte[20];
    int got = in.readNBytes(header, 0, 20);
    if (got < 20) {
      throw new MalformedMessageException(
          "pcap file header cut short, " + (got + 4) + " of 24 octets", got + 4);
    }
    offset += 20;
    WireReader h = Octets.wrap(header).reader();
    h.skip(16); // version, thiszone, sigfigs, snaplen
    linkType = (int) (u32(h) & 0x0fffffff);
  }

  private CaptureFrame nextClassic() throws IOException, MalformedMessageException {
    byte[] header = new byte[16];
    int n = in.readNBytes(header, 0, 16);
    if (n == 0) {
      return null;
    }
    int number = frame + 1;
    if (n < 16) {
      throw truncated(number, "record header", n, 16);
    }
    offset += 16;
    WireReader h = Octets.wrap(header).reader();
    long seconds = u32(h);
    long fraction = u32(h);
    long captured = u32(h);
    if (captured > MAX_RECORD_OCTETS) {
      throw new MalformedMessageException(
          "frame "
              + number
              + ": record length "
              + captured
              + " is more than "
              + MAX_RECORD_OCTETS
              + " (corrupt record header at offset "
              + (offset - 16)
              + ")",
          (int) Math.min(Integer.MAX_VALUE, offset - 16));
    }
    byte[] data = new byte[(int) captured];
    int got = in.readNBytes(data, 0, data.length);
    if (got < data.length) {
      throw truncated(number, "record", got, data.length);
    }
    offset += got;
    frame = number;
    long micros = seconds * 1_000_000L + (nanos ? fraction / 1000 : fraction);
    return new CaptureFrame(number, micros, linkType, Octets.wrap(data));
  }

  private void readSectionHeader(long blockStart) throws IOException, MalformedMessageException {
    byte[] rest = new byte[8];
    int n = in.readNBytes(rest, 0, 8);
    if (n < 8) {
      throw new MalformedMessageException(
          "pcapng section header cut short at offset " + (offset + n), (int) (offset + n));
    }
    offset += 8;
    int firstMagicOctet = rest[4] & 0xff;
    if (firstMagicOctet != 0x1a && firstMagicOctet != 0x4d) {
      throw new MalformedMessageException(
          "pcapng byte-order magic missing", (int) Math.min(Integer.MAX_VALUE, blockStart + 8));
    }
    littleEndian = firstMagicOctet == 0x4d;
    long length = u32(Octets.wrap(rest, 0, 4).reader());
    checkBlockLength(length, blockStart, PCAPNG_SHB);
    skipBody(length - 12, blockStart, PCAPNG_SHB);
    interfaces.clear();
  }

  private CaptureFrame nextPcapng() throws IOException, MalformedMessageException {
    while (true) {
      long blockStart = offset;
      byte[] typeBytes = new byte[4];
      int n = in.readNBytes(typeBytes, 0, 4);
      if (n == 0) {
        return null;
      }
      if (n < 4) {
        throw truncated(frame + 1, "pcapng block header", n, 8);
      }
      offset += 4;
      long rawType = Octets.wrap(typeBytes).reader().readU32();
      if (rawType == PCAPNG_SHB) {
        readSectionHeader(blockStart);
        continue;
      }
      long type = u32(Octets.wrap(typeBytes).reader());
      WireReader lengthField = readExactly(4, "pcapng block header");
      long length = u32(lengthField);
      checkBlockLength(length, blockStart, type);
      boolean packet = type == PCAPNG_EPB || type == PCAPNG_SPB;
      if (!packet && type != PCAPNG_IDB) {
        skipBody(length - 8, blockStart, type);
        continue;
      }
      int number = packet ? frame + 1 : frame;
      byte[] body = new byte[(int) length - 8];
      int got = in.readNBytes(body, 0, body.length);
      if (got < body.length) {
        throw truncated(number, blockName(type), got + 8, (int) length);
      }
      offset += got;
      WireReader b = Octets.wrap(body, 0, body.length - 4).reader();
      if (type == PCAPNG_IDB) {
        int lt = u16(b);
        b.skip(6);
        interfaces.add(new int[] {lt, readTsresol(b)});
        continue;
      }
      frame = number;
      try {
        if (type == PCAPNG_EPB) {
          int iface = (int) u32(b);
          long high = u32(b);
          long low = u32(b);
          int captured = (int) u32(b);
          u32(b); // original length
          if (iface >= interfaces.size()) {
            throw new MalformedMessageException(
                "packet on undeclared interface " + iface, (int) blockStart);
          }
          if (captured < 0 || captured > b.remaining()) {
            throw new MalformedMessageException(
                "captured length " + (captured & 0xffffffffL) + " exceeds the block",
                (int) blockStart);
          }
          Octets data = b.readOctets(captured);
          int[] i = interfaces.get(iface);
          return new CaptureFrame(number, toMicros((high << 32) | low, i[1]), i[0], data);
        }
        long original = u32(b); // Simple Packet Block
        if (interfaces.isEmpty()) {
          throw new MalformedMessageException("packet before any interface", (int) blockStart);
        }
        Octets data = b.readOctets((int) Math.min(original, b.remaining()));
        return new CaptureFrame(number, 0, interfaces.get(0)[0], data);
      } catch (MalformedMessageException e) {
        throw new MalformedMessageException(
            "frame " + number + ": " + e.reason() + " (block at offset " + blockStart + ")",
            (int) Math.min(Integer.MAX_VALUE, blockStart));
      }
    }
  }

  private static String blockName(long type) {
    return type == PCAPNG_EPB
        ? "enhanced packet block"
        : type == PCAPNG_SPB ? "simple packet block" : "interface description block";
  }

  private void checkBlockLength(long length, long blockStart, long type)
      throws MalformedMessageException {
    if (length < 12 || length % 4 != 0 || length > MAX_RECORD_OCTETS + 64L) {
      throw new MalformedMessageException(
          "frame "
              + (frame + 1)
              + ": pcapng block (type "
              + type
              + ") at offset "
              + blockStart
              + " has an impossible length "
              + length,
          (int) Math.min(Integer.MAX_VALUE, blockStart));
    }
  }

  private void skipBody(long n, long blockStart, long type)
      throws IOException, MalformedMessageException {
    long skipped = skipUpTo(n);
    offset += skipped;
    if (skipped < n) {
      throw new MalformedMessageException(
          "frame "
              + (frame + 1)
              + ": pcapng block (type "
              + type
              + ") at offset "
              + blockStart
              + " cut short (capture truncated at offset "
              + offset
              + ")",
          (int) Math.min(Integer.MAX_VALUE, offset));
    }
  }

  private long skipUpTo(long n) throws IOException {
    long skipped = 0;
    while (skipped < n) {
      long s = in.skip(n - skipped);
      if (s <= 0) {
        if (in.read() < 0) {
          break;
        }
        s = 1;
      }
      skipped += s;
    }
    return skipped;
  }

  private WireReader readExactly(int n, String what) throws IOException, MalformedMessageException {
    byte[] b = new byte[n];
    int got = in.readNBytes(b, 0, n);
    if (got < n) {
      throw truncated(frame + 1, what, got, n);
    }
    offset += n;
    return Octets.wrap(b).reader();
  }

  private MalformedMessageException truncated(int number, String what, int got, int wanted) {
    long at = offset + got;
    return new MalformedMessageException(
        "frame "
            + number
            + ": "
            + what
            + " cut short, "
            + got
            + " of "
            + wanted
            + " octets (capture truncated at offset "
            + at
            + ")",
        (int) Math.min(Integer.MAX_VALUE, at));
  }

  /** Returns the if_tsresol exponent (microseconds, 6, by default); negative means base 2. */
  private int readTsresol(WireReader b) throws MalformedMessageException {
    while (b.remaining() >= 4) {
      int code = u16(b);
      int len = u16(b);
      if (code == 0 || len > b.remaining()) {
        break;
      }
      Octets value = b.readOctets(len);
      b.skip(Math.min(b.remaining(), (4 - len % 4) % 4));
      if (code == 9 && len >= 1) {
        int v = value.get(0);
        return (v & 0x80) != 0 ? -(v & 0x7f) : v;
      }
    }
    return 6;
  }

  private static long toMicros(long ticks, int tsresol) {
    if (tsresol < 0) {
      return (long) (ticks / Math.pow(2, -tsresol) * 1_000_000);
    }
    if (tsresol >= 6) {
      long div = 1;
      for (int i = 6; i < tsresol; i++) {
        div *= 10;
      }
      return ticks / div;
    }
    long mul = 1;
    for (int i = tsresol; i < 6; i++) {
      mul *= 10;
    }
    return ticks * mul;
  }

  private long u32(WireReader r) throws MalformedMessageException {
    return littleEndian ? r.readU32Le() : r.readU32();
  }

  private int u16(WireReader r) throws MalformedMessageException {
    return littleEndian ? r.readU16Le() : r.readU16();
  }
}
