package com.raqibtech.naija.notifications.infrastructure;

import com.raqibtech.naija.notifications.domain.OutboxRepository;
import com.raqibtech.naija.notifications.domain.OutgoingEmail;
import com.raqibtech.naija.shared.concurrent.RepeatingJob;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox through the Liberty mail session, every {@code mail.poll-interval}. Each e-mail is claimed in
 * its own short transaction (so several server nodes share the work without sending twice), sent outside any
 * transaction, then marked sent, or failed with an exponential backoff capped at {@code mail.retry.max}. An
 * unreachable SMTP server is retried until it is back; a refused address is given up after
 * {@code mail.max-attempts}.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int MAX_PER_RUN = 1000;

    @Resource(lookup = "mail/naija")
    Session mail;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxSender self;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mail.poll-interval", defaultValue = "PT2S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "mail.retry.initial", defaultValue = "PT30S")
    Duration retryInitial;

    @Inject
    @ConfigProperty(name = "mail.retry.max", defaultValue = "PT30M")
    Duration retryMax;

    @Inject
    @ConfigProperty(name = "mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            LOG.info("E-mail sending is off (MAIL_ENABLED=false): e-mails stay in the outbox");
            return;
        }
        schedule = RepeatingJob.every(executor, pollInterval, "Outbox run", LOG, this::sendDue);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sends everything due (a bounded number per run, so one run cannot hold the thread for ever). */
    void sendDue() {
        int handled = 0;
        List<Long> due = self.due();
        while (!due.isEmpty() && handled < MAX_PER_RUN) {
            for (Long id : due) {
                handled++;
                sendOne(id);
            }
            due = self.due();
        }
    }

    private void sendOne(long id) {
        OutgoingEmail email;
        try {
            email = self.claim(id);
        } catch (RuntimeException takenByAnotherNode) {
            return;
        }
        if (email == null) {
            return;
        }
        try {
            send(email);
        } catch (MessagingException | RuntimeException failure) {
            self.markFailed(id, failure.toString(), isPermanent(failure));
            return;
        }
        self.markSent(id);
    }

    /** Refused addresses are worth a few tries at most; an unreachable server is retried until it is back. */
    private static boolean isPermanent(Exception failure) {
        return failure instanceof jakarta.mail.SendFailedException
                || failure instanceof jakarta.mail.internet.AddressException;
    }

    // The steps below are public: Liberty applies @Transactional only to public methods called through the proxy.

    @Transactional
    public List<Long> due() {
        return outbox.due(clock.instant(), 20);
    }

    /** The e-mail, claimed for sending; null when another node has it or it is not due. */
    @Transactional
    public OutgoingEmail claim(long id) {
        Instant now = clock.instant();
        return outbox.find(id).filter(email -> email.claim(now, now.plus(CLAIM))).orElse(null);
    }

    @Transactional
    public void markSent(long id) {
        outbox.find(id).ifPresent(email -> email.sent(clock.instant()));
    }

    @Transactional
    public void markFailed(long id, String error, boolean permanent) {
        outbox.find(id).ifPresent(email -> {
            long factor = 1L << Math.min(20, email.getAttempts());
            Duration backoff = retryInitial.multipliedBy(factor).compareTo(retryMax) > 0 ? retryMax
                    : retryInitial.multipliedBy(factor);
            boolean giveUp = permanent && email.getAttempts() + 1 >= maxAttempts;
            email.failed(clock.instant(), backoff, error, giveUp);
            LOG.warning(() -> "E-mail " + id + " to " + email.getRecipient() + " failed (attempt "
                    + email.getAttempts() + (giveUp ? ", giving up" : ", retrying in " + backoff) + "): " + error);
        });
    }

    private void send(OutgoingEmail email) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.getRecipient()));
        message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.getBodyText(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(email.getBodyHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        message.setContent(alternatives);
        Transport.send(message);
    }
}
