package app.nook.importing;

import java.util.List;
import java.util.Map;

/** The headers of an uploaded file and the column each field reads from, as matched automatically or chosen. */
public record ImportColumns(String uploadId, List<String> headers, int rows, Map<ImportField, Integer> mapping) {}
