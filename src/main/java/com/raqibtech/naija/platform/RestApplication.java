package com.raqibtech.naija.platform;

import com.raqibtech.naija.shared.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Every REST resource lives under /api; versions are in the path (/api/v1/...). Resources deny by default
 * ({@code @DenyAll} on the class) and open each method to the roles that may use it.
 */
@ApplicationPath("api")
@DeclareRoles({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME, Role.ADMIN_NAME, Role.SUPER_ADMIN_NAME})
@OpenAPIDefinition(info = @Info(title = "Naija Support Agent API", version = "1",
        description = "Customer-support and shopping agent for Nigerian e-commerce.",
        contact = @Contact(name = "RaqibTech")))
public class RestApplication extends Application {
}
