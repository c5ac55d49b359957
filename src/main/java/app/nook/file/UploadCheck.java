package app.nook.file;

import app.nook.file.FileRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether an uploaded file may be kept: not empty, not too large, a plain name, and content whose first
 * bytes match one of the accepted types. The name's extension and the browser's declared type alone never decide.
 */
final class UploadCheck {

    private static final int HEAD_BYTES = 8192;
    private static final int MAX_NAME_LENGTH = 255;
    private static final int MAX_ZIP_ENTRIES = 2000;
    private static final Pattern PATH_TRICK = Pattern.compile("[/\\\\:]|\\.\\.|\\p{Cntrl}");
    private static final Pattern UNUSUAL = Pattern.compile("[^\\p{L}\\p{N} ._()\\-]");

    private UploadCheck() {}

    /** A file that passed every check, with the name to show and the type its content proved. */
    record Accepted(String name, FileType type) {}

    /**
     * Checks one upload.
     *
     * @throws FileRefusedException when the file may not be kept
     */
    static Accepted check(String originalName, long size, InputStreamSource content, DataSize maxSize)
            throws IOException {
        if (size <= 0) {
            throw new FileRefusedException(Reason.EMPTY, "The file is empty");
        }
        if (size > maxSize.toBytes()) {
            throw new FileRefusedException(Reason.TOO_LARGE, "Files may be at most " + maxSize.toMegabytes() + " MB");
        }
        String name = plainName(originalName);
        FileType type = FileType.claimedBy(name)
                .orElseThrow(() -> new FileRefusedException(Reason.TYPE_NOT_ALLOWED, "This type of file is refused"));

        if (!contentMatches(type, content)) {
            throw new FileRefusedException(Reason.TYPE_NOT_ALLOWED, "The content is not a " + type + " file");
        }
        return new Accepted(name, type);
    }

    private static String plainName(String originalName) {
        if (originalName == null
                || originalName.isBlank()
                || PATH_TRICK.matcher(originalName).find()) {
            throw new FileRefusedException(Reason.BAD_NAME, "The file name is not a plain file name");
        }
        String name = UNUSUAL.matcher(originalName.strip()).replaceAll("_").replaceFirst("^\\.+", "");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new FileRefusedException(Reason.BAD_NAME, "The file name is not a plain file name");
        }
        return name;
    }

    private static boolean contentMatches(FileType type, InputStreamSource content) throws IOException {
        byte[] head;
        try (InputStream in = content.getInputStream()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return switch (type) {
            case TEXT -> looksLikeText(head);
            case DOCX -> type.startsLike(head) && holdsWordDocument(content);
            default -> type.startsLike(head);
        };
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
            if (control || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsWordDocument(InputStreamSource content) throws IOException {
        try (var zip = new ZipInputStream(content.getInputStream())) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
