package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.staff.Role;
import app.nook.support.IntegrationTest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A list longer than the count bound says "more than", pages by cursor and counts exactly only when asked. */
@AutoConfigureMockMvc
@TestPropertySource(properties = "nook.customers.count-limit=3")
class CustomerListTotalsWebTests extends IntegrationTest {

    private static final Pattern NEXT_LINK = Pattern.compile("href=\"([^\"]*after=[^\"]*)\"");

    @Autowired
    MockMvc mvc;

    long location;

    @BeforeEach
    void setUp() {
        location = data.location();
        for (int i = 0; i < 5; i++) {
            data.customer(location);
        }
    }

    @Test
    void beyondTheBoundTheHeaderSaysMoreThanAndThePagerHasNoLastPage() throws Exception {
        String page = body("/customers?size=2");

        assertThat(page)
                .contains("More than 3 customers")
                .contains("Select all matching (more than 3)")
                .contains("Page 1<")
                .doesNotContain("Page 1 of")
                .contains("data-count-url=\"/customers/count?view=ACTIVE\"");
    }

    @Test
    void theNextLinkCarriesACursorAndReachesTheLastPage() throws Exception {
        String first = body("/customers?size=2&sort=NAME");

        String second = body(nextLink(first));
        String third = body(nextLink(second));

        assertThat(second).contains("Page 2<");
        assertThat(third).contains("Page 3<").doesNotContain("rel=\"next\" href");
        assertThat(NEXT_LINK.matcher(third).find()).isFalse();
    }

    @Test
    void theCountAnswersTheExactNumberOfTheFilter() throws Exception {
        String all = body("/customers/count?view=ACTIVE");
        String none = body("/customers/count?view=ARCHIVED");

        assertThat(all).isEqualTo("5");
        assertThat(none).isEqualTo("0");
    }

    private String nextLink(String page) {
        Matcher link = NEXT_LINK.matcher(page);
        assertThat(link.find()).as("a link to the next page").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private String body(String address) throws Exception {
        return mvc.perform(get(address).with(admin())).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor admin() {
        return user("someone@example.com")
                .authorities(Actor.staff("someone@example.com", Set.of(Role.ADMINISTRATOR)).permissions().stream()
                        .map(Permission::name)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
    }
}
