package app.nook.customer.lifecycle;

import app.nook.system.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/** A selection names customer ids that do not exist; nothing was changed. */
public class UnknownCustomersException extends InvalidInputException {

    private final List<Long> unknownIds;

    public UnknownCustomersException(List<Long> unknownIds) {
        super("ids", "No customer has the id " + describe(unknownIds) + "; nothing was changed");
        this.unknownIds = List.copyOf(unknownIds);
    }

    public List<Long> unknownIds() {
        return unknownIds;
    }

    private static String describe(List<Long> ids) {
        String shown = ids.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > 10 ? shown + " and " + (ids.size() - 10) + " more" : shown;
    }
}
