package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.identity.domain.AuditEvent;
import com.raqibtech.naija.identity.domain.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes audit events in the caller's transaction or, for refusals, in one of their own (see {@link AuditLog}).
 * The methods are public because Liberty applies {@code @Transactional} only to public methods.
 */
@ApplicationScoped
class AuditWriter {

    @Inject
    AuditRepository events;

    @Transactional(Transactional.TxType.REQUIRED)
    public void withTheChange(AuditEvent event) {
        events.save(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onItsOwn(AuditEvent event) {
        events.save(event);
    }
}
