package app.nook.search;

import app.nook.system.InvalidInputException;
import app.nook.system.LikePatterns;
import app.nook.system.LocationScope;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds customers, invoices and contracts from the one search box on every admin page. */
@Service
public class GlobalSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int CUSTOMER_LIMIT = 25;
    static final int NUMBER_LIMIT = 10;

    private final SearchStore store;

    GlobalSearch(SearchStore store) {
        this.store = store;
    }

    /**
     * Searches for the query among the customers of the scope's locations and their invoices and contracts;
     * matching is case-insensitive and takes {@code %} and {@code _} literally.
     *
     * @return the results, or null when the query is blank and there is nothing to search for
     * @throws InvalidInputException on the field {@code q} when the query is longer than {@value #MAX_QUERY_LENGTH}
     *     characters
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, LocationScope scope) {
        String text = normalise(query);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "A search can be at most " + MAX_QUERY_LENGTH + " characters long");
        }

        String prefix = LikePatterns.startingWith(text);
        var customers = store.customers(text, CUSTOMER_LIMIT + 1, scope);
        var invoices = store.invoices(prefix, NUMBER_LIMIT + 1, scope);
        var contracts = store.contracts(prefix, NUMBER_LIMIT + 1, scope);

        return new SearchResults(
                text,
                cut(customers, CUSTOMER_LIMIT),
                customers.size() > CUSTOMER_LIMIT,
                cut(invoices, NUMBER_LIMIT),
                invoices.size() > NUMBER_LIMIT,
                cut(contracts, NUMBER_LIMIT),
                contracts.size() > NUMBER_LIMIT);
    }

    /** Trims the query and drops control characters, which no stored field holds and PostgreSQL refuses. */
    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        return LikePatterns.withoutControlCharacters(query).strip();
    }

    private static <T> List<T> cut(List<T> rows, int limit) {
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }
}
