package app.nook.customer.lifecycle;

import java.util.List;

/** Told about each chunk's results inside the chunk's own transaction, so that progress commits with the work. */
@FunctionalInterface
interface ChunkListener {

    ChunkListener NONE = results -> {};

    void chunkDone(List<CustomerResult> results);
}
