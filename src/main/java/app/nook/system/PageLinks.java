package app.nook.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the address of a listing with its current filters, to which a pager adds the page number. */
public final class PageLinks {

    private PageLinks() {}

    /**
     * The path with every non-blank parameter as an encoded query parameter, in the order given.
     *
     * @param params parameter names and values; blank or null values are left out
     */
    public static String of(String path, Map<String, String> params) {
        var builder = UriComponentsBuilder.fromPath(path);
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                // A template variable, so that characters such as '+' and '&' are encoded strictly.
                builder.queryParam(name, "{" + name + "}");
                values.put(name, value);
            }
        });
        return builder.encode().buildAndExpand(values).toUriString();
    }
}
