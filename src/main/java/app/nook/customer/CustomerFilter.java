package app.nook.customer;

import app.nook.system.InvalidInputException;
import app.nook.system.LikePatterns;

/**
 * A set of customers described by a view and optional narrowing terms; "all N matching" in a bulk action.
 *
 * @param view which customers to start from; never null
 * @param search words matched against name, email, company and phone, or null
 * @param locationId only customers of this home location, or null
 * @param planId only customers with an active or suspended contract on this plan, or null
 * @param tag only customers with this tag, or null
 */
public record CustomerFilter(CustomerView view, String search, Long locationId, Long planId, String tag) {

    public static final int MAX_SEARCH_LENGTH = 200;

    public CustomerFilter {
        view = view == null ? CustomerView.ACTIVE : view;
        search = blankToNull(search);
        tag = blankToNull(tag);
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInputException(
                    "search", "Search terms may be at most " + MAX_SEARCH_LENGTH + " characters long");
        }
    }

    public static CustomerFilter of(CustomerView view) {
        return new CustomerFilter(view, null, null, null, null);
    }

    /** Null for a blank value, otherwise the value stripped and without control characters. */
    private static String blankToNull(String value) {
        String plain = value == null
                ? ""
                : LikePatterns.withoutControlCharacters(value).strip();
        return plain.isEmpty() ? null : plain;
    }
}
