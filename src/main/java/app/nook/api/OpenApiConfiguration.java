package app.nook.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API in its OpenAPI document: title, and the bearer and Basic schemes. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String BASIC = "staffPassword";

    @Bean
    OpenAPI nookOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Nook API")
                        .version("v1")
                        .description("Customers, their lifecycle, plans, contracts and invoices of a Nook space. "
                                + "Errors are problem details (RFC 9457) with a stable code."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token issued by a staff user, with scopes read, write "
                                                + "and lifecycle"))
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A staff user's email and password; only to issue tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
