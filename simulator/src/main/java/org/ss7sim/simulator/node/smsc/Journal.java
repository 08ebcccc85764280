package org.ss7sim.simulator.node.smsc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.CRC32C;
import org.ss7sim.wire.Octets;

/**
 * The SMSC's write-ahead journal: the writes of the embedded store, appended to a file before the
 * submissions they hold are answered, and copied into the H2 store later in larger transactions
 * ({@link JournaledWrites}). An append is one {@code write} of one frame, so a message that got
 * ESME_ROK is in the file (the operating system's page cache) before its submit_sm_resp leaves and
 * survives {@code kill -9} of the process, as with H2's own commit (no fsync: not a power loss).
 *
 * <p>The journal is a directory of segment files {@code NNNNNNNNNN.journal}, numbered in the order
 * written. A segment is closed once it holds {@link #SEGMENT_BYTES} (before the next frame) and
 * deleted once everything in it is in the store ({@link #release}). A frame is one batch of writes:
 *
 * <pre>
 *  0               4               8
 * +---------------+---------------+------------------------------+
 * | body length   | CRC-32C(body) | records ...                  |
 * +---------------+---------------+------------------------------+
 * record MESSAGE (1): key(8) systemId source destination dataCoding(4) payload receipt(1)
 *                     submitted(8) expires(8) state attempts(4) flow scheduled(8) done(8)
 *                     error(4) serviceType        -- the message as it is now, whole
 * record ACK (2):     key(8)                      -- its ESME acknowledged the receipt
 * text and payload: length(4) then the bytes (text in UTF-8); integers big-endian
 * </pre>
 *
 * A frame whose length or CRC does not check (the process was killed in the middle of writing it)
 * ends its segment on replay: every frame before it is replayed whole, nothing of it.
 */
