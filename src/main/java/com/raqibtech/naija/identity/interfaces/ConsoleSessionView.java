package com.raqibtech.naija.identity.interfaces;

import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.stream.Collectors;

/** Who is signed in to the console, and signing out. */
@Named
@RequestScoped
public class ConsoleSessionView {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public String getUsername() {
        return caller.name();
    }

    public String getRoles() {
        return caller.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
    }

    public void signOut() throws IOException, ServletException {
        audit.record(caller.actor(), Action.LOGOUT, Outcome.SUCCESS, "console", caller.name(), null);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
