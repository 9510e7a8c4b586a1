package com.raqibtech.naija.identity.interfaces;

import com.raqibtech.naija.identity.infrastructure.NaijaAuthenticationMechanism;
import com.raqibtech.naija.shared.faces.ViewModel;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/** The staff sign-in form. Sign-in itself is the authentication mechanism's: throttled, audited, session renewed. */
@ViewModel
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CONSOLE = "/console/";

    @Inject
    transient SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object problem = request.getAttribute(NaijaAuthenticationMechanism.LOGIN_PROBLEM);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        problem != null ? problem.toString() : "Sign-in failed.", null));
            }
        }
    }

    /** Only paths inside this application, so a crafted link cannot send a fresh sign-in elsewhere. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return CONSOLE;
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
