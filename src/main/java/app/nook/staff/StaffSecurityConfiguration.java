package app.nook.staff;

import app.nook.signin.SignInFailureRedirects;
import app.nook.signin.SignInLockedException;
import app.nook.signin.SignInThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Sign-in to the admin panel: every page needs a signed-in staff user, except sign-in itself and health. */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    /**
     * Scripts only from Nook's own files, never inline; styles may be inline because progress bars and htmx set
     * them; no framing by other sites.
     */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain staffFilterChain(
            HttpSecurity http, StaffUserDetailsService staffUsers, PasswordEncoder encoder, SignInThrottle throttle)
            throws Exception {
        var staffSignIn = new DaoAuthenticationProvider(staffUsers);
        staffSignIn.setPasswordEncoder(encoder);
        http.authenticationManager(throttle.protect(SignInThrottle.STAFF, staffSignIn));

        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SignInFailureRedirects.to("/login?error")
                                .on(SignInLockedException.class, "/login?locked")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
