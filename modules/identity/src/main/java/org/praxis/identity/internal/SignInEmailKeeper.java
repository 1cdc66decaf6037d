package org.praxis.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.identity.ui.LoginView;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Remembers, in the person's own session, the email address typed into the sign-in form, so that after
 * a failed attempt the form shows it again and only the password needs retyping. Runs before Spring
 * Security reads the form; never stores the password.
 */
class SignInEmailKeeper extends OncePerRequestFilter {

    private static final int MAX_LENGTH = 254;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        if (email != null && !email.isBlank()) {
            String kept = email.strip();
            request.getSession().setAttribute(LoginView.KEPT_EMAIL,
                    kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept);
        }
        chain.doFilter(request, response);
    }
}
