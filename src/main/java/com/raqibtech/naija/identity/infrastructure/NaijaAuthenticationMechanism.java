package com.raqibtech.naija.identity.infrastructure;

import com.raqibtech.naija.identity.application.AccessTokens;
import com.raqibtech.naija.identity.application.AuthenticationService;
import com.raqibtech.naija.identity.application.AuthenticationService.Identity;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.web.SecurityHeadersFilter;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * How every request says who it is:
 * <ul>
 * <li>REST clients send {@code Authorization: Bearer <token>}, a token from {@code POST /api/v1/auth/login};</li>
 * <li>guests send the guest token of their one conversation the same way;</li>
 * <li>staff sign in to the console with the login form; the session then remembers them (for pages only).</li>
 * </ul>
 * Every request re-reads the account, so role changes and disabling take effect on the next request. Requests
 * without credentials go on anonymously; what they may reach is decided by the resources and pages.
 */
@ApplicationScoped
public class NaijaAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute that holds the signed-in staff member's username. */
    public static final String SESSION_USER = "naija.console.user";
    /** Request attribute with the reason a console sign-in failed, for the login page. */
    public static final String LOGIN_PROBLEM = "naija.login.problem";
    private static final String BEARER = "Bearer ";
    private static final String REJECTED = "naija.auth.rejected";

    @Inject
    AuthenticationService authentication;

    @Inject
    AccessTokens tokens;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return fromAuthorizationHeader(authorization, request, response, context);
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        if (parameters != null && parameters.getCredential() instanceof UsernamePasswordCredential login) {
            return consoleSignIn(login, request, context);
        }
        // The console session never authenticates API calls: the API takes bearer tokens only, so a forged
        // cross-site request riding on a staff member's cookie reaches nothing.
        HttpSession session = isApi(request) ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Identity> identity = authentication.identifyUsername(username);
            if (identity.isPresent()) {
                return context.notifyContainerAboutLogin(identity.get().username(), identity.get().groups());
            }
            session.invalidate(); // disabled or deleted since signing in
        }
        if (context.isProtected() && isApi(request)) {
            // Liberty counts @RolesAllowed resources as protected; anonymous callers hear "sign in", as problem+json.
            return reject(request, response, "not-signed-in",
                    "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/login.");
        }
        if (context.isProtected()) {
            // Pages send people to the sign-in form.
            SecurityHeadersFilter.apply(request, response);
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(pathOf(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus fromAuthorizationHeader(String authorization, HttpServletRequest request,
                                                         HttpServletResponse response, HttpMessageContext context) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return reject(request, response, "unsupported-authentication",
                    "Send 'Authorization: Bearer <token>' with a token from POST /api/v1/auth/login.");
        }
        String token = authorization.substring(BEARER.length()).trim();
        Optional<String> conversation = tokens.conversationOf(token);
        if (conversation.isPresent()) {
            return context.notifyContainerAboutLogin(Caller.GUEST_PREFIX + conversation.get(),
                    Set.of(Role.GUEST_NAME));
        }
        Optional<Identity> identity = authentication.identifyToken(token);
        if (identity.isPresent()) {
            return context.notifyContainerAboutLogin(identity.get().username(), identity.get().groups());
        }
        return reject(request, response, "invalid-token",
                "The token is unknown, expired or signed out, or the account is disabled. Sign in again.");
    }

    private AuthenticationStatus consoleSignIn(UsernamePasswordCredential login, HttpServletRequest request,
                                               HttpMessageContext context) {
        try {
            Identity identity = authentication.verify(login.getCaller(), login.getPasswordAsString(),
                    request.getRemoteAddr());
            if (identity.roles().stream().noneMatch(Role::isStaff)) {
                audit.record(identity.username(), request.getRemoteAddr(), Action.LOGIN, Outcome.DENIED, "console",
                        identity.username(), "not staff");
                request.setAttribute(LOGIN_PROBLEM, "This sign-in is for staff. Customers use the shop or chat.");
                return AuthenticationStatus.SEND_FAILURE;
            }
            // A new session id on sign-in, so a session id planted before it is worth nothing after.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_USER, identity.username());
            return context.notifyContainerAboutLogin(identity.username(), identity.groups());
        } catch (ProblemException refused) {
            request.setAttribute(LOGIN_PROBLEM, refused.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * 401 as problem+json; the response is complete, so nothing after this runs. Liberty may ask the mechanism
     * twice in one request, so the body is written only the first time.
     */
    private static AuthenticationStatus reject(HttpServletRequest request, HttpServletResponse response, String type,
                                               String detail) {
        if (request.getAttribute(REJECTED) != null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(REJECTED, type);
        SecurityHeadersFilter.apply(request, response);
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"naija\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "https://naija-support-agent.dev/problems/" + type)
                    .add("title", "Not signed in")
                    .add("status", 401)
                    .add("detail", detail)
                    .build().toString());
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
