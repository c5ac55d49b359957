package app.nook.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import app.nook.support.OnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every endpoint and the bearer scheme, and the interactive page is served. */
@OnH2
class OpenApiDocumentH2IntegrationTests extends ApiTest {

    @Test
    void theDocumentIsOpenApi3AndListsEveryEndpoint() {
        Response response = ApiClient.anonymous(port).get("/api/v1/openapi.json");

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames())
                .contains(
                        "/api/v1/tokens",
                        "/api/v1/customers",
                        "/api/v1/customers/{id}",
                        "/api/v1/customers/{id}/{command}",
                        "/api/v1/customers/{command}",
                        "/api/v1/jobs/{id}",
                        "/api/v1/plans",
                        "/api/v1/contracts",
                        "/api/v1/contracts/{id}",
                        "/api/v1/contracts/{id}/cancel",
                        "/api/v1/invoices",
                        "/api/v1/invoices/{id}");
        JsonNode customer = document.get("paths").get("/api/v1/customers/{id}");
        assertThat(customer.propertyNames()).contains("get", "put", "delete");
    }

    @Test
    void theDocumentDescribesTheBearerScheme() {
        JsonNode document =
                ApiClient.anonymous(port).get("/api/v1/openapi.json").json();

        JsonNode bearer = document.get("components").get("securitySchemes").get("bearerToken");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("security").get(0).has("bearerToken")).isTrue();
    }

    @Test
    void theInteractivePageIsServed() {
        ApiClient anonymous = ApiClient.anonymous(port);

        Response docs = anonymous.get("/api/docs");
        Response page = anonymous.get(docs.header("Location").replaceFirst("^https?://[^/]+", ""));

        assertThat(docs.status()).isEqualTo(302);
        assertThat(page.status()).as(docs.header("Location")).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }

    @Test
    void theAdminPanelsStylesStillResolveAlongsideTheApiPage() {
        Response styles = ApiClient.anonymous(port).get("/webjars/bootstrap/dist/css/bootstrap.min.css");

        assertThat(styles.status()).isEqualTo(200);
    }
}
