package app.nook.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may call the API: tokens issued with a staff password, their scopes, revocation and archived customers. */
abstract class TokenRules extends ApiTest {

    @Autowired
    CustomerLifecycle lifecycle;

    @Test
    void aStaffUserIssuesATokenWithTheirPasswordAndUsesIt() {
        String email = staff(Role.MANAGER);
        data.customer(location);

        Response issued = ApiClient.basic(port, email, PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"CRM sync\", \"scopes\": [\"read\", \"write\"]}");
        String secret = issued.json().get("secret").asString();
        Response listed = ApiClient.bearer(port, secret).get("/api/v1/customers");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asLong()).isEqualTo(1);
        assertThat(data.count("select count(*) from api_token where token_hash = ?", TokenSecrets.hash(secret)))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from api_token where token_hash = ?", secret))
                .isZero();
    }

    @Test
    void aWrongPasswordIssuesNoTokenAndIsCountedAsAFailedSignIn() {
        String email = staff(Role.MANAGER);

        Response response = ApiClient.basic(port, email, "wrong")
                .post("/api/v1/tokens", "{\"name\": \"x\", \"scopes\": [\"read\"]}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthorized");
        assertThat(data.count("select count(*) from api_token")).isZero();
        assertThat(data.count("select count(*) from sign_in_failure where account = ?", email))
                .isEqualTo(1);
    }

    @Test
    void aPasswordOpensOnlyTheTokenEndpoint() {
        String email = staff(Role.MANAGER);

        Response response = ApiClient.basic(port, email, PASSWORD).get("/api/v1/customers");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("only issue API tokens");
    }

    @Test
    void aTokenWithAnUnknownScopeIsRefusedNamingTheField() {
        String email = staff(Role.MANAGER);

        Response response = ApiClient.basic(port, email, PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"x\", \"scopes\": [\"admin\"]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("scopes");
    }

    @Test
    void aTokenCannotIssueFurtherTokens() {
        Response response = admin().post("/api/v1/tokens", "{\"name\": \"x\", \"scopes\": [\"read\"]}");

        assertThat(response.status()).isIn(401, 403);
        assertThat(data.count("select count(*) from api_token")).isEqualTo(1);
    }

    @Test
    void aRequestWithoutATokenIsAnUnauthorizedProblem() {
        Response response = ApiClient.anonymous(port).get("/api/v1/customers");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    void aReadTokenCannotArchive() {
        long customer = data.customer(location);
        ApiClient reader = as(Role.ADMINISTRATOR, ApiScope.READ);

        Response response = reader.post("/api/v1/customers/" + customer + "/archive", null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void aTokenWithoutTheLifecycleScopeReachesNoCommandByAnotherSpelling() {
        long customer = data.customer(location);
        ApiClient writer = as(Role.ADMINISTRATOR, ApiScope.READ, ApiScope.WRITE);

        for (String command : List.of("SUSPEND", "Archive", "lift_suspension", "GRANT-PORTAL-ACCESS", "Restore")) {
            Response response = writer.post("/api/v1/customers/" + customer + "/" + command, "{}");

            assertThat(response.status()).as(command).isIn(403, 404);
        }
        assertThat(data.customerState(customer).archived()).isFalse();
        assertThat(data.customerState(customer).suspended()).isFalse();
        assertThat(data.count(
                        "select count(*) from audit_entry where customer_id = ? and action <> 'CUSTOMER_CREATED'",
                        customer))
                .isZero();
    }

    @Test
    void aReadTokenCannotCreateAndAWriteTokenCannotRead() {
        ApiClient reader = as(Role.ADMINISTRATOR, ApiScope.READ);
        ApiClient writer = as(Role.ADMINISTRATOR, ApiScope.WRITE);

        Response created = reader.post("/api/v1/customers", "{}");
        Response read = writer.get("/api/v1/customers");

        assertThat(created.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
    }

    @Test
    void aTokenCannotDoWhatItsStaffUsersRolesForbid() {
        long customer = data.customer(location);
        ApiClient frontDesk = as(Role.FRONT_DESK, ApiScope.values());

        Response response = frontDesk.post("/api/v1/customers/" + customer + "/archive", null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        String email = staff(Role.ADMINISTRATOR);
        IssuedToken token = tokens.issue(email, "soon gone", Set.of(ApiScope.READ));
        ApiClient client = ApiClient.bearer(port, token.secret());
        int before = client.get("/api/v1/customers").status();

        tokens.revoke(email, token.id());
        Response after = client.get("/api/v1/customers");

        assertThat(before).isEqualTo(200);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        Response response = ApiClient.bearer(port, "nook_made-up").get("/api/v1/customers");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aCustomersTokenReadsNoStaffDataAndStopsWorkingWhenTheCustomerIsArchived() {
        long customer = data.customer(location);
        String secret = TokenSecrets.newSecret();
        jdbc.update(
                "insert into api_token (name, token_hash, scopes, customer_id) values ('app', ?, 'read', ?)",
                TokenSecrets.hash(secret),
                customer);
        ApiClient client = ApiClient.bearer(port, secret);
        int before = client.get("/api/v1/customers").status();

        lifecycle.archive(Selection.of(customer), null, Actor.system());
        int after = client.get("/api/v1/customers").status();

        assertThat(before).isEqualTo(403);
        assertThat(after).isEqualTo(401);
    }

    @Test
    void usingATokenNotesWhenItWasLastUsed() {
        String email = staff(Role.ADMINISTRATOR);
        IssuedToken token = tokens.issue(email, "used", Set.of(ApiScope.READ));

        ApiClient.bearer(port, token.secret()).get("/api/v1/plans");

        assertThat(tokens.ofStaff(email).get(0).lastUsedAt()).isNotNull();
    }
}
