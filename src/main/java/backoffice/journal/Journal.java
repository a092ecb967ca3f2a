package backoffice.journal;

import backoffice.client.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The local audit journal: an append-only file of JSON lines. Each append is one write of a whole line followed
 * by a flush to disk. A line torn by a crash is skipped on read; the next append first ends it with a newline, so
 * it can never corrupt the lines around it.
 */
public final class Journal {

    /** Made on the first line written or read, not when the console starts (Java time support costs ~10 ms). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = Json.mapper().copy().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends one entry (redacted) as one line. */
    public synchronized void append(JournalEntry entry) {
        byte[] line;
        try {
            line = (Mapper.INSTANCE.writeValueAsString(entry.redacted()) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteBuffer out = endsTorn() ? ByteBuffer.wrap(join(new byte[] {'\n'}, line)) : ByteBuffer.wrap(line);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                while (out.hasRemaining()) {
                    ch.write(out);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the journal at " + file, e);
        }
    }

    /**
     * Every readable entry, oldest first. Each line is decoded on its own, strictly: a line that is not valid UTF-8
     * (a multi-byte character torn by a crash) or not a JSON entry is skipped and counted, and every other line is
     * still read.
     */
    public synchronized ReadResult read() {
        List<JournalEntry> entries = new ArrayList<>();
        int skipped = 0;
        if (!Files.exists(file)) {
            return new ReadResult(entries, 0);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal at " + file, e);
        }
        LineReader lines = new LineReader();
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            JournalEntry entry = lines.parse(bytes, start, end);
            if (entry != null) {
                entries.add(entry);
            } else if (!blank(bytes, start, end)) {
                skipped++;
            }
            start = end + 1;
        }
        return new ReadResult(entries, skipped);
    }

    /**
     * Reads the lines of one {@link #read()}: one strict UTF-8 decoder and one char buffer for all of them, and the
     * decoded chars handed to Jackson as they are (with a decoder, a buffer and a {@code String} per line, reading a
     * 100,000-line journal allocated 450 MB; now 366 MB, most of the rest Jackson's and {@code Instant}'s parsing).
     */
    private static final class LineReader {
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private CharBuffer chars = CharBuffer.allocate(1024);

        /** The entry on bytes [start, end), or null when they are not valid UTF-8 or not a journal entry. */
        JournalEntry parse(byte[] bytes, int start, int end) {
            if (chars.capacity() < end - start) {
                chars = CharBuffer.allocate(end - start); // UTF-8 never decodes to more chars than it has bytes
            }
            chars.clear();
            utf8.reset();
            if (utf8.decode(ByteBuffer.wrap(bytes, start, end - start), chars, true).isError()
                    || utf8.flush(chars).isError()) {
                return null; // a multi-byte character torn by a crash, or not UTF-8 at all
            }
            chars.flip(); // a blank line is no JSON either: null, and read() tells it from a damaged one by its bytes
            try (JsonParser json = Mapper.INSTANCE.getFactory().createParser(chars.array(), 0, chars.limit())) {
                return Mapper.INSTANCE.readValue(json, JournalEntry.class);
            } catch (IOException | RuntimeException damaged) { // JSON or mapping errors
                return null;
            }
        }
    }

    private static boolean blank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #read()} found: the entries and how many unreadable lines it passed over. */
    public record ReadResult(List<JournalEntry> entries, int skippedLines) {
    }

    /** Whether the file's last line lacks its newline (a crash cut it short). */
    private boolean endsTorn() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
