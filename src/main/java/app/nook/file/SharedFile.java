package app.nook.file;

import java.nio.file.Path;

/** A file shared with its customer, and where its content lies on disk. */
public record SharedFile(StoredFile file, Path content) {}
