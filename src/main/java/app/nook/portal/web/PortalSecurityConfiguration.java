package app.nook.portal.web;

import app.nook.portal.PortalAccounts;
import app.nook.portal.web.PortalAuthenticationProvider.CustomerArchivedException;
import app.nook.portal.web.PortalAuthenticationProvider.PortalAccessOffException;
import app.nook.signin.SignInFailureRedirects;
import app.nook.signin.SignInLockedException;
import app.nook.signin.SignInThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The members portal's own security chain under {@code /portal}, ahead of the staff chain. Customers sign in with
 * their own form and provider, and their security context lives under its own session attribute, so a customer's
 * sign-in never counts as a staff sign-in, nor the other way round.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    static final String CONTEXT_ATTRIBUTE = "NOOK_PORTAL_SECURITY_CONTEXT";

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(10)
    SecurityFilterChain portalFilterChain(
            HttpSecurity http,
            PortalAccounts accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            HintCookie hint)
            throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var lockout = new PortalLockout(accounts, hint);
        var provider = new PortalAuthenticationProvider(accounts, encoder);

        http.securityMatcher("/portal/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .authenticationManager(throttle.protect(SignInThrottle.PORTAL, provider))
                .requestCache(RequestCacheConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/portal/login", "/portal/invitation/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(PortalAuthenticationProvider.ROLE))
                .formLogin(form -> form.loginPage("/portal/login")
                        .successHandler(new PortalSignInSuccess(accounts, hint))
                        .failureHandler(SignInFailureRedirects.to("/portal/login?error")
                                .on(SignInLockedException.class, "/portal/login?locked")
                                .on(CustomerArchivedException.class, "/portal/login?archived")
                                .on(PortalAccessOffException.class, "/portal/login?revoked")))
                .logout(logout -> logout.logoutUrl("/portal/logout")
                        .addLogoutHandler((request, response, authentication) -> hint.clear(request, response))
                        .logoutSuccessUrl("/portal/login?signed-out"))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(lockout).accessDeniedHandler(lockout))
                .addFilterBefore(new PortalAccessFilter(accounts), CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
