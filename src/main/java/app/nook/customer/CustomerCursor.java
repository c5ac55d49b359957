package app.nook.customer;

import app.nook.system.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A place in a sorted customer list: the sort key and id of one row. Pages read "after" or "before" it walk the
 * index from there instead of skipping rows, so a deep page costs what the first does. Travels as an opaque token.
 *
 * @param key the row's registration date or full name, whichever the sort orders by
 */
public record CustomerCursor(CustomerSort sort, Object key, long id) {

    /** The cursor of a listed row in the given order. */
    static CustomerCursor of(CustomerSort sort, CustomerRow row) {
        Object key = sort.key().equals("c.registered_on") ? row.registeredOn() : row.fullName();
        return new CustomerCursor(sort, key, row.id());
    }

    /**
     * Reads a token made by {@link #token()} for the same order.
     *
     * @throws InvalidInputException for a token that is malformed or was made for another order
     */
    public static CustomerCursor parse(String token, CustomerSort sort, String field) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(sort.name())) {
                throw new InvalidInputException(field, "This cursor belongs to another sort order");
            }
            Object key = sort.key().equals("c.registered_on") ? LocalDate.parse(parts[2]) : parts[2];
            return new CustomerCursor(sort, key, Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(field, "Unreadable cursor; use one that a page of this list gave");
        }
    }

    /** The opaque text form, safe in an address. */
    public String token() {
        String plain = sort.name() + "|" + id + "|" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
