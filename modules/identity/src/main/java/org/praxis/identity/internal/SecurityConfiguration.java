package org.praxis.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.praxis.identity.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Sign-in for the whole application: Vaadin's security configuration with form login at
 * {@code /login}. Views declare who may open them ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}); anything not declared is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles/**", "/actuator/health", "/actuator/health/**").permitAll());
        // An address that matches nothing reaches Vaadin for signed-in people, so they see the shell's plain
        // "we cannot find that page" instead of the browser's bare 403; everyone else is asked to sign in.
        // Praxis serves nothing outside Vaadin but the health and info endpoints, so this opens nothing else.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.addFilterBefore(new SignInEmailKeeper(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
