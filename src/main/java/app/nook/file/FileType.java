package app.nook.file;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file staff may attach to a customer, each known by its first bytes and its name's extension. */
enum FileType {
    PDF("application/pdf", "255044462d", List.of("pdf")),
    PNG("image/png", "89504e470d0a1a0a", List.of("png")),
    JPEG("image/jpeg", "ffd8ff", List.of("jpg", "jpeg")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "504b0304", List.of("docx")),
    TEXT("text/plain", "", List.of("txt"));

    private final String contentType;
    private final byte[] signature;
    private final List<String> extensions;

    FileType(String contentType, String signatureHex, List<String> extensions) {
        this.contentType = contentType;
        this.signature = HexFormat.of().parseHex(signatureHex);
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    /** The type that the name's extension claims, if it is one of the accepted ones. */
    static Optional<FileType> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the first bytes of a content carry this type's signature; text has none and is checked apart. */
    boolean startsLike(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
