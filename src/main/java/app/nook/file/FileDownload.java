package app.nook.file;

import org.springframework.core.io.Resource;

/** A stored file's details together with its content, for sending it to whoever asked. */
public record FileDownload(StoredFile file, Resource content) {}
