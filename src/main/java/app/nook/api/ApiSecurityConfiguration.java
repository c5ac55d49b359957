package app.nook.api;

import app.nook.signin.SignInThrottle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The JSON API's own security: stateless, no CSRF (no cookies are read), bearer tokens for every endpoint, HTTP
 * Basic with a staff password only to issue a token. Scopes decide by method: GET needs {@code read}, lifecycle
 * commands and DELETE need {@code lifecycle}, other changes need {@code write}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final List<String> LIFECYCLE_COMMANDS =
            List.of("archive", "restore", "suspend", "lift-suspension", "grant-portal-access", "revoke-portal-access");

    @Bean
    @Order(5)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            ProblemResponses problems,
            ApiProperties properties,
            UserDetailsService staffUsers,
            PasswordEncoder encoder,
            SignInThrottle throttle)
            throws Exception {
        var staffPassword = new DaoAuthenticationProvider(staffUsers);
        staffPassword.setPasswordEncoder(encoder);

        http.securityMatcher("/api/**")
                .authenticationManager(throttle.protect(SignInThrottle.STAFF, staffPassword))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new RateLimitFilter(properties.rateLimitPerMinute(), problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(ApiSecurityConfiguration::authorize);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/swagger-ui/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                .access(signedInWithPassword())
                .requestMatchers(lifecycleCommands())
                .access(tokenWith(ApiScope.LIFECYCLE))
                .requestMatchers(HttpMethod.DELETE, "/api/**")
                .access(tokenWith(ApiScope.LIFECYCLE))
                .requestMatchers(HttpMethod.GET, "/api/**")
                .access(tokenWith(ApiScope.READ))
                .requestMatchers(HttpMethod.HEAD, "/api/**")
                .access(tokenWith(ApiScope.READ))
                .requestMatchers(HttpMethod.POST, "/api/**")
                .access(tokenWith(ApiScope.WRITE))
                .requestMatchers(HttpMethod.PUT, "/api/**")
                .access(tokenWith(ApiScope.WRITE))
                .anyRequest()
                .denyAll();
    }

    private static AuthorizationManager<RequestAuthorizationContext> tokenWith(ApiScope scope) {
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAuthority(ApiTokenAuthentication.STAFF_TOKEN),
                AuthorityAuthorizationManager.hasAuthority(scope.authority()));
    }

    private static AuthorizationManager<RequestAuthorizationContext> signedInWithPassword() {
        return (authentication, context) ->
                new AuthorizationDecision(authentication.get() instanceof UsernamePasswordAuthenticationToken password
                        && password.isAuthenticated());
    }

    private static RequestMatcher[] lifecycleCommands() {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String command : LIFECYCLE_COMMANDS) {
            matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/customers/" + command));
            matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/customers/*/" + command));
        }
        return matchers.toArray(RequestMatcher[]::new);
    }
}
