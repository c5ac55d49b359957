package app.nook.importing;

/** What an import does, or would do, with one line of the file. */
public record ReportLine(long line, Verdict verdict, String message) {

    /** The fate of a line. */
    public enum Verdict {
        CREATE,
        INVALID,
        ARCHIVED_MATCH,
        EXISTING_MATCH
    }
}
