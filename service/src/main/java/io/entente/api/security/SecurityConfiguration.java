package io.entente.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Stateless API-key security. Reads are open unless {@code entente.api.reads-require-key} is set;
 * mutations check roles with {@code @PreAuthorize} on the GraphQL controllers, so a missing
 * credential comes back as a GraphQL error, not an HTTP 401 page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, @Value("${entente.api.keys:}") String keys,
                                    @Value("${entente.api.reads-require-key:false}") boolean readsRequireKey) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .authorizeHttpRequests(auth -> {
                    if (readsRequireKey) {
                        // Any configured key (reader, ingester or curator) may read; anonymous callers get 401.
                        auth.requestMatchers("/graphql", "/graphql/**", "/graphql-ws", "/graphql-ws/**").authenticated();
                    }
                    auth.anyRequest().permitAll();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiKeyFilter(ApiKeys.parse(keys)), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * No observation per security filter: the chain's per-filter events were about a tenth of a small
     * query's request thread. Requests stay observed as a whole (http.server.requests, graphql.request).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
