package app.nook.customer.api;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import app.nook.system.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the names of views and sorts as the API accepts them: case-insensitive, with dashes or underscores. */
final class ListParameters {

    private ListParameters() {}

    /**
     * The filter that the query parameters describe; the default view leaves archived customers out.
     *
     * @throws InvalidInputException for an unknown view
     */
    static CustomerFilter filter(String view, String q, Long location, Long plan, String tag) {
        return new CustomerFilter(view(view), q, location, plan, tag);
    }

    static CustomerView view(String name) {
        if (name == null || name.isBlank()) {
            return CustomerView.ACTIVE;
        }
        return parse(CustomerView.class, "view", name);
    }

    static CustomerSort sort(String name) {
        if (name == null || name.isBlank()) {
            return CustomerSort.NAME;
        }
        return parse(CustomerSort.class, "sort", name);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
        String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException(field, "Unknown " + field + " '" + name + "'; use one of " + known);
        }
    }
}
