package com.raqibtech.naija.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every REST resource lives under /api; versions are in the path (/api/v1/...). */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Naija Support Agent API", version = "1",
        description = "Customer-support and shopping agent for Nigerian e-commerce.",
        contact = @Contact(name = "RaqibTech")))
public class RestApplication extends Application {
}
