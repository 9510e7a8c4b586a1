package com.raqibtech.naija.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of an order's timeline: who did it, when, and what: a status change, or a change to the order (its
 * address, payment method, items) that may leave the status as it was ({@code from} = {@code to}).
 */
@Entity
@Table(name = "order_status_history")
public class OrderStatusChange {

    /** What kind of step: the status moved, or the order was changed. */
    public enum Kind {
        STATUS, ADDRESS_CHANGED, PAYMENT_METHOD_CHANGED, ITEM_QUANTITY_CHANGED, ITEM_REMOVED, ITEM_EXCHANGE_REQUESTED
    }

    /** The note column's width: longer notes (a long street address) are cut to fit. */
    static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_change_seq")
    @SequenceGenerator(name = "order_status_change_seq", sequenceName = "order_status_change_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private OrderStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String actor;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected OrderStatusChange() {
    }

    OrderStatusChange(CustomerOrder order, Kind kind, OrderStatus fromStatus, OrderStatus toStatus,
                      Instant changedAt, String actor, String note) {
        this.order = order;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.actor = actor;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH - 1) + "…";
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Kind getKind() {
        return kind;
    }
}
