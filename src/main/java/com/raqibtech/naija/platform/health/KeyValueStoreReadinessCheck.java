package com.raqibtech.naija.platform.health;

import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the key-value store answers: reported as "redis" when Redis is configured. */
@Readiness
@ApplicationScoped
public class KeyValueStoreReadinessCheck implements HealthCheck {

    @Inject
    KeyValueStore store;

    @Override
    public HealthCheckResponse call() {
        String name = store.kind().equals("redis") ? "redis" : "key-value-store";
        return HealthCheckResponse.named(name)
                .withData("kind", store.kind())
                .status(store.isAvailable())
                .build();
    }
}
