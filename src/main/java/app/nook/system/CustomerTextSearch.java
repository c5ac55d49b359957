package app.nook.system;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Matches typed text against what every customer search looks at: name, email, company and phone, read from
 * {@code customer_search}, lower-case and with the phone once more without spaces. The search box, the members list
 * and the contract form's customer picker all ask through here, so they find the same customers.
 */
public final class CustomerTextSearch {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9()./\\- ]*[0-9][+0-9()./\\- ]*");

    private CustomerTextSearch() {}

    /**
     * The condition that the customer whose id is in the given column contains the text added by {@link #addTo};
     * case-insensitive, with {@code %} and {@code _} taken literally.
     */
    public static String condition(String customerId) {
        return """
                %s in (select s.customer_id from customer_search s
                    where s.full_name like :textPattern escape '\\' or s.email like :textPattern escape '\\'
                        or s.company_name like :textPattern escape '\\' or s.phone like :textPattern escape '\\'
                        or s.phone_digits like :digitsPattern escape '\\')""".formatted(customerId);
    }

    /** Adds the patterns of the text that {@link #condition} reads; a phone number matches with or without spaces. */
    public static MapSqlParameterSource addTo(MapSqlParameterSource params, String text) {
        String pattern = LikePatterns.containing(text);
        String digits = PHONE_LIKE.matcher(text).matches() ? LikePatterns.containing(text.replace(" ", "")) : pattern;
        return params.addValue("textPattern", pattern).addValue("digitsPattern", digits);
    }
}
