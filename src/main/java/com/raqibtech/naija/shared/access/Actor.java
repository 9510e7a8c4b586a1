package com.raqibtech.naija.shared.access;

import com.raqibtech.naija.shared.error.ProblemException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, whatever the channel: built by each edge (the REST edge from the security context, a webhook from
 * the sender, a staff action from the staff account, a background job as the system) and passed to the services,
 * which check permissions and ownership against it. Never tied to an HTTP request, so a WhatsApp message, an LLM
 * tool call and a scheduled job are judged by the same rules as a signed-in web caller.
 *
 * @param name                how the actor appears in audit records and order histories
 * @param displayName         a person's name for messages ("Ada from customer care"), when known
 * @param accountId           the sign-in account, if any (a WhatsApp customer may have none)
 * @param customerId          the customer record, if the actor is a customer
 * @param roles               the roles held (each with the roles it includes)
 * @param guestConversationId for a guest, the one conversation they may use
 * @param channel             where the actor reaches us
 * @param address             the channel's address: an E.164 number, a WhatsApp user id, a client IP
 * @param system              a background job acting for the business
 * @param delegated           a responder (rules, an LLM) acting on the person's behalf in a conversation: services
 *                            then do irreversible things (place, cancel, return) only with the person's confirmation
 */
public record Actor(String name, String displayName, Long accountId, Long customerId, Set<Role> roles,
                    String guestConversationId, Channel channel, String address, boolean system,
                    boolean delegated) {

    /** Principal names of guests are this prefix and the conversation their token grants. */
    public static final String GUEST_PREFIX = "guest:";

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** A visitor without an account, holding one conversation. */
    public static Actor guest(String conversationId, Channel channel, String address) {
        return new Actor(GUEST_PREFIX + conversationId, null, null, null, Set.of(Role.GUEST), conversationId,
                channel, address, false, false);
    }

    /** A customer known by a sign-in account. */
    public static Actor customer(long customerId, long accountId, String name, String displayName, Channel channel,
                                 String address) {
        return new Actor(name, displayName, accountId, customerId, Set.of(Role.CUSTOMER), null, channel, address,
                false, false);
    }

    /** A customer known only by the channel's address (a WhatsApp number), with no sign-in account. */
    public static Actor customerWithoutAccount(long customerId, String displayName, Channel channel, String address) {
        return new Actor(channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + address, displayName, null,
                customerId, Set.of(Role.CUSTOMER), null, channel, address, false, false);
    }

    /** A member of staff acting through the console or the staff API. */
    public static Actor staff(long accountId, String name, String displayName, Set<Role> roles, String address) {
        return new Actor(name, displayName, accountId, null, roles, null, Channel.WEB, address, false, false);
    }

    /** The business itself, for a background job ({@code job} names it in histories). */
    public static Actor system(String job) {
        return new Actor("system:" + job, null, null, null, Set.of(), null, null, null, true, false);
    }

    /** Anyone not signed in at all (a visitor before they start a chat). */
    public static Actor anonymous(Channel channel, String address) {
        return new Actor("anonymous", null, null, null, Set.of(), null, channel, address, false, false);
    }

    public boolean isAuthenticated() {
        return system || !roles.isEmpty();
    }

    public boolean isGuest() {
        return guestConversationId != null;
    }

    public Optional<Long> customer() {
        return Optional.ofNullable(customerId);
    }

    public Optional<Long> account() {
        return Optional.ofNullable(accountId);
    }

    public Optional<String> guestConversation() {
        return Optional.ofNullable(guestConversationId);
    }

    public Set<Permission> permissions() {
        return system ? EnumSet.allOf(Permission.class) : Role.permissionsOf(roles);
    }

    public boolean has(Permission permission) {
        return permissions().contains(permission);
    }

    /** @throws ProblemException 401 when anonymous, 403 when the actor lacks the permission */
    public void require(Permission permission) {
        if (!isAuthenticated()) {
            throw ProblemException.unauthorized("not-signed-in", "Sign in first.");
        }
        if (!has(permission)) {
            throw ProblemException.forbidden("forbidden", "Your role does not allow this.");
        }
    }

    /** @throws ProblemException 401/403 unless the actor is a customer */
    public long requireCustomer() {
        if (customerId != null) {
            return customerId;
        }
        throw isAuthenticated() ? ProblemException.forbidden("not-a-customer", "Only customers have this.")
                : ProblemException.unauthorized("not-signed-in", "Sign in first.");
    }

    /** The highest staff role held, if any. */
    public Optional<Role> highestStaffRole() {
        for (Role role : new Role[]{Role.SUPER_ADMIN, Role.ADMIN, Role.SUPPORT_AGENT}) {
            if (roles.contains(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The same actor reaching us on another channel or address. */
    public Actor on(Channel channel, String address) {
        return new Actor(name, displayName, accountId, customerId, roles, guestConversationId, channel, address,
                system, delegated);
    }

    /** The same person, with a responder acting for them in a conversation. */
    public Actor inConversation() {
        return new Actor(name, displayName, accountId, customerId, roles, guestConversationId, channel, address,
                system, true);
    }
}