public final class Journal implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Journal.class);

  /** A segment is closed (and a new one started) once it holds this many bytes. */
  static final long SEGMENT_BYTES = 64L << 20;

  /** Frames longer than this are refused on replay as damaged (a batch is far smaller). */
  static final int MAX_FRAME = 256 << 20;

  private static final byte MESSAGE = 1;

  /**
   * A MESSAGE record without its text and payload: type, key, six text lengths, data coding,
   * payload length, receipt, submitted, expires, attempts, scheduled, done, error.
   */
  private static final int MESSAGE_FIXED_BYTES = 1 + 8 + 6 * 4 + 4 + 4 + 1 + 8 + 8 + 4 + 8 + 8 + 4;

  private static final byte ACK = 2;
  private static final String SUFFIX = ".journal";

  /** One write the journal holds: a message as it is now, or a receipt acknowledged. */
  public sealed interface Entry {}

  /** Message {@code message} as it is now (new, changed or replaced). */
  public record Written(StoredMessage message) implements Entry {}

  /** Message {@code key}'s receipt was acknowledged by its ESME. */
  public record Acknowledged(long key) implements Entry {}

  /** A closed segment and the last batch in it. */
  private record Closed(Path file, long lastBatch) {}

  private final Path directory;
  private final long segmentLimit;
  private final Deque<Closed> closed = new ArrayDeque<>();
  private long segmentNumber;
  private Path segment;
  private FileChannel channel;
  private long segmentBytes;
  private long lastBatch;
  private ByteBuffer buffer = ByteBuffer.allocateDirect(64 << 10);
  private final CRC32C crc = new CRC32C();

  private Journal(Path directory, long segmentNumber, long segmentLimit) throws IOException {
    this.directory = directory;
    this.segmentLimit = segmentLimit;
    this.segmentNumber = segmentNumber;
    startSegment();
  }

  /**
   * Opens a journal in {@code directory} for appending, after {@link #replay} has emptied it: the
   * first segment is numbered after any left.
   */
  static Journal open(Path directory) throws IOException {
    return open(directory, SEGMENT_BYTES);
  }

  /** {@link #open(Path)} with segments closed at {@code segmentLimit} bytes (for tests). */
  static Journal open(Path directory, long segmentLimit) throws IOException {
    Files.createDirectories(directory);
    long highest = 0;
    for (Path p : segments(directory)) {
      highest = Math.max(highest, number(p));
    }
    return new Journal(directory, highest, segmentLimit);
  }

  private void startSegment() throws IOException {
    segmentNumber++;
    segment = directory.resolve(String.format("%010d%s", segmentNumber, SUFFIX));
    channel =
        FileChannel.open(
            segment,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
    segmentBytes = 0;
  }

  /**
   * Appends {@code entries} as one frame, batch number {@code batch}, and returns once the frame is
   * written to the file. On failure nothing of the batch counts as written (the frame is cut off
   * again where possible) and the exception is thrown.
   */
  synchronized void append(List<? extends Entry> entries, long batch) throws IOException {
    rotateWhenFull();
    buffer.clear();
    buffer.position(8);
    for (Entry e : entries) {
      if (e instanceof Written w) {
        putMessage(w.message());
      } else if (e instanceof Acknowledged a) {
        ensure(9);
        buffer.put(ACK).putLong(a.key());
      }
    }
    int length = buffer.position() - 8;
    buffer.flip();
    buffer.position(8);
    crc.reset();
    crc.update(buffer);
    buffer.position(0);
    buffer.putInt(0, length).putInt(4, (int) crc.getValue());
    long before = segmentBytes;
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      try {
        channel.truncate(before);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
    segmentBytes += length + 8;
    lastBatch = batch;
  }

  /**
   * Closes the current segment once it is full and starts the next; before a frame, so that a
   * failure to start one fails the batch about to be written, never one already in the file.
   */
  private void rotateWhenFull() throws IOException {
    if (segmentBytes >= segmentLimit) {
      channel.close();
      closed.add(new Closed(segment, lastBatch));
      startSegment();
    }
  }

  /**
   * Deletes the closed segments whose batches are all at or before {@code batch} (in the store).
   */
  synchronized void release(long batch) {
    while (!closed.isEmpty() && closed.peekFirst().lastBatch() <= batch) {
      Path p = closed.removeFirst().file();
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        LOG.warn("smsc journal: {} not deleted: {}", p, e.toString());
      }
    }
  }

  /**
   * Closes the journal; with {@code allStored} (everything appended is in the store) its segments
   * are deleted, so the next start has nothing to replay.
   */
  synchronized void close(boolean allStored) {
    try {
      channel.close();
    } catch (IOException e) {
      // closing
    }
    if (allStored) {
      closed.add(new Closed(segment, lastBatch));
      release(lastBatch);
    }
  }

  @Override
  public void close() {
    close(false);
  }

  private void putMessage(StoredMessage m) {
    byte[] systemId = utf8(m.systemId());
    byte[] source = utf8(m.source());
    byte[] destination = utf8(m.destination());
    byte[] state = utf8(m.state().name());
    byte[] flow = utf8(m.flow());
    byte[] serviceType = utf8(m.serviceType());
    ensure(
        MESSAGE_FIXED_BYTES
            + systemId.length
            + source.length
            + destination.length
            + state.length
            + flow.length
            + serviceType.length
            + m.payload().length());
    buffer.put(MESSAGE).putLong(Long.parseLong(m.id()));
    putText(systemId);
    putText(source);
    putText(destination);
    buffer.putInt(m.dataCoding());
    buffer.putInt(m.payload().length());
    buffer.put(m.payload().asReadOnlyBuffer());
    buffer.put((byte) (m.receipt() ? 1 : 0));
    buffer.putLong(m.submittedMillis()).putLong(m.expiresMillis());
    putText(state);
    buffer.putInt(m.attempts());
    putText(flow);
    buffer.putLong(m.scheduledMillis()).putLong(m.doneMillis()).putInt(m.error());
    putText(serviceType);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void putText(byte[] b) {
    buffer.putInt(b.length).put(b);
  }

  private void ensure(int more) {
    if (buffer.remaining() >= more) {
      return;
    }
    int size = buffer.capacity();
    while (size - buffer.position() < more) {
      size *= 2;
    }
    ByteBuffer bigger = ByteBuffer.allocateDirect(size);
    buffer.flip();
    bigger.put(buffer);
    buffer = bigger;
  }

  /** Receives the batches of a journal in the order they were written. */
  public interface Replay {
    void batch(List<Entry> entries) throws Exception;
  }

  /**
   * Reads every segment in {@code directory} in order and hands each whole frame's entries to
   * {@code replay}; a damaged frame ends its segment (logged). Returns the frames read. The
   * segments are left in place: {@link #deleteAll} once their writes are stored.
   */
  public static long replay(Path directory, Replay replay) throws Exception {
    long frames = 0;
    for (Path p : segments(directory)) {
      byte[] all = Files.readAllBytes(p);
      ByteBuffer in = ByteBuffer.wrap(all);
      while (in.remaining() > 0) {
        List<Entry> entries = frame(in);
        if (entries == null) {
          LOG.warn(
              "smsc journal: {} ends in a damaged or cut-off frame at byte {} of {}: the rest"
                  + " of it is not replayed",
              p.getFileName(),
              in.position(),
              all.length);
          break;
        }
        replay.batch(entries);
        frames++;
      }
    }
    return frames;
  }

  /** Deletes every segment in {@code directory} (after a replay was stored). */
  static void deleteAll(Path directory) throws IOException {
    for (Path p : segments(directory)) {
      Files.delete(p);
    }
  }

  /** The next frame's entries, or null (position unchanged) when it is cut off or damaged. */
  static List<Entry> frame(ByteBuffer in) {
    int start = in.position();
    if (in.remaining() < 8) {
      return null;
    }
    int length = in.getInt();
    int sum = in.getInt();
    if (length < 0 || length > MAX_FRAME || length > in.remaining()) {
      in.position(start);
      return null;
    }
    ByteBuffer body = in.slice(in.position(), length);
    CRC32C check = new CRC32C();
    check.update(body.duplicate());
    if ((int) check.getValue() != sum) {
      in.position(start);
      return null;
    }
    List<Entry> entries = new ArrayList<>();
    try {
      while (body.hasRemaining()) {
        byte type = body.get();
        switch (type) {
          case MESSAGE -> entries.add(new Written(message(body)));
          case ACK -> entries.add(new Acknowledged(body.getLong()));
          default -> throw new IllegalArgumentException("record type " + type);
        }
      }
    } catch (RuntimeException e) {
      // the CRC checked, so the writer wrote this: a frame of another version, refused whole
      in.position(start);
      return null;
    }
    in.position(start + 8 + length);
    return entries;
  }

  private static StoredMessage message(ByteBuffer b) {
    long key = b.getLong();
    String systemId = text(b);
    String source = text(b);
    String destination = text(b);
    int dataCoding = b.getInt();
    byte[] payload = bytes(b);
    boolean receipt = b.get() != 0;
    long submitted = b.getLong();
    long expires = b.getLong();
    StoredMessage.State state = StoredMessage.State.valueOf(text(b));
    int attempts = b.getInt();
    String flow = text(b);
    long scheduled = b.getLong();
    long done = b.getLong();
    int error = b.getInt();
    String serviceType = text(b);
    return new StoredMessage(
        MessageStore.idText(key),
        systemId,
        source,
        destination,
        dataCoding,
        Octets.wrap(payload),
        receipt,
        submitted,
        expires,
        state,
        attempts,
        flow,
        scheduled,
        done,
        error,
        serviceType);
  }

  private static byte[] bytes(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("length " + n);
    }
    byte[] out = new byte[n];
    b.get(out);
    return out;
  }

  private static String text(ByteBuffer b) {
    return new String(bytes(b), StandardCharsets.UTF_8);
  }

  private static List<Path> segments(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (var s = Files.list(directory)) {
      s.filter(p -> p.getFileName().toString().matches("[0-9]{10}\\" + SUFFIX)).forEach(out::add);
    }
    out.sort((a, b) -> Long.compare(number(a), number(b)));
    return out;
  }

  private static long number(Path p) {
    String n = p.getFileName().toString();
    return Long.parseLong(n.substring(0, n.length() - SUFFIX.length()));
  }
}
