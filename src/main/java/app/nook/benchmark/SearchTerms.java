package app.nook.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search terms taken from the generated data, so that each finds some customers but not most of them. */
record SearchTerms(String namePrefix, String emailFragment, String company) {

    static SearchTerms pick(JdbcTemplate jdbc) {
        Map<String, Object> row = jdbc.queryForMap("""
                select c.full_name, c.email from live_customer c order by c.id offset 1000 limit 1""");
        String company = jdbc.queryForObject("""
                select c.company_name from live_customer c where c.company_name is not null
                order by c.id offset 1000 limit 1""", String.class);
        String lastName = ((String) row.get("full_name")).substring(((String) row.get("full_name")).indexOf(' ') + 1);
        String email = (String) row.get("email");
        return new SearchTerms(
                lastName.substring(0, Math.min(5, lastName.length())),
                email.substring(1, email.indexOf('@')),
                company.split("[ ,]")[0]);
    }

    Map<String, String> all() {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("name prefix", namePrefix);
        terms.put("email fragment", emailFragment);
        terms.put("company", company);
        return terms;
    }
}
