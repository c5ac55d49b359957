package app.nook.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiTest;
import app.nook.support.OnH2;
import app.nook.support.WebClientSession;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Staff issue, see and revoke their API tokens on the settings page, reached from the settings hub. */
@OnH2
class ApiTokensPageH2IntegrationTests extends ApiTest {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">([^<]+)<");

    @Test
    void theSettingsHubLinksToTheTokensPage() {
        WebClientSession browser = signedIn();

        HttpResponse<String> hub = browser.get("/settings");

        assertThat(hub.statusCode()).isEqualTo(200);
        assertThat(hub.body()).contains("href=\"/settings/api-tokens\"");
    }

    @Test
    void aTokenCreatedOnThePageShowsItsSecretOnceAndWorksUntilRevoked() {
        WebClientSession browser = signedIn();

        HttpResponse<String> created =
                browser.submit("/settings/api-tokens", "/settings/api-tokens", "name", "Zapier", "scopes", "read");
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        ApiClient client = ApiClient.bearer(port, secret.group(1));
        int before = client.get("/api/v1/plans").status();
        HttpResponse<String> listed = browser.get("/settings/api-tokens");
        long id = data.count("select max(id) from api_token");
        browser.submit("/settings/api-tokens", "/settings/api-tokens/" + id + "/revoke");

        assertThat(before).isEqualTo(200);
        assertThat(listed.body()).contains("Zapier").doesNotContain(secret.group(1));
        assertThat(client.get("/api/v1/plans").status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutScopesIsRefusedOnThePage() {
        WebClientSession browser = signedIn();

        HttpResponse<String> response =
                browser.submit("/settings/api-tokens", "/settings/api-tokens", "name", "Nothing");

        assertThat(response.body()).contains("Choose at least one scope");
        assertThat(data.count("select count(*) from api_token")).isZero();
    }

    private WebClientSession signedIn() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(staff(Role.MANAGER), PASSWORD);
        return browser;
    }
}
